package org.kalamdb.jdbc.types.arrow;

import java.util.List;

/** Arrow Null: every slot is null and there are no buffers (metadata V5). */
final class HeapNullVector extends HeapVector {

    HeapNullVector(Field field, int size) {
        super(field, size, null, size);
    }

    @Override
    public boolean isNull(int row) {
        checkRow(row);
        return true;
    }

    @Override
    void appendBuffers(List<BufferSlice> out) {
        // the Null layout has no buffers
    }
}
