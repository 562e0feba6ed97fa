package org.kalamdb.jdbc.types;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.Field;

/** What a result field is in KalamDB terms: its type (from metadata, else inferred) and its flags. */
public final class FieldTypes {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private FieldTypes() {
    }

    /**
     * The KalamDB type of a field: the {@code kalam_data_type} metadata when present and understood,
     * else the KalamDB type whose Arrow mapping this field has (protocol.md 5.5), else null.
     */
    public static KalamType kalamType(Field field) {
        KalamType declared = KalamType.fromSerdeJson(field.metadata().get(KalamType.META_DATA_TYPE));
        return declared != null ? declared : inferred(field);
    }

    /** The KalamDB type an Arrow type stands for when no metadata says so (SQL results, other writers). */
    public static KalamType inferred(Field field) {
        ArrowType type = field.type();
        if (type instanceof ArrowType.Bool) {
            return KalamType.BOOLEAN;
        } else if (type instanceof ArrowType.Int t && t.signed()) {
            return switch (t.bitWidth()) {
                case 16 -> KalamType.SMALLINT;
                case 32 -> KalamType.INT;
                case 64 -> KalamType.BIGINT;
                default -> null;
            };
        } else if (type instanceof ArrowType.FloatingPoint t) {
            return switch (t.precision()) {
                case SINGLE -> KalamType.FLOAT;
                case DOUBLE -> KalamType.DOUBLE;
                case HALF -> null;
            };
        } else if (type instanceof ArrowType.Decimal t) {
            return t.precision() >= 1 && t.precision() <= 38 && t.scale() >= 0 && t.scale() <= t.precision()
                    ? KalamType.decimal(t.precision(), t.scale()) : null;
        } else if (type instanceof ArrowType.Utf8 || type instanceof ArrowType.LargeUtf8
                || type instanceof ArrowType.Utf8View) {
            return KalamType.TEXT;
        } else if (type instanceof ArrowType.Binary || type instanceof ArrowType.LargeBinary
                || type instanceof ArrowType.BinaryView) {
            return KalamType.BYTES;
        } else if (type instanceof ArrowType.FixedSizeBinary t) {
            return t.byteWidth() == 16 ? KalamType.UUID : null;
        } else if (type instanceof ArrowType.Date t) {
            return t.unit() == ArrowType.DateUnit.DAY ? KalamType.DATE : null;
        } else if (type instanceof ArrowType.Time t) {
            return t.unit() == ArrowType.TimeUnit.MICROSECOND ? KalamType.TIME : null;
        } else if (type instanceof ArrowType.Timestamp t) {
            if (t.unit() != ArrowType.TimeUnit.MICROSECOND) {
                return null;
            }
            return t.timezone() == null ? KalamType.TIMESTAMP : KalamType.DATETIME;
        } else if (type instanceof ArrowType.FixedSizeList t) {
            boolean floats = !field.children().isEmpty() && field.children().get(0).type().equals(ArrowType.FLOAT32);
            return floats && t.listSize() >= 1 && t.listSize() <= 8192 ? KalamType.embedding(t.listSize()) : null;
        }
        return null;
    }

    /** The {@code kalam_column_flags} of a field ("pk", "nn", "uq"); empty when absent. */
    public static Set<String> columnFlags(Field field) {
        String json = field.metadata().get(KalamType.META_COLUMN_FLAGS);
        Set<String> flags = new LinkedHashSet<>();
        if (json != null) {
            Matcher m = QUOTED.matcher(json);
            while (m.find()) {
                flags.add(m.group(1));
            }
        }
        return flags;
    }

    public static boolean isPrimaryKey(Field field) {
        return columnFlags(field).contains("pk");
    }

    /** Nullable unless the Arrow field says not, or the flags say NOT NULL or PRIMARY KEY. */
    public static boolean isNullable(Field field) {
        Set<String> flags = columnFlags(field);
        return field.nullable() && !flags.contains("nn") && !flags.contains("pk");
    }
}
