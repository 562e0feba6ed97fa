package org.kalamdb.jdbc.result;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.transport.IpcBytes;
import org.kalamdb.jdbc.types.arrow.ArrowIpcReader;
import org.kalamdb.jdbc.types.arrow.IpcStream;

/**
 * Decodes the {@code ipc_batches} of a Scan or ExecuteQuery reply in place: the decoded vectors
 * view the reply's bytes, which the transport shares with the message rather than copying.
 */
public final class IpcReplies {

    private IpcReplies() {
    }

    /**
     * One complete IPC stream per entry, all with the same columns: the first schema (null when
     * no entry has one) and every batch in order. Corrupt bytes are an
     * {@link org.kalamdb.jdbc.types.arrow.ArrowFormatException}.
     */
    public static IpcStream decode(List<IpcBytes> ipcBatches) {
        List<IpcStream> streams = new ArrayList<>(ipcBatches.size());
        for (IpcBytes bytes : ipcBatches) {
            streams.add(ArrowIpcReader.read(bytes.array(), bytes.offset(), bytes.length()));
        }
        return ArrowIpcReader.join(streams);
    }
}
