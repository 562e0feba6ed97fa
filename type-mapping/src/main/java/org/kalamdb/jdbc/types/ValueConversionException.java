package org.kalamdb.jdbc.types;

/**
 * A value that cannot be converted as asked. Unchecked, because this module never builds
 * java.sql.SQLException itself: the driver's single factory turns this into an SQLDataException
 * (or whatever class the SQLState calls for), keeping {@link #sqlState()} and the message.
 */
public class ValueConversionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;

    public ValueConversionException(String sqlState, String message) {
        super(message);
        this.sqlState = sqlState;
    }

    public ValueConversionException(String sqlState, String message, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** One of the {@link SqlStates} constants. */
    public String sqlState() {
        return sqlState;
    }
}
