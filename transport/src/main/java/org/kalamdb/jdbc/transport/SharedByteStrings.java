package org.kalamdb.jdbc.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

import com.google.protobuf.ByteOutput;
import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;

/**
 * The bytes of a ByteString without copying them where protobuf allows it: a ByteString backed by
 * one array (what parsing a reply and the in-process server produce) hands that array over through
 * {@link UnsafeByteOperations#unsafeWriteTo}. Any other kind (a rope of pieces, a direct buffer)
 * is copied as {@link ByteString#toByteArray} would. The shared array must never be modified:
 * {@link IpcBytes} promises that.
 */
final class SharedByteStrings extends ByteOutput {

    private IpcBytes whole;
    /** More than one piece, or a piece not on a heap array: copy instead. */
    private boolean fragmented;

    private SharedByteStrings() {
    }

    static IpcBytes of(ByteString value) {
        if (value.isEmpty()) {
            return IpcBytes.EMPTY;
        }
        SharedByteStrings out = new SharedByteStrings();
        try {
            UnsafeByteOperations.unsafeWriteTo(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);    // cannot happen: nothing here does I/O
        }
        if (out.fragmented || out.whole == null || out.whole.length() != value.size()) {
            return IpcBytes.of(value.toByteArray());
        }
        return out.whole;
    }

    @Override
    public void writeLazy(byte[] value, int offset, int length) {
        if (whole == null && !fragmented) {
            whole = new IpcBytes(value, offset, length);
        } else {
            fragmented = true;
        }
    }

    @Override
    public void writeLazy(ByteBuffer value) {
        if (whole == null && !fragmented && value.hasArray()) {
            whole = new IpcBytes(value.array(), value.arrayOffset() + value.position(), value.remaining());
        } else {
            fragmented = true;
        }
    }

    @Override
    public void write(byte value) {
        fragmented = true;
    }

    @Override
    public void write(byte[] value, int offset, int length) {
        fragmented = true;
    }

    @Override
    public void write(ByteBuffer value) {
        fragmented = true;
    }
}
