package org.kalamdb.server.sql.query;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and formats the text forms arrow's casts accept for DATE, TIME and TIMESTAMP, in the
 * canonical units: days since 1970-01-01, µs since midnight, µs since the epoch (UTC).
 */
public final class TemporalText {

    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?))?\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?");

    private TemporalText() {
    }

    public static long timestampMicros(String text) {
        Matcher m = TIMESTAMP.matcher(text.strip());
        if (!m.matches()) {
            throw new CastFailure("Parser error: Error parsing timestamp from '" + text
                    + "': timestamp must contain at least 10 characters");
        }
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            LocalTime time = m.group(2) == null ? LocalTime.MIDNIGHT : LocalTime.parse(m.group(2));
            ZoneOffset offset = m.group(3) == null ? ZoneOffset.UTC : offset(m.group(3));
            OffsetDateTime odt = OffsetDateTime.of(LocalDateTime.of(date, time), offset);
            return ChronoUnit.MICROS.between(OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), odt);
        } catch (java.time.DateTimeException e) {
            throw new CastFailure("Parser error: Error parsing timestamp from '" + text + "': " + e.getMessage());
        }
    }

    public static int dateDays(String text) {
        try {
            return (int) LocalDate.parse(text.strip()).toEpochDay();
        } catch (DateTimeParseException e) {
            throw new CastFailure("Cast error: Cannot cast string '" + text + "' to value of Date32 type");
        }
    }

    public static long timeMicros(String text) {
        if (!TIME.matcher(text.strip()).matches()) {
            throw new CastFailure("Cast error: Cannot cast string '" + text + "' to value of Time64(Microsecond) type");
        }
        try {
            return LocalTime.parse(text.strip()).toNanoOfDay() / 1000;
        } catch (DateTimeParseException e) {
            throw new CastFailure("Cast error: Cannot cast string '" + text + "' to value of Time64(Microsecond) type");
        }
    }

    /** arrow's display of a Timestamp(µs) value: 2024-01-02T03:04:05.123456 (trailing zero fraction dropped). */
    public static String formatTimestamp(long micros, boolean utc) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC);
        return t.toString() + (utc ? "Z" : "");
    }

    public static String formatDate(int days) {
        return LocalDate.ofEpochDay(days).toString();
    }

    public static String formatTime(long micros) {
        return LocalTime.ofNanoOfDay(micros * 1000).toString();
    }

    private static ZoneOffset offset(String text) {
        if (text.toUpperCase(Locale.ROOT).equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
