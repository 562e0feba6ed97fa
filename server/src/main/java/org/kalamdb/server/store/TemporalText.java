package org.kalamdb.server.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date/time text forms Arrow's string casts accept (ISO-8601 with {@code T} or a space,
 * optional fraction up to nanoseconds, optional {@code Z} or numeric offset; naive values are UTC)
 * and the forms Arrow prints. Values are µs since the epoch, days since 1970-01-01 and µs since
 * midnight, as KalamDB stores them.
 */
public final class TemporalText {

    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?"
                    + "\\s*(Z|z|UTC|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?");
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    private TemporalText() {
    }

    /** @return µs since the epoch, or null when the text is not a timestamp */
    public static Long parseTimestampMicros(String text) {
        Matcher m = TIMESTAMP.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos(m.group(7)));
            ZoneOffset offset = offset(m.group(8));
            LocalDateTime ldt = LocalDateTime.of(date, time);
            long seconds = ldt.toEpochSecond(offset);
            return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), ldt.getNano() / 1000L);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /** @return days since 1970-01-01, or null */
    public static Integer parseDateDays(String text) {
        Matcher m = TIMESTAMP.matcher(text);
        if (!m.matches() || m.group(4) != null || m.group(8) != null) {
            return null;
        }
        try {
            return (int) LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** @return µs since midnight, or null */
    public static Long parseTimeMicros(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalTime t = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), nanos(m.group(4)));
            return t.toNanoOfDay() / 1000L;
        } catch (DateTimeException e) {
            return null;
        }
    }

    public static String formatDate(int days) {
        return LocalDate.ofEpochDay(days).toString();
    }

    public static String formatTime(long micros) {
        LocalTime t = LocalTime.ofNanoOfDay(Math.floorMod(micros, MICROS_PER_DAY) * 1000L);
        return t.toString().length() == 5 ? t + ":00" : t.toString();
    }

    /** Arrow's display of a timestamp: {@code 2024-01-31T10:20:30.123456}, with {@code Z} when zoned. */
    public static String formatTimestamp(long micros, boolean utc) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        int nanos = (int) Math.floorMod(micros, 1_000_000L) * 1000;
        LocalDateTime ldt = LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
        String text = ldt.toString();
        if (ldt.getSecond() == 0 && nanos == 0) {
            text = text + ":00";
        }
        return utc ? text + "Z" : text;
    }

    public static long daysToMicros(int days) {
        return days * MICROS_PER_DAY;
    }

    public static int microsToDays(long micros) {
        return (int) Math.floorDiv(micros, MICROS_PER_DAY);
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        return Integer.parseInt((fraction + "000000000").substring(0, 9));
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equalsIgnoreCase("Z") || zone.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
