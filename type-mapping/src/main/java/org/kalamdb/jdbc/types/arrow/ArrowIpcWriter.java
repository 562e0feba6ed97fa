package org.kalamdb.jdbc.types.arrow;

import java.util.ArrayList;
import java.util.List;

import com.google.flatbuffers.FlatBufferBuilder;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.flatbuf.MetadataVersion;

/**
 * Writes the Arrow IPC stream format (metadata V5, 8-byte aligned bodies, continuation markers,
 * end-of-stream marker) on the heap. Validity bitmaps are omitted (zero-length) for columns
 * without nulls, as the format allows. Every message is laid out before anything is written, so
 * a stream is written once into an array of exactly its size.
 */
public final class ArrowIpcWriter {

    private static final int CONTINUATION = 0xFFFF_FFFF;
    private static final int ALIGNMENT = 8;
    /** Continuation marker plus metadata length in front of every message. */
    private static final int PREFIX = 8;
    /** Continuation marker plus a zero length. */
    private static final int END_OF_STREAM = 8;

    private ArrowIpcWriter() {
    }

    /** One complete stream: the schema message, one message per batch, end of stream. */
    public static byte[] write(Schema schema, List<RecordBatch> batches) {
        return write(encodeSchema(schema), batches);
    }

    /** A stream of exactly one batch, its own schema first: one {@code ipc_batches} entry. */
    public static byte[] write(RecordBatch batch) {
        return write(batch.schema(), List.of(batch));
    }

    /** A stream of exactly one batch behind an already encoded schema message (see {@link #encodeSchema}). */
    public static byte[] write(IpcSchemaMessage schema, RecordBatch batch) {
        return write(schema, List.of(batch));
    }

    /** The schema message of a stream, to be written in front of any number of streams. */
    public static IpcSchemaMessage encodeSchema(Schema schema) {
        FlatBufferBuilder fbb = new FlatBufferBuilder(512);
        int header = SchemaCodec.encode(fbb, schema);
        byte[] metadata = finishMessage(fbb, MessageHeader.Schema, header, 0);
        GrowableBuffer out = new GrowableBuffer((int) messageLength(metadata, 0));
        writeMetadata(out, metadata);
        return new IpcSchemaMessage(schema, out.toArray());
    }

    private static byte[] write(IpcSchemaMessage schema, List<RecordBatch> batches) {
        List<BatchMessage> messages = new ArrayList<>(batches.size());
        long total = (long) schema.length() + END_OF_STREAM;
        for (RecordBatch batch : batches) {
            BatchMessage message = BatchMessage.of(schema.schema(), batch);
            messages.add(message);
            total += messageLength(message.metadata, message.bodyLength);
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("Arrow IPC stream larger than 2 GiB");
        }
        GrowableBuffer out = new GrowableBuffer((int) total);
        out.putBytes(schema.bytes());
        for (BatchMessage message : messages) {
            writeMetadata(out, message.metadata);
            for (BufferSlice b : message.buffers) {
                out.putBytes(b.array(), b.offset(), b.length());
                out.putZeros(align(b.length()) - b.length());
            }
        }
        out.putInt(CONTINUATION);
        out.putInt(0);
        return out.toArray();
    }

    /** A record batch message laid out: its Message flatbuffer and the buffers of its body. */
    private record BatchMessage(byte[] metadata, List<BufferSlice> buffers, long bodyLength) {

