package org.kalamdb.jdbc.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;

/**
 * Converts a caller's parameter value to the type the engine inferred for that parameter and binds
 * it. Accepted values: the canonical values of {@link TableSource} (so a Long for a TIMESTAMP
 * parameter is microseconds, an Integer for a DATE days), the usual JDBC and java.time objects,
 * and text, which is parsed as PostgreSQL parses a literal of that type.
 */
final class ParameterBinder {

    private ParameterBinder() {
    }

    static void bind(PreparedStatement ps, int ordinal, int jdbcType, Object value, int userIndex)
            throws SQLException {
        if (value == null) {
            ps.setNull(ordinal, jdbcType == Types.OTHER || jdbcType == Types.JAVA_OBJECT ? Types.VARCHAR : jdbcType);
            return;
        }
        try {
            switch (jdbcType) {
                case Types.BOOLEAN, Types.BIT -> ps.setBoolean(ordinal, toBoolean(value));
                case Types.TINYINT, Types.SMALLINT -> ps.setShort(ordinal, (short) exactLong(value, Short.MIN_VALUE, Short.MAX_VALUE));
                case Types.INTEGER -> ps.setInt(ordinal, (int) exactLong(value, Integer.MIN_VALUE, Integer.MAX_VALUE));
                case Types.BIGINT -> ps.setLong(ordinal, exactLong(value, Long.MIN_VALUE, Long.MAX_VALUE));
                case Types.REAL -> ps.setFloat(ordinal, (float) toDouble(value));
                case Types.FLOAT, Types.DOUBLE -> ps.setDouble(ordinal, toDouble(value));
                case Types.DECIMAL, Types.NUMERIC -> ps.setBigDecimal(ordinal, toDecimal(value));
                case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR -> ps.setString(ordinal, toText(value));
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> ps.setBytes(ordinal, toBytes(value));
                // Temporal parameters are bound as the numbers Calcite computes on (UTC milliseconds,
                // days, milliseconds of the day): no conversion through the JVM's time zone.
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> ps.setLong(ordinal, toEpochMillis(value));
                case Types.DATE -> ps.setInt(ordinal, Math.toIntExact(toEpochDay(value)));
                case Types.TIME -> ps.setInt(ordinal, (int) toMillisOfDay(value));
                default -> ps.setObject(ordinal, value);
            }
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException | ClassCastException e) {
            throw Errors.create(SqlStates.INVALID_TEXT_REPRESENTATION,
                    "parameter " + userIndex + ": cannot convert " + value.getClass().getSimpleName() + " value to "
                            + java.sql.JDBCType.valueOf(jdbcType).getName(), e);
        }
    }

    private static boolean toBoolean(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        String s = v.toString().trim().toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "t", "true", "y", "yes", "on", "1" -> true;
            case "f", "false", "n", "no", "off", "0" -> false;
            default -> throw new NumberFormatException("invalid input syntax for type boolean: \"" + v + "\"");
        };
    }

    private static long exactLong(Object v, long min, long max) throws SQLException {
        BigDecimal d = toDecimal(v);
        BigInteger i = d.setScale(0, java.math.RoundingMode.HALF_UP).toBigInteger();
        if (i.compareTo(BigInteger.valueOf(min)) < 0 || i.compareTo(BigInteger.valueOf(max)) > 0) {
            throw Errors.create(SqlStates.NUMERIC_VALUE_OUT_OF_RANGE, "value " + v + " is out of range for its parameter");
        }
        return i.longValue();
    }

    private static double toDouble(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        return Double.parseDouble(v.toString().trim());
    }

    private static BigDecimal toDecimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v instanceof Double || v instanceof Float) {
            return BigDecimal.valueOf(((Number) v).doubleValue());
        }
        return new BigDecimal(v.toString().trim());
    }

    private static String toText(Object v) {
        if (v instanceof byte[]) {
            throw new ClassCastException("bytes");
        }
        if (v instanceof UUID u) {
            return u.toString();
        }
        return v.toString();
    }

    private static byte[] toBytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        throw new ClassCastException("not bytes");
    }

    private static long toEpochMillis(Object v) {
        if (v instanceof Long micros) {
            return Math.floorDiv(micros, 1000L);
        }
        if (v instanceof Timestamp ts) {
            return ts.getTime();
        }
        if (v instanceof java.util.Date d) {
            return d.getTime();
        }
        if (v instanceof Instant i) {
            return i.toEpochMilli();
        }
        if (v instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        if (v instanceof OffsetDateTime odt) {
            return odt.toInstant().toEpochMilli();
        }
        if (v instanceof ZonedDateTime zdt) {
            return zdt.toInstant().toEpochMilli();
        }
        if (v instanceof LocalDate ld) {
            return ld.toEpochDay() * 86_400_000L;
        }
        String s = v.toString().trim();
        if (s.length() == 10) {
            return LocalDate.parse(s).toEpochDay() * 86_400_000L;
        }
        String iso = s.replace(' ', 'T');
        if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d(:?\\d\\d)?$")) {
            return OffsetDateTime.parse(normalizeOffset(iso)).toInstant().toEpochMilli();
        }
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** PostgreSQL writes offsets as {@code +02}; java.time wants {@code +02:00}. */
    private static String normalizeOffset(String iso) {
        if (iso.matches(".*[+-]\\d\\d$")) {
            return iso + ":00";
        }
        return iso;
    }

    private static long toEpochDay(Object v) {
        if (v instanceof Integer days) {
            return days;
        }
        if (v instanceof LocalDate ld) {
            return ld.toEpochDay();
        }
        if (v instanceof Date d) {
            return d.toLocalDate().toEpochDay();
        }
        if (v instanceof LocalDateTime ldt) {
            return ldt.toLocalDate().toEpochDay();
        }
        return LocalDate.parse(v.toString().trim().substring(0, Math.min(10, v.toString().trim().length())))
                .toEpochDay();
    }

    private static long toMillisOfDay(Object v) {
        if (v instanceof Long micros) {
            return Math.floorDiv(micros, 1000L);
        }
        if (v instanceof LocalTime lt) {
            return lt.toNanoOfDay() / 1_000_000L;
        }
        if (v instanceof Time t) {
            return t.toLocalTime().toNanoOfDay() / 1_000_000L;
        }
        return LocalTime.parse(v.toString().trim()).toNanoOfDay() / 1_000_000L;
    }
}
