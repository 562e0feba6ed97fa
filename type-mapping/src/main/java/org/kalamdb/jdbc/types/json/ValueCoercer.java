package org.kalamdb.jdbc.types.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.kalamdb.jdbc.types.EpochTime;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.SqlStates;
import org.kalamdb.jdbc.types.TextFormats;
import org.kalamdb.jdbc.types.TextValues;
import org.kalamdb.jdbc.types.ValueConversionException;

/**
 * Coerces a JDBC parameter or SQL literal value into the canonical Java value of a KalamDB column
 * type, with PostgreSQL's rules where they apply:
 * <ul>
 * <li>BOOLEAN → Boolean; SMALLINT → Short; INT → Integer; BIGINT → Long; FLOAT → Float;
 *     DOUBLE → Double; DECIMAL(p, s) → BigDecimal at scale s (rounded half-up)</li>
 * <li>TEXT, JSON, FILE → String; BYTES → byte[]; UUID → java.util.UUID</li>
 * <li>TIMESTAMP and DATETIME → Long microseconds since the epoch; DATE → Integer days since the
 *     epoch; TIME → Long microseconds since midnight (sub-microsecond digits truncated)</li>
 * <li>EMBEDDING(n) → float[] of exactly n finite values</li>
 * </ul>
 * A TIMESTAMP holds a wall clock: a LocalDateTime (or a java.sql.Timestamp's wall clock, or text
 * without an offset) is stored as that clock read in UTC; a value with an offset or an instant is
 * stored as its instant. A DATETIME holds an instant; zone-less values are taken as UTC, the
 * column's zone.
 * <p>
 * Failures ({@link ValueConversionException}): 22003 a value out of the type's range, 22P02 text
 * that does not parse (22007 for dates and times), 22018 a Java type that cannot become this
 * column type, 22023 a value of the right kind but not acceptable (embedding dimension).
 */
public final class ValueCoercer {

    private ValueCoercer() {
    }

    /** The canonical value, or null for null. */
    public static Object coerce(Object value, KalamType type) {
        if (value == null) {
            return null;
        }
        return switch (type.kind()) {
            case BOOLEAN -> toBoolean(value);
            case SMALLINT -> (short) toLong(value, Short.MIN_VALUE, Short.MAX_VALUE, "smallint");
            case INT -> (int) toLong(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "integer");
            case BIGINT -> toLong(value, Long.MIN_VALUE, Long.MAX_VALUE, "bigint");
            case FLOAT -> toFloat(value);
            case DOUBLE -> toDouble(value);
            case DECIMAL -> toDecimal(value, type.precision(), type.scale());
            case TEXT -> toText(value, type);
            case JSON -> toJsonText(value);
            case FILE -> toFileText(value);
            case BYTES -> toBytes(value);
            case UUID -> toUuid(value);
            case DATE -> toDays(value);
            case TIME -> toTimeMicros(value);
            case TIMESTAMP -> toTimestampMicros(value, false);
            case DATETIME -> toTimestampMicros(value, true);
            case EMBEDDING -> toEmbedding(value, type.dimension());
        };
    }

    /** The coercion to one column type, chosen once per column ({@link #forType}); never given null. */
    @FunctionalInterface
    public interface Coercion {
        Object apply(Object value);
    }

    /**
     * {@link #coerce} for one type, decided once: a writer of many rows picks each column's
     * coercion when it starts instead of switching on the type for every cell.
     */
    public static Coercion forType(KalamType type) {
        return switch (type.kind()) {
            case BOOLEAN -> ValueCoercer::toBoolean;
            case SMALLINT -> v -> (short) toLong(v, Short.MIN_VALUE, Short.MAX_VALUE, "smallint");
            case INT -> v -> (int) toLong(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "integer");
            case BIGINT -> v -> toLong(v, Long.MIN_VALUE, Long.MAX_VALUE, "bigint");
            case FLOAT -> ValueCoercer::toFloat;
            case DOUBLE -> ValueCoercer::toDouble;
            case DECIMAL -> {
                int precision = type.precision();
                int scale = type.scale();
                yield v -> toDecimal(v, precision, scale);
            }
            case TEXT -> v -> toText(v, type);
            case JSON -> ValueCoercer::toJsonText;
            case FILE -> ValueCoercer::toFileText;
            case BYTES -> ValueCoercer::toBytes;
            case UUID -> ValueCoercer::toUuid;
            case DATE -> ValueCoercer::toDays;
            case TIME -> ValueCoercer::toTimeMicros;
            case TIMESTAMP -> v -> toTimestampMicros(v, false);
            case DATETIME -> v -> toTimestampMicros(v, true);
            case EMBEDDING -> {
                int dimension = type.dimension();
                yield v -> toEmbedding(v, dimension);
            }
        };
    }

