package org.kalamdb.jdbc.sql;

/**
 * Every failure of this module: a PostgreSQL SQLState (see {@link SqlStates}) and a message. Parse
 * errors also carry the 1-based character position in the statement text they refer to, as
 * PostgreSQL reports it, and the message then ends with {@code at or near "<text>"}.
 *
 * <p>Unchecked so that plans and evaluators stay free of {@code throws} clauses; the driver
 * converts it into a {@code java.sql.SQLException} in its one exception factory.
 */
public final class SqlDialectException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;
    private final int position;

    public SqlDialectException(String sqlState, String message) {
        this(sqlState, message, 0, null);
    }

    /**
     * @param position 1-based character offset into the statement text, or 0 when unknown
     */
    public SqlDialectException(String sqlState, String message, int position) {
        this(sqlState, message, position, null);
    }

    public SqlDialectException(String sqlState, String message, int position, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
        this.position = Math.max(0, position);
    }

    /** The five-character SQLState, e.g. {@code 42601}. */
    public String sqlState() {
        return sqlState;
    }

    /** 1-based character position in the statement text the error refers to; 0 when unknown. */
    public int position() {
        return position;
    }

    /** A syntax error (42601) at the given 0-based offset, PostgreSQL style: {@code syntax error at or near "x"}. */
    public static SqlDialectException syntax(String detail, String near, int offset) {
        String message = near == null || near.isEmpty()
                ? detail + " at end of input"
                : detail + " at or near \"" + near + "\"";
        return new SqlDialectException(SqlStates.SYNTAX_ERROR, message, offset + 1);
    }

    /** 0A000 with the given reason. */
    public static SqlDialectException notSupported(String reason) {
        return new SqlDialectException(SqlStates.FEATURE_NOT_SUPPORTED, reason);
    }
}
