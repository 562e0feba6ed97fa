package org.kalamdb.jdbc.types.arrow;

/**
 * Accumulates the slots of one column. Appending is two-phase so that a row is all-or-nothing:
 * {@link #prepare} converts (and may refuse) a value without touching any buffer, then
 * {@link #append} stores the prepared value, which cannot fail. {@link #appendValue} is the
 * single-step form for builders that discard the whole column when a value is refused
 * ({@link ColumnBatchBuilder}); subclasses give it a fast path for the values they store as they are.
 */
abstract class ColumnBuilder {

    /** The slot count assumed when the caller gives none (row-by-row building). */
    static final int DEFAULT_SLOTS = 8;

    final Field field;
    private final int expectedSlots;
    /** null until the first null slot: a column without nulls writes no bitmap at all. */
    private BitmapBuilder validity;
    private int size;
    private int nullCount;

    ColumnBuilder(Field field, int expectedSlots) {
        this.field = field;
        this.expectedSlots = expectedSlots;
    }

    static ColumnBuilder forField(Field field) {
        return forField(field, DEFAULT_SLOTS);
    }

    /** A builder whose buffers are sized for {@code expectedSlots} slots (it still grows past them). */
    static ColumnBuilder forField(Field field, int expectedSlots) {
        ArrowType type = field.type();
        if (type instanceof ArrowType.Null) {
            return new NullColumnBuilder(field);
        } else if (type instanceof ArrowType.Bool) {
            return new BoolColumnBuilder(field, expectedSlots);
        } else if (type instanceof ArrowType.Int || type instanceof ArrowType.Date || type instanceof ArrowType.Time
                || type instanceof ArrowType.Timestamp || type instanceof ArrowType.Duration) {
            return new IntColumnBuilder(field, expectedSlots);
        } else if (type instanceof ArrowType.FloatingPoint) {
            return new FloatColumnBuilder(field, expectedSlots);
        } else if (type instanceof ArrowType.Decimal) {
            return new DecimalColumnBuilder(field, expectedSlots);
        } else if (type instanceof ArrowType.FixedSizeBinary) {
            return new FixedBinaryColumnBuilder(field, expectedSlots);
        } else if (type instanceof ArrowType.Utf8 || type instanceof ArrowType.LargeUtf8
                || type instanceof ArrowType.Binary || type instanceof ArrowType.LargeBinary) {
            return new VarBinaryColumnBuilder(field, expectedSlots);
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
        return size;
    }

    /** Converts a value (null allowed) into its stored form; IllegalArgumentException if it does not fit. */
    final Object prepareNullable(Object value) {
        return value == null ? null : prepare(value);
    }

    /** Appends a prepared value (or null for a null slot). */
    final void append(Object prepared) {
        if (prepared == null) {
            appendNull();
        } else {
            markValid();
            appendPrepared(prepared);
        }
    }

    /**
     * Converts and appends one value (null allowed) in one step. When the value is refused
     * (IllegalArgumentException) the slot may be half-written: the caller discards this builder.
     */
    void appendValue(Object value) {
        append(prepareNullable(value));
    }

    /** Appends a null slot. */
    final void appendNull() {
        if (validity == null) {
            validity = new BitmapBuilder(Math.max(expectedSlots, size + 1));
            validity.appendOnes(size);
        }
        validity.append(false);
        size++;
        nullCount++;
        appendEmpty();
    }

    /** Records a valid slot; the subclass then writes its value bytes. */
    final void markValid() {
        if (validity != null) {
            validity.append(true);
        }
        size++;
    }

    /** Appends a valid slot holding the type's zero (used for the child slots of a null fixed-size list). */
    final void appendZero() {
        markValid();
        appendEmpty();
    }

    /** Appends slot {@code row} of a vector of the same Arrow type, null or not. */
    final void copy(ColumnVector source, int row) {
        if (source.isNull(row)) {
            appendNull();
        } else {
            markValid();
            copyValue(source, row);
        }
    }

    final HeapVector build() {
        return build(validity == null ? BufferSlice.EMPTY : validity.toSlice(), nullCount);
    }

    /** Never called with null. */
    abstract Object prepare(Object value);

    abstract void appendPrepared(Object prepared);

    /** The value bytes of a null (or zero) slot. */
    abstract void appendEmpty();

    abstract void copyValue(ColumnVector source, int row);

    abstract HeapVector build(BufferSlice validity, int nullCount);
}
