package org.kalamdb.jdbc.types.access;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Objects;
import java.util.UUID;

import org.kalamdb.jdbc.types.FieldTypes;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.SqlStates;
import org.kalamdb.jdbc.types.ValueConversionException;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * The getter plumbing every accessor shares: the null check and JDBC defaults, derived
 * conversions (narrowing from long/double, java.sql values from java.time ones, streams from
 * strings and bytes, getObject(Class) dispatch). A subclass overrides the value methods its type
 * supports; the others fail with 22018.
 */
abstract class AbstractAccessor implements ColumnAccessor {

    private static final LocalDate TIME_EPOCH = LocalDate.of(1970, 1, 1);

    private final Field field;
    private final String typeName;

    AbstractAccessor(Field field) {
        this.field = field;
        KalamType kalamType = FieldTypes.kalamType(field);
        this.typeName = kalamType != null ? kalamType.sqlName() : field.type().toString();
    }

    @Override
    public final Field field() {
        return field;
    }

    final ValueConversionException impossible(String target) {
        return new ValueConversionException(SqlStates.IMPOSSIBLE_CONVERSION, "cannot convert column '" + field.name()
                + "' of type " + typeName() + " to " + target);
    }

    /** The type named in error messages: the KalamDB name when there is one. */
    final String typeName() {
        return typeName;
    }

    // ------------------------------------------------------------ what subclasses provide

    /** Never called for a null slot. */
    abstract String string(ColumnVector v, int row);

    /** Never called for a null slot. */
    abstract Object object(ColumnVector v, int row);

    boolean bool(ColumnVector v, int row) {
        throw impossible("boolean");
    }

    long longValue(ColumnVector v, int row) {
        throw impossible("long");
    }

    int intValue(ColumnVector v, int row) {
        return Narrowing.toInt(longValue(v, row));
    }

    double doubleValue(ColumnVector v, int row) {
        throw impossible("double");
    }

    float floatValue(ColumnVector v, int row) {
        return Narrowing.toFloat(doubleValue(v, row));
    }

    BigDecimal decimal(ColumnVector v, int row) {
        throw impossible("BigDecimal");
    }

    BigInteger bigInteger(ColumnVector v, int row) {
        return decimal(v, row).toBigInteger();
    }

    byte[] bytes(ColumnVector v, int row) {
        throw impossible("byte[]");
    }

    LocalDate localDate(ColumnVector v, int row) {
        throw impossible("date");
    }

    LocalTime localTime(ColumnVector v, int row) {
        throw impossible("time");
    }

    LocalDateTime localDateTime(ColumnVector v, int row) {
        throw impossible("timestamp");
    }

    OffsetDateTime offsetDateTime(ColumnVector v, int row) {
        throw impossible("OffsetDateTime");
    }

    Instant instant(ColumnVector v, int row) {
        return offsetDateTime(v, row).toInstant();
    }

    UUID uuid(ColumnVector v, int row) {
        throw impossible("UUID");
    }

    float[] floatArray(ColumnVector v, int row) {
        throw impossible("float[]");
    }

    /** A wall-clock date at the start of the day in the calendar's zone (default zone without one). */
    Date date(ColumnVector v, int row, Calendar calendar) {
        LocalDate date = localDate(v, row);
        if (calendar == null) {
            return DefaultZoneWallClock.date(date.toEpochDay());    // = Date.valueOf(date)
        }
        return new Date(date.atStartOfDay(zone(calendar)).toInstant().toEpochMilli());
    }

    /** A wall-clock time on 1970-01-01 in the calendar's zone, milliseconds kept. */
    Time time(ColumnVector v, int row, Calendar calendar) {
        LocalTime time = localTime(v, row);
        return new Time(time.atDate(TIME_EPOCH).atZone(zone(calendar)).toInstant().toEpochMilli());
    }

    /** A wall-clock timestamp in the calendar's zone (default zone without one), nanoseconds kept. */
    Timestamp timestamp(ColumnVector v, int row, Calendar calendar) {
        LocalDateTime wallClock = localDateTime(v, row);
        if (calendar == null) {
            // = Timestamp.valueOf(wallClock)
            return DefaultZoneWallClock.timestamp(wallClock.toEpochSecond(ZoneOffset.UTC), wallClock.getNano());
        }
        return Timestamp.from(wallClock.atZone(zone(calendar)).toInstant());
    }

    static ZoneId zone(Calendar calendar) {
        return calendar == null ? ZoneId.systemDefault() : calendar.getTimeZone().toZoneId();
    }

    // ------------------------------------------------------------ the JDBC surface

    @Override
    public boolean isNull(ColumnVector vector, int row) {
        return vector.isNull(row);
    }

