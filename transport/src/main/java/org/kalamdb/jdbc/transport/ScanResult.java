package org.kalamdb.jdbc.transport;

import java.util.List;

/**
 * The reply of a Scan: one complete Arrow IPC stream (schema, batch, end marker) per entry. An
 * empty result may have no entry at all, or one entry with a schema and zero rows (protocol.md
 * 5.4). The bytes are shared with the reply message, not copied: read them, never modify them.
 */
public record ScanResult(List<IpcBytes> ipcBatches) {

    public ScanResult {
        ipcBatches = List.copyOf(ipcBatches);
    }
}
