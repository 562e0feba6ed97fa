package org.kalamdb.jdbc.types.arrow;

/**
 * Accumulates the slots of one column. Appending is two-phase so that a row is all-or-nothing:
 * {@link #prepare} converts (and may refuse) a value without touching any buffer, then
 * {@link #append} stores the prepared value, which cannot fail.
 */
abstract class ColumnBuilder {

    final Field field;
    private final BitmapBuilder validity = new BitmapBuilder();
    private int nullCount;

    ColumnBuilder(Field field) {
        this.field = field;
    }

    static ColumnBuilder forField(Field field) {
        ArrowType type = field.type();
        if (type instanceof ArrowType.Null) {
            return new NullColumnBuilder(field);
        } else if (type instanceof ArrowType.Bool) {
            return new BoolColumnBuilder(field);
        } else if (type instanceof ArrowType.Int || type instanceof ArrowType.Date || type instanceof ArrowType.Time
                || type instanceof ArrowType.Timestamp || type instanceof ArrowType.Duration) {
            return new IntColumnBuilder(field);
        } else if (type instanceof ArrowType.FloatingPoint) {
            return new FloatColumnBuilder(field);
        } else if (type instanceof ArrowType.Decimal) {
            return new DecimalColumnBuilder(field);
        } else if (type instanceof ArrowType.FixedSizeBinary) {
            return new FixedBinaryColumnBuilder(field);
        } else if (type instanceof ArrowType.Utf8 || type instanceof ArrowType.LargeUtf8
                || type instanceof ArrowType.Binary || type instanceof ArrowType.LargeBinary) {
            return new VarBinaryColumnBuilder(field);
        } else if (type instanceof ArrowType.Utf8View || type instanceof ArrowType.BinaryView) {
            return new BinaryViewColumnBuilder(field);
        } else if (type instanceof ArrowType.List || type instanceof ArrowType.LargeList
                || type instanceof ArrowType.FixedSizeList) {
            return new ListColumnBuilder(field);
        } else if (type instanceof ArrowType.Struct) {
            return new StructColumnBuilder(field);
        }
        throw new IllegalArgumentException("column '" + field.name() + "': no builder for Arrow type " + type);
    }

    final int size() {
        return validity.count();
    }

    /** Converts a value (null allowed) into its stored form; IllegalArgumentException if it does not fit. */
    final Object prepareNullable(Object value) {
        return value == null ? null : prepare(value);
    }

    /** Appends a prepared value (or null for a null slot). */
    final void append(Object prepared) {
        if (prepared == null) {
            validity.append(false);
            nullCount++;
            appendEmpty();
        } else {
            validity.append(true);
            appendPrepared(prepared);
        }
    }

    /** Appends a valid slot holding the type's zero (used for the child slots of a null fixed-size list). */
    final void appendZero() {
        validity.append(true);
        appendEmpty();
    }

    /** Appends slot {@code row} of a vector of the same Arrow type, null or not. */
    final void copy(ColumnVector source, int row) {
        if (source.isNull(row)) {
            append(null);
        } else {
            validity.append(true);
            copyValue(source, row);
        }
    }

    final HeapVector build() {
        return build(validity.toSlice(), nullCount);
    }

    /** Never called with null. */
    abstract Object prepare(Object value);

    abstract void appendPrepared(Object prepared);

    /** The value bytes of a null (or zero) slot. */
    abstract void appendEmpty();

    abstract void copyValue(ColumnVector source, int row);

    abstract HeapVector build(BufferSlice validity, int nullCount);
}
