package org.kalamdb.jdbc.types.arrow;

/**
 * A window on a heap byte array: one Arrow buffer. Decoded vectors point into the IPC bytes they
 * came from (no copy); built vectors own their arrays.
 */
record BufferSlice(byte[] array, int offset, int length) {

    static final BufferSlice EMPTY = new BufferSlice(new byte[0], 0, 0);

    BufferSlice {
        if (offset < 0 || length < 0 || offset > array.length - length) {
            throw new IllegalArgumentException("slice [" + offset + ", +" + length + ") outside an array of "
                    + array.length + " bytes");
        }
    }

    static BufferSlice of(byte[] array, int length) {
        return new BufferSlice(array, 0, length);
    }
}
