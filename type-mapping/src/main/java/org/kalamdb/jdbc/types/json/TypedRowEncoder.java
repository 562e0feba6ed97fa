package org.kalamdb.jdbc.types.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.TextFormats;

/**
 * Encodes rows in the typed dialect of protocol.md 6.2, every value typed (one plain value would
 * make the server read the whole row as plain JSON), with the encodings of 6.4:
 * <pre>
 * BOOLEAN {"Boolean":true}          SMALLINT {"Int16":1}          INT {"Int32":1}
 * BIGINT {"Int64":"1"}              FLOAT {"Float32":1.5}         DOUBLE {"Float64":1.5}
 * DECIMAL(10, 2) {"Decimal128":{"value":"12345","precision":10,"scale":2}}
 * TEXT, JSON, FILE {"Utf8":"..."}   BYTES {"Binary":[1,2,255]}    UUID {"Utf8":"0190f3a2-..."}
 * DATE {"Date32":19723}             TIME {"Time64Microsecond":45296000000}
 * TIMESTAMP {"TimestampMicrosecond":{"value":1700000000123456,"timezone":null}}
 * DATETIME  {"TimestampMicrosecond":{"value":1700000000123456,"timezone":"UTC"}}
 * EMBEDDING(3) {"Utf8":"[0.1,0.2,0.3]"}
 * </pre>
 * NULLs are typed as pg_kalam types them: {"Boolean":null}, {"Int16":null}, {"Int32":null},
 * {"Int64":null}, {"Float32":null}, {"Float64":null}, and {"Utf8":null} for every other type
 * (the server casts a typed NULL to the column's type). JSON has no NaN or infinity: such floats
 * are sent as text ({"Utf8":"NaN"}, "Infinity", "-Infinity"), which the server casts.
 */
public final class TypedRowEncoder {

    private TypedRowEncoder() {
    }

    /** {@code {"col":{typed value},...}}: one {@code rows_json} entry of an Insert. */
    public static String encodeRow(List<ColumnValue> row) {
        StringBuilder sb = new StringBuilder(32 * row.size() + 2);
        appendRow(sb, row);
        return sb.toString();
    }

    /** {@code [{...}]}: the {@code updates_json} of an Update, as pg_kalam sends it. */
    public static String encodeRowArray(List<ColumnValue> row) {
        StringBuilder sb = new StringBuilder(32 * row.size() + 4).append('[');
        appendRow(sb, row);
        return sb.append(']').toString();
    }

    public static StringBuilder appendRow(StringBuilder sb, List<ColumnValue> row) {
        sb.append('{');
        for (int i = 0; i < row.size(); i++) {
            ColumnValue cell = row.get(i);
            if (i > 0) {
                sb.append(',');
            }
            JsonText.appendString(sb, cell.column()).append(':');
            appendValue(sb, cell.type(), cell.value());
        }
        return sb.append('}');
    }

    /** One typed value, e.g. {@code {"Int64":"42"}}; the value is coerced first ({@link ValueCoercer}). */
    public static String encodeValue(KalamType type, Object value) {
        return appendValue(new StringBuilder(), type, value).toString();
    }

    public static StringBuilder appendValue(StringBuilder sb, KalamType type, Object value) {
        Object v = ValueCoercer.coerce(value, type);
        if (v == null) {
            return sb.append(typedNull(type));
        }
        switch (type.kind()) {
            case BOOLEAN -> sb.append("{\"Boolean\":").append((boolean) (Boolean) v).append('}');
            case SMALLINT -> sb.append("{\"Int16\":").append((short) (Short) v).append('}');
            case INT -> sb.append("{\"Int32\":").append((int) (Integer) v).append('}');
            case BIGINT -> sb.append("{\"Int64\":\"").append((long) (Long) v).append("\"}");
            case FLOAT -> {
                float f = (Float) v;
                if (Float.isFinite(f)) {
                    JsonText.appendFloat(sb.append("{\"Float32\":"), f).append('}');
                } else {
                    utf8(sb, Float.toString(f));
                }
            }
            case DOUBLE -> {
                double d = (Double) v;
                if (Double.isFinite(d)) {
                    JsonText.appendDouble(sb.append("{\"Float64\":"), d).append('}');
                } else {
                    utf8(sb, Double.toString(d));
                }
            }
            case DECIMAL -> sb.append("{\"Decimal128\":{\"value\":\"").append(((BigDecimal) v).unscaledValue())
                    .append("\",\"precision\":").append(type.precision())
                    .append(",\"scale\":").append(type.scale()).append("}}");
            case TEXT, JSON, FILE -> utf8(sb, (String) v);
            case BYTES -> {
                byte[] bytes = (byte[]) v;
                sb.append("{\"Binary\":[");
                for (int i = 0; i < bytes.length; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    sb.append(bytes[i] & 0xFF);
                }
                sb.append("]}");
            }
            case UUID -> utf8(sb, ((UUID) v).toString());
            case DATE -> sb.append("{\"Date32\":").append((int) (Integer) v).append('}');
            case TIME -> sb.append("{\"Time64Microsecond\":").append((long) (Long) v).append('}');
            case TIMESTAMP -> sb.append("{\"TimestampMicrosecond\":{\"value\":").append((long) (Long) v)
                    .append(",\"timezone\":null}}");
            case DATETIME -> sb.append("{\"TimestampMicrosecond\":{\"value\":").append((long) (Long) v)
                    .append(",\"timezone\":\"UTC\"}}");
            case EMBEDDING -> utf8(sb, TextFormats.floatArray((float[]) v));
        }
        return sb;
    }

    private static void utf8(StringBuilder sb, String text) {
        JsonText.appendString(sb.append("{\"Utf8\":"), text).append('}');
    }

    /** The typed NULL pg_kalam sends for this type. */
    public static String typedNull(KalamType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "{\"Boolean\":null}";
            case SMALLINT -> "{\"Int16\":null}";
            case INT -> "{\"Int32\":null}";
            case BIGINT -> "{\"Int64\":null}";
            case FLOAT -> "{\"Float32\":null}";
            case DOUBLE -> "{\"Float64\":null}";
            case DECIMAL, TEXT, JSON, FILE, BYTES, UUID, DATE, TIME, TIMESTAMP, DATETIME, EMBEDDING -> "{\"Utf8\":null}";
        };
    }
}