    @Override
    public final String getString(ColumnVector vector, int row) {
        return isNull(vector, row) ? null : string(vector, row);
    }

    @Override
    public final boolean getBoolean(ColumnVector vector, int row) {
        return !isNull(vector, row) && bool(vector, row);
    }

    @Override
    public final byte getByte(ColumnVector vector, int row) {
        return isNull(vector, row) ? 0 : Narrowing.toByte(intValue(vector, row));
    }

    @Override
    public final short getShort(ColumnVector vector, int row) {
        return isNull(vector, row) ? 0 : Narrowing.toShort(intValue(vector, row));
    }

    @Override
    public final int getInt(ColumnVector vector, int row) {
        return isNull(vector, row) ? 0 : intValue(vector, row);
    }

    @Override
    public final long getLong(ColumnVector vector, int row) {
        return isNull(vector, row) ? 0L : longValue(vector, row);
    }

    @Override
    public final float getFloat(ColumnVector vector, int row) {
        return isNull(vector, row) ? 0f : floatValue(vector, row);
    }

    @Override
    public final double getDouble(ColumnVector vector, int row) {
        return isNull(vector, row) ? 0d : doubleValue(vector, row);
    }

    @Override
    public final BigDecimal getBigDecimal(ColumnVector vector, int row) {
        return isNull(vector, row) ? null : decimal(vector, row);
    }

    @Override
    public final byte[] getBytes(ColumnVector vector, int row) {
        return isNull(vector, row) ? null : bytes(vector, row);
    }

    @Override
    public final Date getDate(ColumnVector vector, int row, Calendar calendar) {
        return isNull(vector, row) ? null : date(vector, row, calendar);
    }

    @Override
    public final Time getTime(ColumnVector vector, int row, Calendar calendar) {
        return isNull(vector, row) ? null : time(vector, row, calendar);
    }

    @Override
    public final Timestamp getTimestamp(ColumnVector vector, int row, Calendar calendar) {
        return isNull(vector, row) ? null : timestamp(vector, row, calendar);
    }

    @Override
    public final Object getObject(ColumnVector vector, int row) {
        return isNull(vector, row) ? null : object(vector, row);
    }

    @Override
    public final <T> T getObject(ColumnVector vector, int row, Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (isNull(vector, row)) {
            return null;
        }
        return type.cast(convert(vector, row, type));
    }

    private Object convert(ColumnVector v, int row, Class<?> type) {
        if (type == String.class) {
            return string(v, row);
        } else if (type == Boolean.class) {
            return bool(v, row);
        } else if (type == Byte.class) {
            return Narrowing.toByte(intValue(v, row));
        } else if (type == Short.class) {
            return Narrowing.toShort(intValue(v, row));
        } else if (type == Integer.class) {
            return intValue(v, row);
        } else if (type == Long.class) {
            return longValue(v, row);
        } else if (type == Float.class) {
            return floatValue(v, row);
        } else if (type == Double.class) {
            return doubleValue(v, row);
        } else if (type == BigDecimal.class) {
            return decimal(v, row);
        } else if (type == BigInteger.class) {
            return bigInteger(v, row);
        } else if (type == byte[].class) {
            return bytes(v, row);
        } else if (type == LocalDate.class) {
            return localDate(v, row);
        } else if (type == LocalTime.class) {
            return localTime(v, row);
        } else if (type == LocalDateTime.class) {
            return localDateTime(v, row);
        } else if (type == OffsetDateTime.class) {
            return offsetDateTime(v, row);
        } else if (type == ZonedDateTime.class) {
            return offsetDateTime(v, row).toZonedDateTime();
        } else if (type == Instant.class) {
            return instant(v, row);
        } else if (type == Date.class) {
            return date(v, row, null);
        } else if (type == Time.class) {
            return time(v, row, null);
        } else if (type == Timestamp.class || type == java.util.Date.class) {
            return timestamp(v, row, null);
        } else if (type == UUID.class) {
            return uuid(v, row);
        } else if (type == float[].class) {
            return floatArray(v, row);
        }
        Object natural = object(v, row);
        if (type.isInstance(natural)) {
            return natural;
        }
        throw impossible(type.getName());
    }

    @Override
    public final InputStream getAsciiStream(ColumnVector vector, int row) {
        return isNull(vector, row) ? null
                : new ByteArrayInputStream(string(vector, row).getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public final InputStream getBinaryStream(ColumnVector vector, int row) {
        return isNull(vector, row) ? null : new ByteArrayInputStream(bytes(vector, row));
    }

    @Override
    public final Reader getCharacterStream(ColumnVector vector, int row) {
        return isNull(vector, row) ? null : new StringReader(string(vector, row));
    }
}