    private static ValueConversionException impossible(Object value, KalamType type) {
        return impossible(value, type.sqlName());
    }

    private static ValueConversionException impossible(Object value, String typeName) {
        return new ValueConversionException(SqlStates.IMPOSSIBLE_CONVERSION,
                "cannot convert a value of type " + value.getClass().getName() + " to " + typeName);
    }

    private static ValueConversionException outOfRange(Object value, String typeName) {
        return new ValueConversionException(SqlStates.OUT_OF_RANGE, "value " + value + " is out of range for type "
                + typeName);
    }

    // ------------------------------------------------------------ booleans and numbers

    private static Boolean toBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        } else if (value instanceof CharSequence || value instanceof Character) {
            return TextValues.parseBoolean(value.toString(), SqlStates.INVALID_TEXT);
        } else if (isIntegral(value)) {
            return integral(value).signum() != 0;
        }
        throw impossible(value, KalamType.BOOLEAN);
    }

    private static boolean isIntegral(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger || value instanceof AtomicInteger || value instanceof AtomicLong;
    }

    private static BigInteger integral(Object value) {
        return value instanceof BigInteger b ? b : BigInteger.valueOf(((Number) value).longValue());
    }

    /** Integral values checked, decimals rounded half-up and floats rounded half-even (as PostgreSQL casts). */
    private static long toLong(Object value, long min, long max, String typeName) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            // the common case, range-checked without going through BigInteger
            long v = ((Number) value).longValue();
            if (v < min || v > max) {
                throw outOfRange(value, typeName);
            }
            return v;
        }
        BigInteger result;
        if (isIntegral(value)) {
            result = integral(value);
        } else if (value instanceof BigDecimal d) {
            result = d.setScale(0, RoundingMode.HALF_UP).toBigInteger();
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw outOfRange(d, typeName);
            }
            result = new BigDecimal(Math.rint(d)).toBigInteger();
        } else if (value instanceof CharSequence || value instanceof Character) {
            result = BigInteger.valueOf(TextValues.parseLong(value.toString(), SqlStates.INVALID_TEXT));
        } else if (value instanceof Boolean b) {
            result = b ? BigInteger.ONE : BigInteger.ZERO;
        } else {
            throw impossible(value, typeName);
        }
        if (result.compareTo(BigInteger.valueOf(min)) < 0 || result.compareTo(BigInteger.valueOf(max)) > 0) {
            throw outOfRange(value, typeName);
        }
        return result.longValue();
    }

    private static double toDouble(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        } else if (value instanceof CharSequence || value instanceof Character) {
            return TextValues.parseDouble(value.toString(), SqlStates.INVALID_TEXT);
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw impossible(value, KalamType.DOUBLE);
    }

    private static float toFloat(Object value) {
        if (value instanceof Float f) {
            return f;
        }
        double d;
        try {
            d = toDouble(value);
        } catch (ValueConversionException e) {
            if (SqlStates.IMPOSSIBLE_CONVERSION.equals(e.sqlState())) {
                throw impossible(value, KalamType.FLOAT);
            }
            throw e;
        }
        if (Double.isFinite(d) && Math.abs(d) > Float.MAX_VALUE) {
            throw outOfRange(value, "real");
        }
        return (float) d;
    }

    private static BigDecimal toDecimal(Object value, int precision, int scale) {
        BigDecimal decimal;
        if (value instanceof BigDecimal d) {
            decimal = d;
        } else if (isIntegral(value)) {
            decimal = new BigDecimal(integral(value));
        } else if (value instanceof Float f) {
            if (!Float.isFinite(f)) {
                throw outOfRange(f, decimalName(precision, scale));
            }
            decimal = new BigDecimal(Float.toString(f));
        } else if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw outOfRange(d, decimalName(precision, scale));
            }
            decimal = BigDecimal.valueOf(d);
        } else if (value instanceof CharSequence || value instanceof Character) {
            decimal = TextValues.parseDecimal(value.toString(), SqlStates.INVALID_TEXT);
        } else if (value instanceof Boolean b) {
            decimal = b ? BigDecimal.ONE : BigDecimal.ZERO;
        } else {
            throw impossible(value, decimalName(precision, scale));
        }
        BigDecimal scaled = decimal.setScale(scale, RoundingMode.HALF_UP);
        if (scaled.signum() != 0 && scaled.precision() > precision) {
            throw new ValueConversionException(SqlStates.OUT_OF_RANGE, "numeric field overflow: " + value
                    + " does not fit " + decimalName(precision, scale) + " (at most " + (precision - scale)
                    + " integer digits)");
        }
        return scaled;
    }

    /** The type's name in messages, built only when one is needed. */
    private static String decimalName(int precision, int scale) {
        return "DECIMAL(" + precision + ", " + scale + ")";
    }

    // ------------------------------------------------------------ text, bytes, UUID

    private static String toText(Object value, KalamType type) {
        if (value instanceof CharSequence || value instanceof Character) {
            return value.toString();
        } else if (value instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (value instanceof Number || value instanceof Boolean || value instanceof UUID) {
            return value.toString();
        } else if (value instanceof Enum<?> e) {
            return e.name();
        } else if (value instanceof float[] floats) {
            return TextFormats.floatArray(floats);
        }
        String temporal = temporalText(value);
        if (temporal != null) {
            return temporal;
        }
        throw impossible(value, type);
    }

    private static String temporalText(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return TextFormats.timestamp(t.toLocalDateTime());
        } else if (value instanceof java.sql.Date d) {
            return TextFormats.date(d.toLocalDate());
        } else if (value instanceof java.sql.Time t) {
            return TextFormats.time(localTime(t));
        } else if (value instanceof LocalDate d) {
            return TextFormats.date(d);
        } else if (value instanceof LocalTime t) {
            return TextFormats.time(t);
        } else if (value instanceof LocalDateTime t) {
            return TextFormats.timestamp(t);
        } else if (value instanceof OffsetDateTime t) {
            return TextFormats.timestampTz(t);
        } else if (value instanceof ZonedDateTime t) {
            return TextFormats.timestampTz(t.toOffsetDateTime());
        } else if (value instanceof Instant i) {
            return TextFormats.timestampTz(i, ZoneOffset.UTC);
        }
        return null;
    }

    /** Text is taken as JSON text (not validated, as KalamDB does not); other values are rendered as JSON. */
    private static String toJsonText(Object value) {
        if (value instanceof CharSequence || value instanceof Character) {
            return value.toString();
        }
        return PlainJsonRenderer.render(value);
    }

    /** A FileRef JSON object: its text, or a Map rendered as JSON. */
    private static String toFileText(Object value) {
        if (value instanceof CharSequence) {
            return value.toString();
        } else if (value instanceof Map<?, ?>) {
            return PlainJsonRenderer.render(value);
        }
        throw impossible(value, KalamType.FILE);
    }

    /** byte[]; a ByteBuffer's remaining bytes; text in bytea hex form {@code \x..}, else its UTF-8 bytes. */
    private static byte[] toBytes(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        } else if (value instanceof ByteBuffer buffer) {
            byte[] out = new byte[buffer.remaining()];
            buffer.duplicate().get(out);
            return out;
        } else if (value instanceof CharSequence s) {
            String text = s.toString();
            if (text.startsWith("\\x") || text.startsWith("\\X")) {
                try {
                    return HexFormat.of().parseHex(text, 2, text.length());
                } catch (IllegalArgumentException e) {
                    throw new ValueConversionException(SqlStates.INVALID_TEXT,
                            "invalid hexadecimal data for type bytea: \"" + abbreviate(text) + "\"");
                }
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }
        throw impossible(value, KalamType.BYTES);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private static UUID toUuid(Object value) {
        if (value instanceof UUID u) {
            return u;
        } else if (value instanceof CharSequence s) {
            return TextValues.parseUuid(s.toString(), SqlStates.INVALID_TEXT);
        } else if (value instanceof byte[] bytes) {
            if (bytes.length != 16) {
                throw new ValueConversionException(SqlStates.BAD_VALUE, "a UUID is 16 bytes, got " + bytes.length);
            }
            ByteBuffer b = ByteBuffer.wrap(bytes);
            return new UUID(b.getLong(), b.getLong());
        }
        throw impossible(value, KalamType.UUID);
    }

    // ------------------------------------------------------------ dates and times

    private static Integer toDays(Object value) {
        LocalDate date;
        if (value instanceof LocalDate d) {
            date = d;
        } else if (value instanceof java.sql.Date d) {
            date = d.toLocalDate();
        } else if (value instanceof java.sql.Timestamp t) {
            date = t.toLocalDateTime().toLocalDate();
        } else if (value instanceof java.sql.Time) {
            throw impossible(value, KalamType.DATE);
        } else if (value instanceof java.util.Date d) {
            date = LocalDate.ofInstant(d.toInstant(), ZoneId.systemDefault());
        } else if (value instanceof LocalDateTime t) {
            date = t.toLocalDate();
        } else if (value instanceof OffsetDateTime t) {
            date = t.toLocalDate();
        } else if (value instanceof ZonedDateTime t) {
            date = t.toLocalDate();
        } else if (value instanceof Instant i) {
            date = LocalDate.ofInstant(i, ZoneOffset.UTC);
        } else if (value instanceof CharSequence s) {
            date = TextValues.parseDate(s.toString(), SqlStates.INVALID_DATETIME);
        } else {
            throw impossible(value, KalamType.DATE);
        }
        long days = date.toEpochDay();
        if (days < Integer.MIN_VALUE || days > Integer.MAX_VALUE) {
            throw new ValueConversionException(SqlStates.DATETIME_OVERFLOW, "date out of range: " + date);
        }
        return (int) days;
    }

    private static LocalTime localTime(java.sql.Time time) {
        // Time.toLocalTime() would drop the milliseconds
        return LocalTime.ofInstant(Instant.ofEpochMilli(time.getTime()), ZoneId.systemDefault());
    }

    private static Long toTimeMicros(Object value) {
        LocalTime time;
        if (value instanceof LocalTime t) {
            time = t;
        } else if (value instanceof java.sql.Time t) {
            time = localTime(t);
        } else if (value instanceof OffsetTime t) {
            time = t.toLocalTime();
        } else if (value instanceof java.sql.Timestamp t) {
            time = t.toLocalDateTime().toLocalTime();
        } else if (value instanceof LocalDateTime t) {
            time = t.toLocalTime();
        } else if (value instanceof OffsetDateTime t) {
            time = t.toLocalTime();
        } else if (value instanceof ZonedDateTime t) {
            time = t.toLocalTime();
        } else if (value instanceof CharSequence s) {
            time = TextValues.parseTime(s.toString(), SqlStates.INVALID_DATETIME);
        } else {
            throw impossible(value, KalamType.TIME);
        }
        return EpochTime.micros(time);
    }

    private static Long toTimestampMicros(Object value, boolean instantColumn) {
        KalamType type = instantColumn ? KalamType.DATETIME : KalamType.TIMESTAMP;
        if (value instanceof Instant i) {
            return EpochTime.micros(i);
        } else if (value instanceof OffsetDateTime t) {
            return EpochTime.micros(t.toInstant());
        } else if (value instanceof ZonedDateTime t) {
            return EpochTime.micros(t.toInstant());
        } else if (value instanceof LocalDateTime t) {
            return EpochTime.micros(t);
        } else if (value instanceof LocalDate d) {
            return EpochTime.micros(d.atStartOfDay());
        } else if (value instanceof java.sql.Timestamp t) {
            return instantColumn ? EpochTime.micros(t.toInstant()) : wallClockMicros(t);
        } else if (value instanceof java.sql.Date d) {
            return instantColumn ? EpochTime.micros(Instant.ofEpochMilli(d.getTime()))
                    : EpochTime.micros(d.toLocalDate().atStartOfDay());
        } else if (value instanceof java.sql.Time) {
            throw impossible(value, type);
        } else if (value instanceof java.util.Date d) {
            return instantColumn ? EpochTime.micros(d.toInstant())
                    : EpochTime.micros(LocalDateTime.ofInstant(d.toInstant(), ZoneId.systemDefault()));
        } else if (value instanceof CharSequence s) {
            TextValues.ParsedTimestamp parsed = TextValues.parseTimestamp(s.toString(), SqlStates.INVALID_DATETIME);
            return parsed.offset() == null ? EpochTime.micros(parsed.local())
                    : EpochTime.micros(parsed.local().toInstant(parsed.offset()));
        }
        throw impossible(value, type);
    }

    /** 1900-01-01T00:00Z and 10000-01-01T00:00Z: where {@link #wallClockMicros} needs no care. */
    private static final long PLAIN_DATES_FROM = -2_208_988_800_000L;
    private static final long PLAIN_DATES_UNTIL = 253_402_300_800_000L;

    /**
     * {@code EpochTime.micros(t.toLocalDateTime())}, without building the LocalDateTime through
     * the legacy Date fields (a calendar computation per value): the wall clock of a Timestamp is
     * its instant shifted by the default zone's offset at that instant, read in the Gregorian
     * calendar. That holds from 1900 to 9999; outside, where the legacy calendar switches to the
     * Julian one (before 1582) or the microseconds could overflow, the fields are read as before.
     */
    static long wallClockMicros(java.sql.Timestamp t) {
        // A Timestamp keeps whole seconds in its Date part and the fraction in its nanos.
        long wholeSecondMillis = Math.floorDiv(t.getTime(), 1000L) * 1000L;
        if (wholeSecondMillis < PLAIN_DATES_FROM || wholeSecondMillis >= PLAIN_DATES_UNTIL) {
            return EpochTime.micros(t.toLocalDateTime());
        }
        long offsetMillis = java.util.TimeZone.getDefault().getOffset(wholeSecondMillis);
        // The Date fields stop at whole seconds, even when the offset has a fraction of one.
        long wallSeconds = Math.floorDiv(wholeSecondMillis + offsetMillis, 1000L);
        return wallSeconds * 1_000_000L + t.getNanos() / 1_000;
    }

    // ------------------------------------------------------------ embeddings

    private static float[] toEmbedding(Object value, int dimension) {
        float[] values;
        if (value instanceof float[] f) {
            values = f;
        } else if (value instanceof double[] d) {
            values = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                values[i] = element(d[i]);
            }
        } else if (value instanceof Object[] array) {
            values = elements(java.util.Arrays.asList(array));
        } else if (value instanceof Collection<?> c) {
            values = elements(c);
        } else if (value instanceof CharSequence s) {
            values = TextValues.parseFloatArray(s.toString(), SqlStates.INVALID_TEXT);
        } else {
            throw impossible(value, KalamType.embedding(dimension));
        }
        if (values.length != dimension) {
            throw new ValueConversionException(SqlStates.BAD_VALUE, "expected " + dimension
                    + " dimensions for EMBEDDING(" + dimension + "), got " + values.length);
        }
        for (float f : values) {
            if (!Float.isFinite(f)) {
                throw new ValueConversionException(SqlStates.BAD_VALUE, "embedding values must be finite, got " + f);
            }
        }
        return values;
    }

    private static float[] elements(Collection<?> elements) {
        float[] out = new float[elements.size()];
        int i = 0;
        for (Object element : elements) {
            if (!(element instanceof Number n)) {
                throw new ValueConversionException(element == null ? SqlStates.BAD_VALUE : SqlStates.IMPOSSIBLE_CONVERSION,
                        "embedding elements must be numbers, got " + (element == null ? "null" : element.getClass().getName()));
            }
            out[i++] = element(n.doubleValue());
        }
        return out;
    }

    private static float element(double d) {
        if (Double.isFinite(d) && Math.abs(d) > Float.MAX_VALUE) {
            throw new ValueConversionException(SqlStates.OUT_OF_RANGE, "embedding value " + d + " is out of the float range");
        }
        return (float) d;
    }
}
