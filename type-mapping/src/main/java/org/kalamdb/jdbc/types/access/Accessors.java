package org.kalamdb.jdbc.types.access;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kalamdb.jdbc.types.FieldTypes;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * Chooses the accessor of a column once, from its Arrow type and its KalamDB type (the
 * {@code kalam_data_type} metadata tells UUID from other FixedSizeBinary(16) and EMBEDDING from
 * other fixed-size lists; TEXT, JSON and FILE all read as their text).
 */
public final class Accessors {

    /**
     * Accessors are stateless and depend on the field alone, and a server sends few distinct fields
     * (its tables' columns): each is chosen once. Bounded: emptied when full.
     */
    private static final Map<Field, ColumnAccessor> CHOSEN = new ConcurrentHashMap<>();
    private static final int MAX_CHOSEN = 1024;

    private Accessors() {
    }

    public static List<ColumnAccessor> forSchema(Schema schema) {
        return schema.fields().stream().map(Accessors::forField).toList();
    }

    public static ColumnAccessor forField(Field field) {
        ColumnAccessor accessor = CHOSEN.get(field);
        if (accessor == null) {
            accessor = choose(field);
            if (CHOSEN.size() >= MAX_CHOSEN) {
                CHOSEN.clear();
            }
            CHOSEN.put(field, accessor);
        }
        return accessor;
    }

    private static ColumnAccessor choose(Field field) {
        ArrowType type = field.type();
        KalamType kalam = FieldTypes.kalamType(field);
        if (type instanceof ArrowType.Null) {
            return new NullAccessor(field);
        } else if (type instanceof ArrowType.Bool) {
            return new BooleanAccessor(field);
        } else if (type instanceof ArrowType.Int t) {
            if (!t.signed() && t.bitWidth() == 64) {
                return new UInt64Accessor(field);
            }
            boolean boxAsLong = t.bitWidth() == 64 || (!t.signed() && t.bitWidth() == 32);
            return new IntegerAccessor(field, boxAsLong);
        } else if (type instanceof ArrowType.FloatingPoint t) {
            return new FloatingAccessor(field, t.precision() != ArrowType.Precision.DOUBLE);
        } else if (type instanceof ArrowType.Decimal) {
            return new DecimalAccessor(field);
        } else if (type instanceof ArrowType.Utf8 || type instanceof ArrowType.LargeUtf8
                || type instanceof ArrowType.Utf8View) {
            return new TextAccessor(field);
        } else if (type instanceof ArrowType.FixedSizeBinary t) {
            return t.byteWidth() == 16 && kalam != null && kalam.kind() == KalamType.Kind.UUID
                    ? new UuidAccessor(field) : new BinaryAccessor(field);
        } else if (type instanceof ArrowType.Binary || type instanceof ArrowType.LargeBinary
                || type instanceof ArrowType.BinaryView) {
            return new BinaryAccessor(field);
        } else if (type instanceof ArrowType.Date) {
            return new DateAccessor(field);
        } else if (type instanceof ArrowType.Time) {
            return new TimeAccessor(field);
        } else if (type instanceof ArrowType.Timestamp t) {
            return t.timezone() == null ? new TimestampAccessor(field) : new TimestampTzAccessor(field);
        } else if (type instanceof ArrowType.Duration) {
            return new DurationAccessor(field);
        } else if (type instanceof ArrowType.FixedSizeList && isFloatList(field)) {
            return new EmbeddingAccessor(field);
        } else if (type instanceof ArrowType.List || type instanceof ArrowType.LargeList
                || type instanceof ArrowType.FixedSizeList) {
            return new ListAccessor(field);
        } else if (type instanceof ArrowType.Struct) {
            return new StructAccessor(field);
        }
        throw new IllegalArgumentException("no accessor for column '" + field.name() + "' of Arrow type " + type);
    }

    private static boolean isFloatList(Field field) {
        return !field.children().isEmpty()
                && field.children().get(0).type() instanceof ArrowType.FloatingPoint;
    }
}
