package org.kalamdb.jdbc.transport;

import java.util.List;
import java.util.Objects;

/**
 * The reply of ExecuteQuery: {@code <n> row(s)} and one Arrow IPC stream per batch (often none for
 * zero rows). The byte arrays are handed over, not copied.
 */
public record QueryResult(boolean success, String message, List<byte[]> ipcBatches) {

    public QueryResult {
        Objects.requireNonNull(message, "message");
        ipcBatches = List.copyOf(ipcBatches);
    }
}
