package org.kalamdb.jdbc.types;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * Values as text, in PostgreSQL's output style where there is one: {@code 2024-01-31},
 * {@code 12:34:56.5}, {@code 2024-01-31 12:34:56.123456}, {@code 2024-01-31 12:34:56+00},
 * bytea {@code \x0102}; vectors as {@code [0.1,0.2]}.
 */
public final class TextFormats {

    private TextFormats() {
    }

    public static String date(LocalDate date) {
        return date.toString();
    }

    /** HH:MM:SS, plus the fraction without trailing zeros when there is one. */
    public static String time(LocalTime time) {
        StringBuilder sb = new StringBuilder(15);
        two(sb, time.getHour()).append(':');
        two(sb, time.getMinute()).append(':');
        two(sb, time.getSecond());
        int nanos = time.getNano();
        if (nanos != 0) {
            String digits = String.valueOf(1_000_000_000 + nanos).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(digits, 0, end);
        }
        return sb.toString();
    }

    private static StringBuilder two(StringBuilder sb, int value) {
        if (value < 10) {
            sb.append('0');
        }
        return sb.append(value);
    }

    public static String timestamp(LocalDateTime wallClock) {
        return date(wallClock.toLocalDate()) + ' ' + time(wallClock.toLocalTime());
    }

    /** The instant in the given offset with PostgreSQL's {@code +HH} / {@code +HH:MM} suffix. */
    public static String timestampTz(Instant instant, ZoneOffset offset) {
        return timestampTz(instant.atOffset(offset));
    }

    public static String timestampTz(OffsetDateTime value) {
        int seconds = value.getOffset().getTotalSeconds();
        StringBuilder sb = new StringBuilder(timestamp(value.toLocalDateTime()));
        sb.append(seconds < 0 ? '-' : '+');
        int abs = Math.abs(seconds);
        two(sb, abs / 3600);
        if (abs % 3600 != 0) {
            sb.append(':');
            two(sb, abs % 3600 / 60);
        }
        return sb.toString();
    }

    /** bytea hex output: {@code \x} then lower-case hex. */
    public static String bytea(byte[] bytes) {
        return "\\x" + HexFormat.of().formatHex(bytes);
    }

    /** {@code [0.1,0.2]}: each element as Float.toString, the shortest text that reads back exactly. */
    public static String floatArray(float[] values) {
        StringBuilder sb = new StringBuilder(values.length * 8 + 2).append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(Float.toString(values[i]));
        }
        return sb.append(']').toString();
    }
}
