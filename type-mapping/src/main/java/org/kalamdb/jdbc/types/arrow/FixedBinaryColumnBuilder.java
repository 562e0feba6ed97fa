package org.kalamdb.jdbc.types.arrow;

import java.util.UUID;

/** FixedSizeBinary columns: byte[] of the exact width; UUID for width 16. */
final class FixedBinaryColumnBuilder extends ColumnBuilder {

    private final GrowableBuffer data;
    private final int width;

    FixedBinaryColumnBuilder(Field field, int expectedSlots) {
        super(field, expectedSlots);
        width = ((ArrowType.FixedSizeBinary) field.type()).byteWidth();
        data = new GrowableBuffer(Math.multiplyExact(expectedSlots, width));
    }

    @Override
    Object prepare(Object value) {
        return BuilderValues.fixedBinary(value, width, field);
    }

    /** A UUID is written as its two big-endian longs, without the 16-byte array of {@link #prepare}. */
    @Override
    void appendValue(Object value) {
        if (value instanceof UUID u && width == 16) {
            markValid();
            data.putLongBigEndian(u.getMostSignificantBits());
            data.putLongBigEndian(u.getLeastSignificantBits());
        } else {
            super.appendValue(value);
        }
    }

    @Override
    void appendPrepared(Object prepared) {
        data.putBytes((byte[]) prepared);
    }

    @Override
    void appendEmpty() {
        data.putZeros(width);
    }

    @Override
    void copyValue(ColumnVector source, int row) {
        data.putBytes(source.getBytes(row));
    }

    @Override
    HeapVector build(BufferSlice validity, int nullCount) {
        return new HeapFixedBinaryVector(field, size(), validity, nullCount, data.toSlice(), width);
    }
}
