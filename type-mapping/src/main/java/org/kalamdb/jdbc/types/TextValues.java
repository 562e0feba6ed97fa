package org.kalamdb.jdbc.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses SQL text into values, accepting what PostgreSQL's input functions accept for the common
 * cases (boolean words, integer and decimal syntax, ISO dates and times, UUID spellings, vector
 * text). Every failure is a {@link ValueConversionException} with the SQLState the caller chose
 * for invalid text, or {@link SqlStates#OUT_OF_RANGE} for a well-formed value that is too large.
 */
public final class TextValues {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern FLOATING = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4,})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4,})-(\\d{1,2})-(\\d{1,2})(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?"
                    + "\\s*([Zz]|UTC|utc|[+-]\\d{1,2}(?::?\\d{2})?)?");
    private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");

    private TextValues() {
    }

    private static ValueConversionException invalid(String state, String type, String text) {
        return new ValueConversionException(state, "invalid input syntax for type " + type + ": \"" + text + "\"");
    }

    /** true/false, t/f, yes/no, y/n, on/off, 1/0 (any case, surrounding blanks ignored). */
    public static boolean parseBoolean(String text, String invalidState) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "t", "true", "y", "yes", "on", "1":
                return true;
            case "f", "false", "n", "no", "off", "0":
                return false;
            default:
                throw invalid(invalidState, "boolean", text);
        }
    }

    /** Integer syntax only (no fraction, no exponent); out of the long range is 22003. */
    public static long parseLong(String text, String invalidState) {
        String s = text.trim();
        if (!INTEGER.matcher(s).matches()) {
            throw invalid(invalidState, "integer", text);
        }
        BigInteger value = new BigInteger(s);
        if (value.bitLength() > 63) {
            throw new ValueConversionException(SqlStates.OUT_OF_RANGE, "value \"" + text + "\" is out of range for type bigint");
        }
        return value.longValue();
    }

    public static BigDecimal parseDecimal(String text, String invalidState) {
        String s = text.trim();
        if (!FLOATING.matcher(s).matches()) {
            throw invalid(invalidState, "numeric", text);
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid(invalidState, "numeric", text);
        }
    }

    /** Decimal syntax plus NaN, Infinity, -Infinity, inf, -inf (any case). */
    public static double parseDouble(String text, String invalidState) {
        String s = text.trim();
        switch (s.toLowerCase(Locale.ROOT)) {
            case "nan", "+nan", "-nan":
                return Double.NaN;
            case "infinity", "+infinity", "inf", "+inf":
                return Double.POSITIVE_INFINITY;
            case "-infinity", "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        if (!FLOATING.matcher(s).matches()) {
            throw invalid(invalidState, "double precision", text);
        }
        return Double.parseDouble(s);
    }

    /** {@code YYYY-MM-DD}, or a timestamp whose date part is taken. */
    public static LocalDate parseDate(String text, String invalidState) {
        String s = text.trim();
        Matcher m = DATE.matcher(s);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw invalid(invalidState, "date", text);
        }
        return parseTimestamp(s, invalidState, "date").local().toLocalDate();
    }

    /** {@code HH:MM[:SS[.fraction]]}. */
    public static LocalTime parseTime(String text, String invalidState) {
        Matcher m = TIME.matcher(text.trim());
        if (!m.matches()) {
            throw invalid(invalidState, "time", text);
        }
        try {
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), nanos(m.group(4)));
        } catch (DateTimeException e) {
            throw invalid(invalidState, "time", text);
        }
    }

    /** A parsed timestamp: the written wall clock and, if one was written, its offset. */
    public record ParsedTimestamp(LocalDateTime local, ZoneOffset offset) {

        public OffsetDateTime atOffsetOr(ZoneOffset fallback) {
            return local.atOffset(offset == null ? fallback : offset);
        }
    }

    /**
     * {@code YYYY-MM-DD[( |T)HH:MM[:SS[.fraction]]][ ](Z|UTC|±HH[[:]MM])}; a date alone is midnight.
     */
    public static ParsedTimestamp parseTimestamp(String text, String invalidState) {
        return parseTimestamp(text, invalidState, "timestamp");
    }

    private static ParsedTimestamp parseTimestamp(String text, String invalidState, String typeName) {
        Matcher m = TIMESTAMP.matcher(text.trim());
        if (!m.matches()) {
            throw invalid(invalidState, typeName, text);
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos(m.group(7)));
            return new ParsedTimestamp(LocalDateTime.of(date, time), offset(m.group(8)));
        } catch (DateTimeException | NumberFormatException e) {
            throw invalid(invalidState, typeName, text);
        }
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        StringBuilder digits = new StringBuilder(fraction);
        while (digits.length() < 9) {
            digits.append('0');
        }
        return Integer.parseInt(digits.toString());
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return null;
        }
        if (zone.equalsIgnoreCase("Z") || zone.equalsIgnoreCase("UTC")) {
            return ZoneOffset.UTC;
        }
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        String digits = zone.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /** Canonical 8-4-4-4-12, 32 hex digits, either in braces; any case. */
    public static UUID parseUuid(String text, String invalidState) {
        String s = text.trim();
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        String hex;
        if (s.length() == 36 && s.charAt(8) == '-' && s.charAt(13) == '-' && s.charAt(18) == '-'
                && s.charAt(23) == '-') {
            hex = s.substring(0, 8) + s.substring(9, 13) + s.substring(14, 18) + s.substring(19, 23) + s.substring(24);
        } else {
            hex = s;
        }
        if (!HEX32.matcher(hex).matches()) {
            throw invalid(invalidState, "uuid", text);
        }
        return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }

    /**
     * Vector text {@code [0.1, 0.2]} (as KalamDB accepts it for EMBEDDING, also in single quotes).
     */
    public static float[] parseFloatArray(String text, String invalidState) {
        String s = text.trim();
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            s = s.substring(1, s.length() - 1).trim();
        }
        if (!s.startsWith("[") || !s.endsWith("]")) {
            throw invalid(invalidState, "embedding", text);
        }
        String body = s.substring(1, s.length() - 1).trim();
        if (body.isEmpty()) {
            return new float[0];
        }
        String[] parts = body.split(",", -1);
        float[] out = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (!FLOATING.matcher(part).matches()) {
                throw invalid(invalidState, "embedding", text);
            }
            out[i] = Float.parseFloat(part);
        }
        return out;
    }
}
