package org.kalamdb.jdbc.types.arrow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.flatbuffers.FlatBufferBuilder;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.flatbuf.MetadataVersion;

/**
 * Writes the Arrow IPC stream format (metadata V5, 8-byte aligned bodies, continuation markers,
 * end-of-stream marker) on the heap. Validity bitmaps are omitted (zero-length) for columns
 * without nulls, as the format allows.
 */
public final class ArrowIpcWriter {

    private static final int CONTINUATION = 0xFFFF_FFFF;
    private static final int ALIGNMENT = 8;

    private ArrowIpcWriter() {
    }

    /** One complete stream: the schema message, one message per batch, end of stream. */
    public static byte[] write(Schema schema, List<RecordBatch> batches) {
        GrowableBuffer out = new GrowableBuffer(1024);
        writeSchema(out, schema);
        for (RecordBatch batch : batches) {
            writeBatch(out, schema, batch);
        }
        out.putInt(CONTINUATION);
        out.putInt(0);
        return Arrays.copyOf(out.array(), out.position());
    }

    /** A stream of exactly one batch, its own schema first: one {@code ipc_batches} entry. */
    public static byte[] write(RecordBatch batch) {
        return write(batch.schema(), List.of(batch));
    }

    private static void writeSchema(GrowableBuffer out, Schema schema) {
        FlatBufferBuilder fbb = new FlatBufferBuilder(512);
        int header = SchemaCodec.encode(fbb, schema);
        writeMessage(out, fbb, MessageHeader.Schema, header, 0);
    }

    private static void writeBatch(GrowableBuffer out, Schema schema, RecordBatch batch) {
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
        writeMessage(out, fbb, MessageHeader.RecordBatch, header, bodyLength);

        for (BufferSlice b : buffers) {
            out.putBytes(b.array(), b.offset(), b.length());
            out.putZeros(align(b.length()) - b.length());
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

    /** Continuation marker, metadata length, the Message flatbuffer padded so the body is aligned. */
    private static void writeMessage(GrowableBuffer out, FlatBufferBuilder fbb, byte headerType, int header,
                                     long bodyLength) {
        int message = Message.createMessage(fbb, MetadataVersion.V5, headerType, header, bodyLength, 0);
        fbb.finish(message);
        byte[] metadata = fbb.sizedByteArray();
        // the stream position is always aligned here, so align the 8 prefix bytes plus the metadata
        int padded = align(8 + metadata.length) - 8;
        out.putInt(CONTINUATION);
        out.putInt(padded);
        out.putBytes(metadata);
        out.putZeros(padded - metadata.length);
    }

    private static int align(int length) {
        return (length + ALIGNMENT - 1) & -ALIGNMENT;
    }
}
