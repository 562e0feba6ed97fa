package org.kalamdb.server.rpc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;

import org.kalamdb.jdbc.types.arrow.ArrowIpcWriter;
import org.kalamdb.jdbc.types.arrow.IpcSchemaMessage;
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
        IpcSchemaMessage message = ArrowIpcWriter.encodeSchema(schema);
        List<ByteString> out = new ArrayList<>(batches.size());
        Consumer<RecordBatch> encoder = encoder(message, out);
        batches.forEach(encoder);
        return out;
    }

    /**
     * Encodes each batch it is given into {@code out} at once, so that the caller need not keep the
     * batch (its builder buffers) alive any longer than that.
     */
    static Consumer<RecordBatch> encoder(IpcSchemaMessage schema, List<ByteString> out) {
        // The writer's array is not retained or modified afterwards, so it can back the ByteString.
        return batch -> out.add(UnsafeByteOperations.unsafeWrap(ArrowIpcWriter.write(schema, batch)));
    }
}
