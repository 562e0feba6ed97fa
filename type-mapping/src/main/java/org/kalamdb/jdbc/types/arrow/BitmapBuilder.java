package org.kalamdb.jdbc.types.arrow;

import java.util.Arrays;

/** Appends bits LSB-first, as Arrow bitmaps want them. */
final class BitmapBuilder {

    private byte[] bits;
    private int count;

    BitmapBuilder() {
        this(64);
    }

    /** Room for {@code expectedBits} bits before the first growth. */
    BitmapBuilder(int expectedBits) {
        bits = new byte[Math.max(Bitmaps.bytesFor(expectedBits), 8)];
    }

    void append(boolean bit) {
        int byteIndex = count >>> 3;
        if (byteIndex == bits.length) {
            bits = Arrays.copyOf(bits, bits.length * 2);
        }
        if (bit) {
            bits[byteIndex] |= (byte) (1 << (count & 7));
        }
        count++;
    }

    /** Appends {@code n} set bits (the slots before a column's first null). */
    void appendOnes(int n) {
        for (int i = 0; i < n; i++) {
            append(true);
        }
    }

    int count() {
        return count;
    }

    BufferSlice toSlice() {
        return BufferSlice.of(bits, Bitmaps.bytesFor(count));
    }
}
