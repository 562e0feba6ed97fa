package org.kalamdb.jdbc.types.json;

import java.util.List;

import org.kalamdb.jdbc.types.KalamType;

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
 * <p>
 * These methods encode one row or value at a time, as text; {@link TypedRowWriter} encodes the
 * many rows of an Insert to UTF-8 with the per-column work done once. Both write through
 * {@link TypedValueWriter}, the one place where each type's JSON is defined.
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
        TypedValueWriter writer = TypedValueWriter.forType(type);
        Utf8JsonOutput out = new Utf8JsonOutput(32);
        writer.write(out, writer.coerce(value));
        return sb.append(out);
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
