package org.kalamdb.jdbc.types.arrow;

import java.util.List;

/**
 * Writes the Arrow IPC stream format (metadata V5, 8-byte aligned bodies, continuation markers,
 * end-of-stream marker) on the heap (CONTRACT: implementation pending in issue 3).
 */
public final class ArrowIpcWriter {

    private ArrowIpcWriter() {
    }

    /** One complete stream: the schema message, one message per batch, end of stream. */
    public static byte[] write(Schema schema, List<RecordBatch> batches) {
        throw new UnsupportedOperationException("Arrow IPC writer not implemented yet");
    }
}
