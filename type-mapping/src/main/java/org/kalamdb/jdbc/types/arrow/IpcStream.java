package org.kalamdb.jdbc.types.arrow;

import java.util.List;

/**
 * The content of one Arrow IPC stream. {@code schema} is null only for an empty input (a reply
 * entry with no bytes); a stream with a schema and no batches has an empty batch list.
 */
public record IpcStream(Schema schema, List<RecordBatch> batches) {

    public IpcStream {
        batches = List.copyOf(batches);
    }

    public long rowCount() {
        long n = 0;
        for (RecordBatch b : batches) {
            n += b.rowCount();
        }
        return n;
    }
}
