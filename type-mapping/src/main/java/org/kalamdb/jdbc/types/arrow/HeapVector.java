package org.kalamdb.jdbc.types.arrow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Base of the codec's column vectors: a field, a slot count and an optional validity bitmap over
 * heap bytes. Subclasses add the value buffers of one physical layout and override the getters
 * that fit it; the others throw {@link IllegalStateException} as {@link ColumnVector} promises.
 * The writer walks vectors through {@link #appendBuffers} and {@link #childVectors}.
 */
abstract sealed class HeapVector implements ColumnVector
        permits HeapNullVector, HeapBoolVector, HeapIntVector, HeapFloatVector, HeapDecimalVector,
        HeapFixedBinaryVector, HeapVarBinaryVector, HeapBinaryViewVector, HeapListVector,
        HeapFixedSizeListVector, HeapStructVector {

    private final Field field;
    private final int size;
    /** null when every slot is valid (no bitmap in the stream, or null count 0). */
    private final BufferSlice validity;
    private final int nullCount;

    HeapVector(Field field, int size, BufferSlice validity, int nullCount) {
        this.field = field;
        this.size = size;
        this.validity = nullCount == 0 ? null : validity;
        this.nullCount = nullCount;
    }

    @Override
    public final Field field() {
        return field;
    }

    @Override
    public final int size() {
        return size;
    }

    @Override
    public final int nullCount() {
        return nullCount;
    }

    @Override
    public boolean isNull(int row) {
        Objects.checkIndex(row, size);
        return validity != null && !Bitmaps.get(validity.array(), validity.offset(), row);
    }

    /** Validity buffer as written: empty when there are no nulls (the format allows omitting it). */
    final BufferSlice validityForWrite() {
        return validity == null ? BufferSlice.EMPTY
                : new BufferSlice(validity.array(), validity.offset(), Bitmaps.bytesFor(size));
    }

    /** The buffers of this vector (not its children), in Arrow layout order. */
    abstract void appendBuffers(List<BufferSlice> out);

    /** Child vectors in field order (list element, struct members); empty for flat types. */
    List<HeapVector> childVectors() {
        return List.of();
    }

    /** Number of variadic data buffers (view types only), -1 for every other type. */
    int variadicBufferCount() {
        return -1;
    }

    final int checkRow(int row) {
        return Objects.checkIndex(row, size);
    }

    final IllegalStateException misfit(String getter) {
        return new IllegalStateException("column '" + field.name() + "' of Arrow type " + field.type()
                + " has no " + getter);
    }

    @Override
    public boolean getBoolean(int row) {
        throw misfit("getBoolean");
    }

    @Override
    public long getLong(int row) {
        throw misfit("getLong");
    }

    @Override
    public double getDouble(int row) {
        throw misfit("getDouble");
    }

    @Override
    public BigDecimal getDecimal(int row) {
        throw misfit("getDecimal");
    }

    @Override
    public String getString(int row) {
        throw misfit("getString");
    }

    @Override
    public byte[] getBytes(int row) {
        throw misfit("getBytes");
    }

    @Override
    public ColumnVector child() {
        throw misfit("child");
    }

    @Override
    public int listStart(int row) {
        throw misfit("listStart");
    }

    @Override
    public int listLength(int row) {
        throw misfit("listLength");
    }
}
