package org.kalamdb.jdbc.types.arrow;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** Decimal32/64/128/256: little-endian two's-complement unscaled integers with the field's scale. */
final class HeapDecimalVector extends HeapVector {

    private final BufferSlice data;
    private final int width;
    private final int scale;

    HeapDecimalVector(Field field, int size, BufferSlice validity, int nullCount, BufferSlice data, int width,
                      int scale) {
        super(field, size, validity, nullCount);
        this.data = data;
        this.width = width;
        this.scale = scale;
    }

    @Override
    public BigDecimal getDecimal(int row) {
        int at = data.offset() + checkRow(row) * width;
        byte[] a = data.array();
        switch (width) {
            case 4:
                return BigDecimal.valueOf(LittleEndian.getInt(a, at), scale);
            case 8:
                return BigDecimal.valueOf(LittleEndian.getLong(a, at), scale);
            case 16: {
                long low = LittleEndian.getLong(a, at);
                long high = LittleEndian.getLong(a, at + 8);
                if (high == (low >> 63)) {
                    // fits in a long: the common case, no BigInteger needed
                    return BigDecimal.valueOf(low, scale);
                }
                return new BigDecimal(bigEndian(a, at), scale);
            }
            default:
                return new BigDecimal(bigEndian(a, at), scale);
        }
    }

    private BigInteger bigEndian(byte[] a, int at) {
        byte[] be = new byte[width];
        for (int i = 0; i < width; i++) {
            be[i] = a[at + width - 1 - i];
        }
        return new BigInteger(be);
    }

    @Override
    void appendBuffers(List<BufferSlice> out) {
        out.add(validityForWrite());
        out.add(new BufferSlice(data.array(), data.offset(), size() * width));
    }
}
