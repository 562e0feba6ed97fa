package org.kalamdb.jdbc.types.arrow;

import java.util.Arrays;
import java.util.List;

/** FixedSizeBinary(n); KalamDB's UUID is FixedSizeBinary(16) in RFC 4122 byte order. */
final class HeapFixedBinaryVector extends HeapVector {

    private final BufferSlice data;
    private final int width;

    HeapFixedBinaryVector(Field field, int size, BufferSlice validity, int nullCount, BufferSlice data, int width) {
        super(field, size, validity, nullCount);
        this.data = data;
        this.width = width;
    }

    @Override
    public byte[] getBytes(int row) {
        int at = data.offset() + checkRow(row) * width;
        return Arrays.copyOfRange(data.array(), at, at + width);
    }

    @Override
    void appendBuffers(List<BufferSlice> out) {
        out.add(validityForWrite());
        out.add(new BufferSlice(data.array(), data.offset(), size() * width));
    }
}
