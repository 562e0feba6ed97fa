package org.kalamdb.jdbc.types.arrow;

/** Arrow bitmaps (validity and Boolean values): bit i of the buffer is byte i/8, bit i%8 (LSB first). */
final class Bitmaps {

    private Bitmaps() {
    }

    static boolean get(byte[] array, int offset, int index) {
        return (array[offset + (index >>> 3)] & (1 << (index & 7))) != 0;
    }

    static int bytesFor(int bits) {
        return (bits + 7) >>> 3;
    }
}
