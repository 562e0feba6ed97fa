package org.kalamdb.jdbc.exec;

import org.kalamdb.jdbc.types.FieldTypes;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * The KalamDB types the query engine gives the columns of system tables, which are described by
 * their Arrow fields only: the field's {@code kalam_data_type} or the type its Arrow layout stands
 * for; other integer widths as BIGINT, timestamps of any unit as TIMESTAMP / DATETIME, and anything
 * KalamDB has no type for (lists, structs) as its text.
 */
final class SystemColumnTypes {

    private SystemColumnTypes() {
    }

    static KalamType of(Field field) {
        KalamType known = FieldTypes.kalamType(field);
        if (known != null) {
            return known;
        }
        ArrowType type = field.type();
        if (type instanceof ArrowType.Int) {
            return KalamType.BIGINT;
        } else if (type instanceof ArrowType.Timestamp t) {
            return t.timezone() == null ? KalamType.TIMESTAMP : KalamType.DATETIME;
        } else if (type instanceof ArrowType.Date) {
            return KalamType.DATE;
        } else if (type instanceof ArrowType.Time) {
            return KalamType.TIME;
        } else if (type instanceof ArrowType.FloatingPoint) {
            return KalamType.DOUBLE;
        }
        return KalamType.TEXT;
    }

    /** Reads a system column as the canonical value of {@link #of its type}. */
    static CanonicalCells.Reader reader(KalamType type, Field field) {
        if (type.kind() == KalamType.Kind.TEXT && !(field.type() instanceof ArrowType.Utf8
                || field.type() instanceof ArrowType.LargeUtf8 || field.type() instanceof ArrowType.Utf8View)) {
            return (v, r) -> {
                Object value = v.isNull(r) ? null : SqlValueReader.read(v, r);
                return value == null ? null : value instanceof byte[] b ? java.util.HexFormat.of().formatHex(b)
                        : String.valueOf(value);
            };
        }
        return CanonicalCells.forColumn(type, field.type());
    }
}
