package org.kalamdb.jdbc.types.arrow;

import java.util.Arrays;

/**
 * An append-only little-endian byte buffer that grows by doubling; the builders' storage. Callers
 * that know the final size pass it as the initial capacity, so that the buffer holds no slack.
 */
final class GrowableBuffer {

    private byte[] bytes;
    private int position;

    GrowableBuffer(int initialCapacity) {
        bytes = new byte[Math.max(initialCapacity, 8)];
    }

    int position() {
        return position;
    }

    byte[] array() {
        return bytes;
    }

    private void ensure(int extra) {
        int needed = position + extra;
        if (needed < 0) {
            throw new IllegalStateException("Arrow buffer larger than 2 GiB");
        }
        if (needed > bytes.length) {
            long grown = Math.max((long) bytes.length * 2, needed);
            bytes = Arrays.copyOf(bytes, (int) Math.min(grown, Integer.MAX_VALUE - 8));
        }
    }

    void putByte(byte v) {
        ensure(1);
        bytes[position++] = v;
    }

    void putShort(short v) {
        ensure(2);
        LittleEndian.putShort(bytes, position, v);
        position += 2;
    }

    void putInt(int v) {
        ensure(4);
        LittleEndian.putInt(bytes, position, v);
        position += 4;
    }

    void putLong(long v) {
        ensure(8);
        LittleEndian.putLong(bytes, position, v);
        position += 8;
    }

    void putFloat(float v) {
        ensure(4);
        LittleEndian.putFloat(bytes, position, v);
        position += 4;
    }

    void putDouble(double v) {
        ensure(8);
        LittleEndian.putDouble(bytes, position, v);
        position += 8;
    }

    void putBytes(byte[] v) {
        putBytes(v, 0, v.length);
    }

    void putBytes(byte[] v, int from, int length) {
        ensure(length);
        System.arraycopy(v, from, bytes, position, length);
        position += length;
    }

    /** {@code v} as a big-endian 64-bit value (the byte order of a UUID in FixedSizeBinary(16)). */
    void putLongBigEndian(long v) {
        putLong(Long.reverseBytes(v));
    }

    void putZeros(int length) {
        ensure(length);
        // the array is zero-filled on allocation and never rewritten below position
        position += length;
    }

    /** The written bytes as an array of exactly that length: the buffer's own array when it is full. */
    byte[] toArray() {
        return position == bytes.length ? bytes : Arrays.copyOf(bytes, position);
    }

    BufferSlice toSlice() {
        return BufferSlice.of(bytes, position);
    }
}
