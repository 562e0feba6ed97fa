package org.kalamdb.jdbc.types.arrow;

/**
 * A schema encoded once as the first message of an Arrow IPC stream (continuation marker, length,
 * Schema flatbuffer, padding), for a writer that starts many streams with the same schema
 * ({@link ArrowIpcWriter#write(IpcSchemaMessage, RecordBatch)}). Immutable.
 */
public final class IpcSchemaMessage {

    private final Schema schema;
    private final byte[] bytes;

    IpcSchemaMessage(Schema schema, byte[] bytes) {
        this.schema = schema;
        this.bytes = bytes;
    }

    public Schema schema() {
        return schema;
    }

    /** Size of the encoded message in bytes. */
    public int length() {
        return bytes.length;
    }

    /** The encoded bytes; the array is shared and must not be modified. */
    byte[] bytes() {
        return bytes;
    }
}
