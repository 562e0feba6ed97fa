package org.kalamdb.jdbc.types.access;

import java.sql.ResultSetMetaData;
import java.sql.Types;

import org.kalamdb.jdbc.types.FieldTypes;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * What ResultSetMetaData and DatabaseMetaData.getColumns report for one column.
 *
 * @param sqlType       a {@link java.sql.Types} constant
 * @param typeName      the KalamDB SQL type name ({@code BIGINT}, {@code DECIMAL(10, 2)},
 *                      {@code EMBEDDING(384)}, ...) or a sensible name for other Arrow types
 * @param precision     digits for numbers, characters for text and temporal values, bytes or
 *                      dimensions otherwise; {@link Integer#MAX_VALUE} when unbounded
 * @param scale         fraction digits (DECIMAL scale, 6 for microsecond times), else 0
 * @param displaySize   the widest text form, in characters
 * @param javaClassName the class of {@code getObject}
 * @param nullable      false for NOT NULL and PRIMARY KEY columns
 * @param signed        whether the values are signed numbers
 * @param primaryKey    the {@code pk} column flag
 * @param kalamType     the KalamDB type, or null for an Arrow type KalamDB does not use
 */
public record ColumnTypeInfo(int sqlType, String typeName, int precision, int scale, int displaySize,
                             String javaClassName, boolean nullable, boolean signed, boolean primaryKey,
                             KalamType kalamType) {

    private static final int UNBOUNDED = Integer.MAX_VALUE;

    /** {@link ResultSetMetaData#columnNoNulls} or {@link ResultSetMetaData#columnNullable}. */
    public int jdbcNullability() {
        return nullable ? ResultSetMetaData.columnNullable : ResultSetMetaData.columnNoNulls;
    }

    /** Text columns compare case-sensitively; nothing else is case-sensitive. */
    public boolean caseSensitive() {
        return sqlType == Types.VARCHAR;
    }

    public static ColumnTypeInfo of(Field field) {
        KalamType kalam = FieldTypes.kalamType(field);
        boolean nullable = FieldTypes.isNullable(field);
        boolean pk = FieldTypes.isPrimaryKey(field);
        Shape shape = kalam != null && fits(kalam, field.type()) ? kalamShape(kalam) : arrowShape(field);
        return new ColumnTypeInfo(shape.sqlType, shape.name, shape.precision, shape.scale, shape.displaySize,
                shape.javaClass, nullable, shape.signed, pk, kalam);
    }

    /** Metadata that contradicts the Arrow type is ignored (the values are read by the Arrow type). */
    private static boolean fits(KalamType kalam, ArrowType arrow) {
        ArrowType expected = kalam.arrowType();
        if (expected.equals(arrow)) {
            return true;
        }
        boolean text = kalam.kind() == KalamType.Kind.TEXT || kalam.kind() == KalamType.Kind.JSON
                || kalam.kind() == KalamType.Kind.FILE;
        return text && (arrow instanceof ArrowType.LargeUtf8 || arrow instanceof ArrowType.Utf8View);
    }

    private record Shape(int sqlType, String name, int precision, int scale, int displaySize, String javaClass,
                         boolean signed) {
    }

    private static Shape kalamShape(KalamType t) {
        return switch (t.kind()) {
            case BOOLEAN -> new Shape(Types.BOOLEAN, "BOOLEAN", 1, 0, 5, "java.lang.Boolean", false);
            case SMALLINT -> new Shape(Types.SMALLINT, "SMALLINT", 5, 0, 6, "java.lang.Integer", true);
            case INT -> new Shape(Types.INTEGER, "INT", 10, 0, 11, "java.lang.Integer", true);
            case BIGINT -> new Shape(Types.BIGINT, "BIGINT", 19, 0, 20, "java.lang.Long", true);
            case FLOAT -> new Shape(Types.REAL, "FLOAT", 7, 0, 15, "java.lang.Float", true);
            case DOUBLE -> new Shape(Types.DOUBLE, "DOUBLE", 15, 0, 25, "java.lang.Double", true);
            case DECIMAL -> new Shape(Types.DECIMAL, t.sqlName(), t.precision(), t.scale(),
                    t.precision() + (t.scale() > 0 ? 2 : 1), "java.math.BigDecimal", true);
            case TEXT, JSON, FILE -> new Shape(Types.VARCHAR, t.sqlName(), UNBOUNDED, 0, UNBOUNDED,
                    "java.lang.String", false);
            case BYTES -> new Shape(Types.VARBINARY, "BYTES", UNBOUNDED, 0, UNBOUNDED, "[B", false);
            case UUID -> new Shape(Types.OTHER, "UUID", 36, 0, 36, "java.util.UUID", false);
            case DATE -> new Shape(Types.DATE, "DATE", 10, 0, 10, "java.sql.Date", false);
            case TIME -> new Shape(Types.TIME, "TIME", 15, 6, 15, "java.sql.Time", false);
            case TIMESTAMP -> new Shape(Types.TIMESTAMP, "TIMESTAMP", 26, 6, 26, "java.sql.Timestamp", false);
            case DATETIME -> new Shape(Types.TIMESTAMP_WITH_TIMEZONE, "DATETIME", 32, 6, 32,
                    "java.time.OffsetDateTime", false);
            case EMBEDDING -> new Shape(Types.OTHER, t.sqlName(), t.dimension(), 0, UNBOUNDED, "[F", true);
        };
    }

    /** Arrow types without a KalamDB meaning (other writers, computed SQL columns). */
    private static Shape arrowShape(Field field) {
        ArrowType type = field.type();
        if (type instanceof ArrowType.Null) {
            return new Shape(Types.NULL, "NULL", 0, 0, 4, "java.lang.Object", false);
        } else if (type instanceof ArrowType.Bool) {
            return kalamShape(KalamType.BOOLEAN);
        } else if (type instanceof ArrowType.Int t) {
            return intShape(t);
        } else if (type instanceof ArrowType.FloatingPoint t) {
            return switch (t.precision()) {
                case HALF -> new Shape(Types.REAL, "FLOAT16", 3, 0, 10, "java.lang.Float", true);
                case SINGLE -> kalamShape(KalamType.FLOAT);
                case DOUBLE -> kalamShape(KalamType.DOUBLE);
            };
        } else if (type instanceof ArrowType.Decimal t) {
            String name = "DECIMAL(" + t.precision() + ", " + t.scale() + ")";
            return new Shape(Types.DECIMAL, name, t.precision(), t.scale(), t.precision() + (t.scale() > 0 ? 2 : 1),
                    "java.math.BigDecimal", true);
        } else if (type instanceof ArrowType.Utf8 || type instanceof ArrowType.LargeUtf8
                || type instanceof ArrowType.Utf8View) {
            return kalamShape(KalamType.TEXT);
        } else if (type instanceof ArrowType.Binary || type instanceof ArrowType.LargeBinary
                || type instanceof ArrowType.BinaryView) {
            return kalamShape(KalamType.BYTES);
        } else if (type instanceof ArrowType.FixedSizeBinary t) {
            return new Shape(Types.BINARY, "BINARY(" + t.byteWidth() + ")", t.byteWidth(), 0, 2 + 2 * t.byteWidth(),
                    "[B", false);
        } else if (type instanceof ArrowType.Date) {
            return kalamShape(KalamType.DATE);
        } else if (type instanceof ArrowType.Time t) {
            int scale = fractionDigits(t.unit());
            return new Shape(Types.TIME, "TIME", 8 + (scale > 0 ? scale + 1 : 0), scale, 8 + (scale > 0 ? scale + 1 : 0),
                    "java.sql.Time", false);
        } else if (type instanceof ArrowType.Timestamp t) {
            int scale = fractionDigits(t.unit());
            int width = 19 + (scale > 0 ? scale + 1 : 0);
            return t.timezone() == null
                    ? new Shape(Types.TIMESTAMP, "TIMESTAMP", width, scale, width, "java.sql.Timestamp", false)
                    : new Shape(Types.TIMESTAMP_WITH_TIMEZONE, "DATETIME", width + 6, scale, width + 6,
                            "java.time.OffsetDateTime", false);
        } else if (type instanceof ArrowType.Duration) {
            return new Shape(Types.OTHER, "DURATION", 20, 0, UNBOUNDED, "java.time.Duration", true);
        } else if (type instanceof ArrowType.FixedSizeList t && !field.children().isEmpty()
                && field.children().get(0).type() instanceof ArrowType.FloatingPoint) {
            return new Shape(Types.OTHER, "EMBEDDING(" + t.listSize() + ")", t.listSize(), 0, UNBOUNDED, "[F", true);
        } else if (type instanceof ArrowType.List || type instanceof ArrowType.LargeList
                || type instanceof ArrowType.FixedSizeList) {
            String element = field.children().isEmpty() ? "NULL" : of(field.children().get(0)).typeName();
            return new Shape(Types.OTHER, element + "[]", UNBOUNDED, 0, UNBOUNDED, "java.util.List", false);
        } else if (type instanceof ArrowType.Struct) {
            return new Shape(Types.OTHER, "STRUCT", UNBOUNDED, 0, UNBOUNDED, "java.util.Map", false);
        }
        return new Shape(Types.OTHER, type.toString(), UNBOUNDED, 0, UNBOUNDED, "java.lang.Object", false);
    }

    private static Shape intShape(ArrowType.Int t) {
        if (t.signed()) {
            return switch (t.bitWidth()) {
                case 8 -> new Shape(Types.TINYINT, "TINYINT", 3, 0, 4, "java.lang.Integer", true);
                case 16 -> kalamShape(KalamType.SMALLINT);
                case 32 -> kalamShape(KalamType.INT);
                default -> kalamShape(KalamType.BIGINT);
            };
        }
        return switch (t.bitWidth()) {
            case 8 -> new Shape(Types.SMALLINT, "UINT8", 3, 0, 3, "java.lang.Integer", false);
            case 16 -> new Shape(Types.INTEGER, "UINT16", 5, 0, 5, "java.lang.Integer", false);
            case 32 -> new Shape(Types.BIGINT, "UINT32", 10, 0, 10, "java.lang.Long", false);
            default -> new Shape(Types.NUMERIC, "UINT64", 20, 0, 20, "java.math.BigInteger", false);
        };
    }

    private static int fractionDigits(ArrowType.TimeUnit unit) {
        return switch (unit) {
            case SECOND -> 0;
            case MILLISECOND -> 3;
            case MICROSECOND -> 6;
            case NANOSECOND -> 9;
        };
    }
}
