package org.kalamdb.jdbc.types.arrow;

import java.util.List;

/** Struct: a validity bitmap over member vectors of the same length. */
final class HeapStructVector extends HeapVector {

    private final List<HeapVector> members;

    HeapStructVector(Field field, int size, BufferSlice validity, int nullCount, List<HeapVector> members) {
        super(field, size, validity, nullCount);
        this.members = List.copyOf(members);
    }

    @Override
    public int childCount() {
        return members.size();
    }

    @Override
    public ColumnVector child(int index) {
        return members.get(index);
    }

    @Override
    void appendBuffers(List<BufferSlice> out) {
        out.add(validityForWrite());
    }

    @Override
    List<HeapVector> childVectors() {
        return members;
    }
}
