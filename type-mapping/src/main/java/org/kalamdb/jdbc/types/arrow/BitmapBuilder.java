package org.kalamdb.jdbc.types.arrow;

import java.util.Arrays;

/** Appends bits LSB-first, as Arrow bitmaps want them. */
final class BitmapBuilder {

    private byte[] bits = new byte[8];
    private int count;

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

    int count() {
        return count;
    }

    BufferSlice toSlice() {
        return BufferSlice.of(bits, Bitmaps.bytesFor(count));
    }
}
