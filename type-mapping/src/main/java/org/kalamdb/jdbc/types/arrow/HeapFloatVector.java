package org.kalamdb.jdbc.types.arrow;

import java.util.List;

/** Float16 (HALF), Float32 and Float64; getDouble widens exactly. */
final class HeapFloatVector extends HeapVector {

    private final BufferSlice data;
    private final int width;

    HeapFloatVector(Field field, int size, BufferSlice validity, int nullCount, BufferSlice data, int width) {
        super(field, size, validity, nullCount);
        this.data = data;
        this.width = width;
    }

    @Override
    public double getDouble(int row) {
        int at = data.offset() + checkRow(row) * width;
        byte[] a = data.array();
        return switch (width) {
            case 2 -> HalfFloat.toFloat(LittleEndian.getShort(a, at));
            case 4 -> LittleEndian.getFloat(a, at);
            default -> LittleEndian.getDouble(a, at);
        };
    }

    @Override
    void appendBuffers(List<BufferSlice> out) {
        out.add(validityForWrite());
        out.add(new BufferSlice(data.array(), data.offset(), size() * width));
    }
}
