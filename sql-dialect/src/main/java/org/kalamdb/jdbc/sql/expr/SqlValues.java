package org.kalamdb.jdbc.sql.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;

/**
 * The value domain of {@link ExprEvaluator}: which Java classes stand for which SQL types, their
 * PostgreSQL text form, and PostgreSQL's text input rules for each type.
 *
 * <p>Runtime values are null, {@link Boolean}, {@link Long} (every integer width),
 * {@link BigDecimal} (numeric), {@link Double} (real and double precision), {@link String},
 * {@link LocalDate}, {@link LocalTime}, {@link LocalDateTime} (timestamp),
 * {@link OffsetDateTime} (timestamp with time zone, kept in UTC), {@link UUID} and
 * {@code byte[]} (bytea). {@link #normalise(Object)} maps the other java.lang / java.time classes
 * a caller may bind onto these.
 */
public final class SqlValues {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4,})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4,}-\\d{1,2}-\\d{1,2})(?:[ Tt]+(\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?))?\\s*"
                    + "(Z|z|UTC|utc|[+-]\\d{1,2}(?::?\\d{2})?)?");

    private SqlValues() {
    }

    /**
     * Maps a bound or stored Java value onto the runtime domain: Integer/Short/Byte to Long,
     * Float to Double, BigInteger to Long or BigDecimal, Character to String, Instant and
     * ZonedDateTime to OffsetDateTime in UTC. {@code java.sql} date/time classes must be converted
     * to {@code java.time} by the caller.
     *
     * @throws SqlDialectException 22023 for any other class
     */
    public static Object normalise(Object v) {
        if (v == null || v instanceof Boolean || v instanceof Long || v instanceof BigDecimal
                || v instanceof Double || v instanceof String || v instanceof LocalDate
                || v instanceof LocalTime || v instanceof LocalDateTime || v instanceof UUID
                || v instanceof byte[]) {
            return v;
        }
        if (v instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : new BigDecimal(b);
        }
        if (v instanceof Character c) {
            return c.toString();
        }
        if (v instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (v instanceof ZonedDateTime z) {
            return z.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }
        throw new SqlDialectException(SqlStates.INVALID_PARAMETER_VALUE,
                "unsupported value type " + v.getClass().getName());
    }

    /** The PostgreSQL type name of a runtime value, for messages. */
    public static String typeName(Object v) {
        if (v == null) {
            return "unknown";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof Long) {
            return "bigint";
        }
        if (v instanceof BigDecimal) {
            return "numeric";
        }
        if (v instanceof Double) {
            return "double precision";
        }
        if (v instanceof String) {
            return "text";
        }
        if (v instanceof LocalDate) {
            return "date";
        }
        if (v instanceof LocalTime) {
            return "time without time zone";
        }
        if (v instanceof LocalDateTime) {
            return "timestamp without time zone";
        }
        if (v instanceof OffsetDateTime) {
            return "timestamp with time zone";
        }
        if (v instanceof UUID) {
            return "uuid";
        }
        if (v instanceof byte[]) {
            return "bytea";
        }
        return v.getClass().getSimpleName();
    }

    /**
     * PostgreSQL's text output of a value (what {@code value::text} gives with DateStyle ISO and
     * TimeZone UTC); null for NULL.
     */
    public static String toText(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Double d) {
            return formatDouble(d);
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalDate() + " " + formatTime(t.toLocalTime());
        }
        if (v instanceof OffsetDateTime t) {
            OffsetDateTime utc = t.withOffsetSameInstant(ZoneOffset.UTC);
            return utc.toLocalDate() + " " + formatTime(utc.toLocalTime()) + "+00";
        }
        if (v instanceof LocalTime t) {
            return formatTime(t);
        }
        if (v instanceof byte[] b) {
            return "\\x" + HexFormat.of().formatHex(b);
        }
        return v.toString();
    }

    private static String formatTime(LocalTime t) {
        String base = String.format(Locale.ROOT, "%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        int nanos = t.getNano();
        if (nanos == 0) {
            return base;
        }
        // PostgreSQL keeps microseconds and drops trailing zeros.
        String fraction = String.format(Locale.ROOT, "%06d", nanos / 1000);
        fraction = fraction.replaceAll("0+$", "");
        return fraction.isEmpty() ? base : base + "." + fraction;
    }

    /**
     * PostgreSQL's float8 output: the shortest digits that round-trip, plain notation for decimal
     * exponents from -4 to 14, otherwise {@code 1.5e+20} style; {@code NaN}, {@code Infinity}.
     */
    public static String formatDouble(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = exact.precision() - exact.scale() - 1;
        if (exponent < -4 || exponent >= 15) {
            String digits = exact.unscaledValue().abs().toString();
            StringBuilder sb = new StringBuilder();
            if (d < 0) {
                sb.append('-');
            }
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) {
                sb.append('0');
            }
            return sb.append(abs).toString();
        }
        return exact.toPlainString();
    }

    static SqlDialectException invalidInput(String type, String text) {
        return new SqlDialectException(SqlStates.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type " + type + ": \"" + text + "\"");
    }

    /** Text to an integer of the given width (16, 32 or 64 bits), PostgreSQL's int2/int4/int8 input. */
    public static long parseInteger(String text, int bits) {
        String s = text.strip();
        String type = integerTypeName(bits);
        if (!INTEGER.matcher(s).matches()) {
            throw invalidInput(type, text);
        }
        long value;
        try {
            value = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw outOfRange("value \"" + text + "\" is out of range for type " + type);
        }
        return checkIntegerRange(value, bits);
    }

    static String integerTypeName(int bits) {
        return switch (bits) {
            case 16 -> "smallint";
            case 32 -> "integer";
            default -> "bigint";
        };
    }

    /** Checks that {@code value} fits a signed integer of {@code bits} bits. */
    static long checkIntegerRange(long value, int bits) {
        if (bits == 16 && (value < Short.MIN_VALUE || value > Short.MAX_VALUE)) {
            throw outOfRange("smallint out of range");
        }
        if (bits == 32 && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw outOfRange("integer out of range");
        }
        return value;
    }

    static SqlDialectException outOfRange(String message) {
        return new SqlDialectException(SqlStates.NUMERIC_VALUE_OUT_OF_RANGE, message);
    }

    /** Text to numeric. */
    public static BigDecimal parseNumeric(String text) {
        String s = text.strip();
        if (!DECIMAL.matcher(s).matches()) {
            throw invalidInput("numeric", text);
        }
        return new BigDecimal(s);
    }

    /** Text to double precision, including {@code NaN}, {@code Infinity}, {@code inf}. */
    public static double parseDouble(String text) {
        String s = text.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "nan":
                return Double.NaN;
            case "infinity", "+infinity", "inf", "+inf":
                return Double.POSITIVE_INFINITY;
            case "-infinity", "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw invalidInput("double precision", text);
        }
        double d = Double.parseDouble(s);
        if (Double.isInfinite(d)) {
            throw outOfRange("\"" + text + "\" is out of range for type double precision");
        }
        return d;
    }

    /** Text to boolean: PostgreSQL accepts t/true/y/yes/on/1 and f/false/n/no/off/0, and unique prefixes. */
    public static boolean parseBoolean(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (!s.isEmpty()) {
            if ("true".startsWith(s) || "yes".startsWith(s) || s.equals("on") || s.equals("1")) {
                return true;
            }
            if ("false".startsWith(s) || "no".startsWith(s) || s.equals("off") || s.equals("of") || s.equals("0")) {
                return false;
            }
        }
        throw invalidInput("boolean", text);
    }

    /** ISO {@code yyyy-mm-dd}, optionally followed by a time that is ignored (as PostgreSQL does). */
    public static LocalDate parseDate(String text) {
        Matcher m = TIMESTAMP.matcher(text.strip());
        if (!m.matches()) {
            throw dateTimeInput("date", text);
        }
        return date(m.group(1), text, "date");
    }

    /** {@code hh:mm[:ss[.fraction]]}. */
    public static LocalTime parseTime(String text) {
        String s = text.strip();
        Matcher m = TIME.matcher(s);
        if (!m.matches()) {
            throw dateTimeInput("time without time zone", text);
        }
        return time(m, text, "time without time zone");
    }

    /** {@code yyyy-mm-dd[ hh:mm[:ss[.f]]]}; a written zone offset is ignored, as PostgreSQL ignores it for timestamp. */
    public static LocalDateTime parseTimestamp(String text) {
        Matcher m = TIMESTAMP.matcher(text.strip());
        if (!m.matches()) {
            throw dateTimeInput("timestamp", text);
        }
        LocalDate date = date(m.group(1), text, "timestamp");
        LocalTime time = m.group(2) == null ? LocalTime.MIDNIGHT : parseTimeGroup(m.group(2), text, "timestamp");
        return LocalDateTime.of(date, time);
    }

    /** Like {@link #parseTimestamp} with an optional offset ({@code Z}, {@code +02}, {@code +05:30}); no offset means UTC. */
    public static OffsetDateTime parseTimestampTz(String text) {
        Matcher m = TIMESTAMP.matcher(text.strip());
        if (!m.matches()) {
            throw dateTimeInput("timestamp with time zone", text);
        }
        LocalDate date = date(m.group(1), text, "timestamp with time zone");
        LocalTime time = m.group(2) == null ? LocalTime.MIDNIGHT
                : parseTimeGroup(m.group(2), text, "timestamp with time zone");
        ZoneOffset offset = offset(m.group(3), text);
        return OffsetDateTime.of(date, time, offset).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static LocalTime parseTimeGroup(String group, String text, String type) {
        Matcher tm = TIME.matcher(group);
        if (!tm.matches()) {
            throw dateTimeInput(type, text);
        }
        return time(tm, text, type);
    }

    private static LocalDate date(String iso, String text, String type) {
        Matcher m = DATE.matcher(iso);
        if (!m.matches()) {
            throw dateTimeInput(type, text);
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException | NumberFormatException e) {
            throw new SqlDialectException(SqlStates.INVALID_DATETIME_FORMAT,
                    "date/time field value out of range: \"" + text + "\"");
        }
    }

    private static LocalTime time(Matcher m, String text, String type) {
        try {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            int nanos = 0;
            if (m.group(4) != null) {
                String f = (m.group(4) + "000000000").substring(0, 9);
                nanos = Integer.parseInt(f);
            }
            return LocalTime.of(hour, minute, second, nanos);
        } catch (DateTimeException e) {
            throw new SqlDialectException(SqlStates.INVALID_DATETIME_FORMAT,
                    "date/time field value out of range: \"" + text + "\"");
        }
    }

    private static ZoneOffset offset(String spec, String text) {
        if (spec == null || spec.equalsIgnoreCase("z") || spec.equalsIgnoreCase("utc")) {
            return ZoneOffset.UTC;
        }
        String digits = spec.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        int sign = spec.charAt(0) == '-' ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            throw dateTimeInput("timestamp with time zone", text);
        }
    }

    private static SqlDialectException dateTimeInput(String type, String text) {
        return new SqlDialectException(SqlStates.INVALID_DATETIME_FORMAT,
                "invalid input syntax for type " + type + ": \"" + text + "\"");
    }

    /** Standard form, upper or lower case, optionally in braces or without hyphens. */
    public static UUID parseUuid(String text) {
        String s = text.strip();
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        String hex = s.replace("-", "");
        if (hex.length() != 32 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw invalidInput("uuid", text);
        }
        return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }

    /** bytea input: {@code \x} hex format, otherwise escape format ({@code \\} and {@code \nnn} octal). */
    public static byte[] parseBytea(String text) {
        if (text.startsWith("\\x") || text.startsWith("\\X")) {
            String hex = text.substring(2).replaceAll("\\s", "");
            try {
                return HexFormat.of().parseHex(hex);
            } catch (IllegalArgumentException e) {
                throw invalidInput("bytea", text);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length());
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b != '\\') {
                out.write(b);
            } else if (i + 1 < utf8.length && utf8[i + 1] == '\\') {
                out.write('\\');
                i++;
            } else if (i + 3 < utf8.length && isOctal(utf8[i + 1]) && isOctal(utf8[i + 2]) && isOctal(utf8[i + 3])) {
                out.write(((utf8[i + 1] - '0') << 6) | ((utf8[i + 2] - '0') << 3) | (utf8[i + 3] - '0'));
                i += 3;
            } else {
                throw invalidInput("bytea", text);
            }
        }
        return out.toByteArray();
    }

    private static boolean isOctal(byte b) {
        return b >= '0' && b <= '7';
    }
}
