package org.kalamdb.jdbc.types.arrow;

import java.util.List;

/** Arrow Boolean: a values bitmap. */
final class HeapBoolVector extends HeapVector {

    private final BufferSlice values;

    HeapBoolVector(Field field, int size, BufferSlice validity, int nullCount, BufferSlice values) {
        super(field, size, validity, nullCount);
        this.values = values;
    }

    @Override
    public boolean getBoolean(int row) {
        return Bitmaps.get(values.array(), values.offset(), checkRow(row));
    }

    @Override
    void appendBuffers(List<BufferSlice> out) {
        out.add(validityForWrite());
        out.add(new BufferSlice(values.array(), values.offset(), Bitmaps.bytesFor(size())));
    }
}
