package org.kalamdb.jdbc.types.json;

import java.math.BigDecimal;
import java.math.BigInteger;
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
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.kalamdb.jdbc.types.TextFormats;

/**
 * Plain JSON text of a Java value, as {@code kalam_exec} returns results: null, booleans and
 * numbers as JSON literals (Int64 as a number; floats in their shortest form, so 0.1f is
 * {@code 0.1}; NaN and infinities as null, JSON has no spelling for them), text, UUIDs and temporal
 * values as strings in PostgreSQL's text form, bytes as a bytea {@code "\\x.."} string, float[]
 * and collections as arrays, maps as objects in their iteration order.
 * Unlike pg_kalam, no value is replaced by its Arrow type name.
 */
public final class PlainJsonRenderer {

    private PlainJsonRenderer() {
    }

    public static String render(Object value) {
        return append(new StringBuilder(), value).toString();
    }

    /** One JSON object; keys in the map's order (pass a TreeMap for pg_kalam's sorted keys). */
    public static String renderObject(Map<String, ?> row) {
        return append(new StringBuilder(), row).toString();
    }

    public static StringBuilder append(StringBuilder sb, Object value) {
        if (value == null) {
            return sb.append("null");
        } else if (value instanceof Boolean b) {
            return sb.append(b.booleanValue());
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            return sb.append(value);
        } else if (value instanceof BigDecimal d) {
            return sb.append(d.toPlainString());
        } else if (value instanceof Float f) {
            return Float.isFinite(f) ? JsonText.appendFloat(sb, f) : sb.append("null");
        } else if (value instanceof Double d) {
            return Double.isFinite(d) ? JsonText.appendDouble(sb, d) : sb.append("null");
        } else if (value instanceof Number n) {
            return append(sb, n.doubleValue());
        } else if (value instanceof CharSequence s) {
            return JsonText.appendString(sb, s);
        } else if (value instanceof byte[] bytes) {
            return JsonText.appendString(sb, TextFormats.bytea(bytes));
        } else if (value instanceof float[] floats) {
            sb.append('[');
            for (int i = 0; i < floats.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                append(sb, floats[i]);
            }
            return sb.append(']');
        } else if (value instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object element : c) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                append(sb, element);
            }
            return sb.append(']');
        } else if (value instanceof Object[] array) {
            return append(sb, java.util.Arrays.asList(array));
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                JsonText.appendString(sb, String.valueOf(e.getKey())).append(':');
                append(sb, e.getValue());
            }
            return sb.append('}');
        }
        return JsonText.appendString(sb, text(value));
    }

    /** Temporal values, UUIDs and anything else as text. */
    private static String text(Object value) {
        if (value instanceof Timestamp t) {
            return TextFormats.timestamp(t.toLocalDateTime());
        } else if (value instanceof Date d) {
            return TextFormats.date(d.toLocalDate());
        } else if (value instanceof Time t) {
            // Time.toLocalTime would drop the milliseconds
            return TextFormats.time(LocalTime.ofInstant(Instant.ofEpochMilli(t.getTime()), ZoneId.systemDefault()));
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
        } else if (value instanceof UUID u) {
            return u.toString();
        }
        return value.toString();
    }
}
