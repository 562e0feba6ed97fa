package org.kalamdb.jdbc.types.arrow;

import java.util.List;

/**
 * Fixed-width integers: Int8..Int64, UInt8..UInt64, and the temporal types stored as integers
 * (Date32/Date64, Time32/Time64, Timestamp, Duration).
 */
final class HeapIntVector extends HeapVector {

    private final BufferSlice data;
    private final int width;
    private final boolean signed;

    HeapIntVector(Field field, int size, BufferSlice validity, int nullCount, BufferSlice data, int width,
                  boolean signed) {
        super(field, size, validity, nullCount);
        this.data = data;
        this.width = width;
        this.signed = signed;
    }

    @Override
    public long getLong(int row) {
        int at = data.offset() + checkRow(row) * width;
        byte[] a = data.array();
        return switch (width) {
            case 1 -> signed ? a[at] : a[at] & 0xFFL;
            case 2 -> signed ? LittleEndian.getShort(a, at) : LittleEndian.getShort(a, at) & 0xFFFFL;
            case 4 -> signed ? LittleEndian.getInt(a, at) : LittleEndian.getInt(a, at) & 0xFFFF_FFFFL;
            default -> LittleEndian.getLong(a, at);
        };
    }

    @Override
    void appendBuffers(List<BufferSlice> out) {
        out.add(validityForWrite());
        out.add(new BufferSlice(data.array(), data.offset(), size() * width));
    }
}
