package org.kalamdb.jdbc.types.arrow;

import java.util.List;

/** FixedSizeList(n): row r owns child slots [r*n, r*n+n), null rows included. KalamDB's EMBEDDING. */
final class HeapFixedSizeListVector extends HeapVector {

    private final int listSize;
    private final HeapVector child;

    HeapFixedSizeListVector(Field field, int size, BufferSlice validity, int nullCount, int listSize,
                            HeapVector child) {
        super(field, size, validity, nullCount);
        this.listSize = listSize;
        this.child = child;
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
        return checkRow(row) * listSize;
    }

    @Override
    public int listLength(int row) {
        checkRow(row);
        return listSize;
    }

    @Override
    void appendBuffers(List<BufferSlice> out) {
        out.add(validityForWrite());
    }

    @Override
    List<HeapVector> childVectors() {
        return List.of(child);
    }
}
