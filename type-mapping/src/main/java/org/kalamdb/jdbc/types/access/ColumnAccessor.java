package org.kalamdb.jdbc.types.access;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

import org.kalamdb.jdbc.types.ValueConversionException;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * Reads the values of one column for the ResultSet getters. One stateless instance per column,
 * chosen once by {@link Accessors#forField}; every method takes the vector and the row.
 * <p>
 * Nulls: {@link #isNull} says whether the slot is SQL NULL (the driver keeps wasNull). On a null
 * slot the getters return the JDBC defaults: null for objects, false, 0.
 * <p>
 * Failures: an impossible conversion throws {@link ValueConversionException} with SQLState
 * 22018; a value that does not fit the narrower target (getInt on a large BIGINT) 22003.
 */
public interface ColumnAccessor {

    Field field();

    boolean isNull(ColumnVector vector, int row);

    String getString(ColumnVector vector, int row);

    boolean getBoolean(ColumnVector vector, int row);

    byte getByte(ColumnVector vector, int row);

    short getShort(ColumnVector vector, int row);

    int getInt(ColumnVector vector, int row);

    long getLong(ColumnVector vector, int row);

    float getFloat(ColumnVector vector, int row);

    double getDouble(ColumnVector vector, int row);

    BigDecimal getBigDecimal(ColumnVector vector, int row);

    byte[] getBytes(ColumnVector vector, int row);

    /** {@code calendar} null: the JVM's default zone. */
    Date getDate(ColumnVector vector, int row, Calendar calendar);

    Time getTime(ColumnVector vector, int row, Calendar calendar);

    Timestamp getTimestamp(ColumnVector vector, int row, Calendar calendar);

    /** The column's natural Java value (the class {@code ColumnTypeInfo.javaClassName} names). */
    Object getObject(ColumnVector vector, int row);

    /**
     * JDBC 4.1 getObject(int, Class): String, Boolean, Byte, Short, Integer, Long, Float, Double,
     * BigDecimal, BigInteger, byte[], LocalDate, LocalTime, LocalDateTime, OffsetDateTime,
     * ZonedDateTime, Instant, java.sql.Date/Time/Timestamp, java.util.Date, UUID, float[], Object.
     * A null slot is null for every class.
     */
    <T> T getObject(ColumnVector vector, int row, Class<T> type);

    InputStream getAsciiStream(ColumnVector vector, int row);

    InputStream getBinaryStream(ColumnVector vector, int row);

    Reader getCharacterStream(ColumnVector vector, int row);
}
