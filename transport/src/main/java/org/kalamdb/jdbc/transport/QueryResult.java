package org.kalamdb.jdbc.transport;

import java.util.List;
import java.util.Objects;

/**
 * The reply of ExecuteQuery: {@code <n> row(s)} and one Arrow IPC stream per batch (often none for
 * zero rows). The bytes are shared with the reply message, not copied: read them, never modify them.
 */
public record QueryResult(boolean success, String message, List<IpcBytes> ipcBatches) {

    public QueryResult {
        Objects.requireNonNull(message, "message");
        ipcBatches = List.copyOf(ipcBatches);
    }
}
