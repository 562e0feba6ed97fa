package org.kalamdb.server.rpc;

import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;

import org.kalamdb.jdbc.types.arrow.ArrowIpcWriter;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * Result encoding of Scan and ExecuteQuery (protocol.md 5.4): one complete Arrow IPC stream
 * (schema, the batch, end of stream) per record batch, every entry written with the same schema.
 */
final class IpcBatches {

    private IpcBatches() {
    }

    static List<ByteString> encode(Schema schema, List<RecordBatch> batches) {
        List<ByteString> out = new ArrayList<>(batches.size());
        for (RecordBatch batch : batches) {
            // The writer's array is not retained or modified afterwards, so it can back the ByteString.
            out.add(UnsafeByteOperations.unsafeWrap(ArrowIpcWriter.write(schema, List.of(batch))));
        }
        return out;
    }
}
