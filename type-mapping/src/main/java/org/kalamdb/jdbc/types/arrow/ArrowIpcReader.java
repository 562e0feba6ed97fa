package org.kalamdb.jdbc.types.arrow;

/**
 * Reads the Arrow IPC stream format from heap bytes (CONTRACT: implementation pending in the
 * codec work of issue 3).
 */
public final class ArrowIpcReader {

    private ArrowIpcReader() {
    }

    /** Decodes one complete IPC stream (schema, batches, end of stream). Empty input: schema null. */
    public static IpcStream read(byte[] stream) {
        return read(stream, 0, stream.length);
    }

    public static IpcStream read(byte[] buffer, int offset, int length) {
        throw new UnsupportedOperationException("Arrow IPC reader not implemented yet");
    }
}