        static BatchMessage of(Schema schema, RecordBatch batch) {
            if (batch.columns().size() != schema.fields().size()) {
                throw new IllegalArgumentException("batch has " + batch.columns().size() + " columns, schema "
                        + schema.fields().size());
            }
            List<HeapVector> nodes = new ArrayList<>();
            List<BufferSlice> buffers = new ArrayList<>();
            List<Long> variadicCounts = new ArrayList<>();
            for (int i = 0; i < schema.fields().size(); i++) {
                Field field = schema.fields().get(i);
                HeapVector vector = HeapVectors.of(batch.column(i), field);
                if (vector.size() != batch.rowCount()) {
                    throw new IllegalArgumentException("column '" + field.name() + "' has " + vector.size()
                            + " slots but the batch has " + batch.rowCount() + " rows");
                }
                flatten(vector, nodes, buffers, variadicCounts);
            }

            // body layout: every buffer starts on an 8-byte boundary
            long[] offsets = new long[buffers.size()];
            long bodyLength = 0;
            for (int i = 0; i < buffers.size(); i++) {
                offsets[i] = bodyLength;
                bodyLength += align(buffers.get(i).length());
            }

            FlatBufferBuilder fbb = new FlatBufferBuilder(256 + 32 * buffers.size());
            int variadic = 0;
            if (!variadicCounts.isEmpty()) {
                variadic = org.apache.arrow.flatbuf.RecordBatch.createVariadicBufferCountsVector(fbb,
                        variadicCounts.stream().mapToLong(Long::longValue).toArray());
            }
            org.apache.arrow.flatbuf.RecordBatch.startNodesVector(fbb, nodes.size());
            for (int i = nodes.size() - 1; i >= 0; i--) {
                org.apache.arrow.flatbuf.FieldNode.createFieldNode(fbb, nodes.get(i).size(), nodes.get(i).nullCount());
            }
            int nodesVector = fbb.endVector();
            org.apache.arrow.flatbuf.RecordBatch.startBuffersVector(fbb, buffers.size());
            for (int i = buffers.size() - 1; i >= 0; i--) {
                org.apache.arrow.flatbuf.Buffer.createBuffer(fbb, offsets[i], buffers.get(i).length());
            }
            int buffersVector = fbb.endVector();
            org.apache.arrow.flatbuf.RecordBatch.startRecordBatch(fbb);
            org.apache.arrow.flatbuf.RecordBatch.addLength(fbb, batch.rowCount());
            org.apache.arrow.flatbuf.RecordBatch.addNodes(fbb, nodesVector);
            org.apache.arrow.flatbuf.RecordBatch.addBuffers(fbb, buffersVector);
            if (variadic != 0) {
                org.apache.arrow.flatbuf.RecordBatch.addVariadicBufferCounts(fbb, variadic);
            }
            int header = org.apache.arrow.flatbuf.RecordBatch.endRecordBatch(fbb);
            byte[] metadata = finishMessage(fbb, MessageHeader.RecordBatch, header, bodyLength);
            return new BatchMessage(metadata, buffers, bodyLength);
        }
    }

    /** Depth-first, as the format orders field nodes and buffers. */
    private static void flatten(HeapVector vector, List<HeapVector> nodes, List<BufferSlice> buffers,
                                List<Long> variadicCounts) {
        nodes.add(vector);
        vector.appendBuffers(buffers);
        if (vector.variadicBufferCount() >= 0) {
            variadicCounts.add((long) vector.variadicBufferCount());
        }
        for (HeapVector child : vector.childVectors()) {
            flatten(child, nodes, buffers, variadicCounts);
        }
    }

    /** The Message flatbuffer around a header. */
    private static byte[] finishMessage(FlatBufferBuilder fbb, byte headerType, int header, long bodyLength) {
        int message = Message.createMessage(fbb, MetadataVersion.V5, headerType, header, bodyLength, 0);
        fbb.finish(message);
        return fbb.sizedByteArray();
    }

    /** The metadata padded so that the body after it is aligned (the stream position always is here). */
    private static int paddedMetadataLength(byte[] metadata) {
        return align(PREFIX + metadata.length) - PREFIX;
    }

    private static long messageLength(byte[] metadata, long bodyLength) {
        return PREFIX + paddedMetadataLength(metadata) + bodyLength;
    }

    /** Continuation marker, metadata length, the Message flatbuffer and its padding. */
    private static void writeMetadata(GrowableBuffer out, byte[] metadata) {
        int padded = paddedMetadataLength(metadata);
        out.putInt(CONTINUATION);
        out.putInt(padded);
        out.putBytes(metadata);
        out.putZeros(padded - metadata.length);
    }

    private static int align(int length) {
        return (length + ALIGNMENT - 1) & -ALIGNMENT;
    }
}
