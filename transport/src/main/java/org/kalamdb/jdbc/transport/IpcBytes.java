package org.kalamdb.jdbc.transport;

import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of one Arrow IPC stream of a reply: a window on an array that is shared with the reply
 * message, not copied out of it (a full scan's reply is tens of megabytes). The array may back the
 * protobuf message or the in-process server's own buffer, so nothing may ever write to it.
 */
public record IpcBytes(byte[] array, int offset, int length) {

    public static final IpcBytes EMPTY = new IpcBytes(new byte[0], 0, 0);

    public IpcBytes {
        Objects.requireNonNull(array, "array");
        Objects.checkFromIndexSize(offset, length, array.length);
    }

    /** The whole array. */
    public static IpcBytes of(byte[] array) {
        return new IpcBytes(array, 0, array.length);
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(array, offset, offset + length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpcBytes other && Arrays.equals(array, offset, offset + length,
                other.array, other.offset, other.offset + other.length);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + array[i];
        }
        return h;
    }

    @Override
    public String toString() {
        return "IpcBytes[" + length + " bytes]";
    }
}
