package org.kalamdb.jdbc.types.arrow;

import java.util.List;

/** List and LargeList: offsets (32- or 64-bit) into one child vector. */
final class HeapListVector extends HeapVector {

    private final BufferSlice offsets;
    private final boolean largeOffsets;
    private final HeapVector child;

    HeapListVector(Field field, int size, BufferSlice validity, int nullCount, BufferSlice offsets,
                   boolean largeOffsets, HeapVector child) {
        super(field, size, validity, nullCount);
        this.offsets = offsets;
        this.largeOffsets = largeOffsets;
        this.child = child;
    }

    int offsetAt(int index) {
        byte[] a = offsets.array();
        return largeOffsets
                ? (int) LittleEndian.getLong(a, offsets.offset() + index * 8)
                : LittleEndian.getInt(a, offsets.offset() + index * 4);
    }

    @Override
    public ColumnVector child() {
        return child;
    }

    @Override
    public int childCount() {
        return 1;
    }

    @Override
    public int listStart(int row) {
        return offsetAt(checkRow(row));
    }

    @Override
    public int listLength(int row) {
        return offsetAt(checkRow(row) + 1) - offsetAt(row);
    }

    @Override
    void appendBuffers(List<BufferSlice> out) {
        out.add(validityForWrite());
        int width = largeOffsets ? 8 : 4;
        out.add(size() == 0 ? new BufferSlice(new byte[width], 0, width)
                : new BufferSlice(offsets.array(), offsets.offset(), (size() + 1) * width));
    }

    @Override
    List<HeapVector> childVectors() {
        return List.of(child);
    }
}
