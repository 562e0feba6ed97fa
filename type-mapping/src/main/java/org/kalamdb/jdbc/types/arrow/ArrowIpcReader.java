package org.kalamdb.jdbc.types.arrow;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.flatbuf.MetadataVersion;

/**
 * Reads the Arrow IPC stream format from heap bytes: messages with or without the
 * {@code 0xFFFFFFFF} continuation marker, metadata V5 (and V4), a schema, record batches and the
 * end-of-stream marker (a stream that simply ends is accepted too). Decoded vectors point into the
 * given array, which the caller must therefore not modify afterwards.
 * <p>
 * Not supported, each with a clear {@link ArrowFormatException}: dictionary batches and
 * dictionary-encoded fields, compressed bodies, big-endian data, tensors, and Arrow types outside
 * {@link ArrowType}.
 */
public final class ArrowIpcReader {

    private static final int CONTINUATION = 0xFFFF_FFFF;

    private ArrowIpcReader() {
    }

    /** Decodes one complete IPC stream (schema, batches, end of stream). Empty input: schema null. */
    public static IpcStream read(byte[] stream) {
        return read(stream, 0, stream.length);
    }

    public static IpcStream read(byte[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        return new Decoding(buffer, offset, offset + length).run();
    }

    /**
     * Decodes the {@code ipc_batches} of one reply: one complete stream per entry, all with the same
     * schema. The result has the first schema (null when there are no entries or all are empty) and
     * every batch in order.
     */
    public static IpcStream readAll(List<byte[]> streams) {
        List<IpcStream> decoded = new ArrayList<>(streams.size());
        for (byte[] stream : streams) {
            decoded.add(read(stream));
        }
        return join(decoded);
    }

    /**
     * The streams of one reply as one: the first schema (null when no stream has one) and every
     * batch in order. Streams without a schema (empty entries) are skipped; a stream whose columns
     * differ from the first one's is an {@link ArrowFormatException}.
     */
    public static IpcStream join(List<IpcStream> streams) {
        if (streams.size() == 1) {
            return streams.get(0);
        }
        Schema schema = null;
        List<RecordBatch> batches = new ArrayList<>();
        for (int i = 0; i < streams.size(); i++) {
            IpcStream stream = streams.get(i);
            if (stream.schema() == null) {
                continue;
            }
            if (schema == null) {
                schema = stream.schema();
            } else if (!sameColumns(schema, stream.schema())) {
                throw new ArrowFormatException("IPC stream " + i + " of the reply has a different schema than the "
                        + "first: " + stream.schema().fields() + " vs " + schema.fields());
            }
            batches.addAll(stream.batches());
        }
        return new IpcStream(schema, batches);
    }

    private static boolean sameColumns(Schema a, Schema b) {
        if (a == b) {
            return true;    // the usual case: the streams repeat one schema message (SchemaMessages)
        }
        if (a.fields().size() != b.fields().size()) {
            return false;
        }
        for (int i = 0; i < a.fields().size(); i++) {
            Field x = a.fields().get(i);
            Field y = b.fields().get(i);
            if (!x.name().equals(y.name()) || !x.type().equals(y.type())) {
                return false;
            }
        }
        return true;
    }

    /** One pass over one stream. */
    private static final class Decoding {

        private final byte[] bytes;
        private final int end;
        private int position;
        private Schema schema;
        private final List<RecordBatch> batches = new ArrayList<>();

        Decoding(byte[] bytes, int start, int end) {
            this.bytes = bytes;
            this.position = start;
            this.end = end;
        }

        IpcStream run() {
            while (position < end) {
                int metadataLength = readPrefix();
                if (metadataLength == 0) {
                    break;    // end-of-stream marker
                }
                readMessage(metadataLength);
            }
            if (schema == null && !batches.isEmpty()) {
                throw new ArrowFormatException("record batch before any schema");
            }
            return new IpcStream(schema, batches);
        }

        /** Reads the continuation marker (if any) and the metadata length. */
        private int readPrefix() {
            int first = readInt("message length");
            if (first != CONTINUATION) {
                // legacy framing (before Arrow 0.15): the length comes first, no marker
                return checkLength(first);
            }
            if (position == end) {
                return 0;    // a lone marker at the very end: treat as end of stream
            }
            return checkLength(readInt("message length"));
        }

        private int checkLength(int length) {
            if (length < 0 || length > end - position) {
                throw new ArrowFormatException("message metadata length " + length + " exceeds the "
                        + (end - position) + " bytes left in the stream");
            }
            return length;
        }

        private int readInt(String what) {
            if (end - position < 4) {
                throw new ArrowFormatException("stream truncated while reading the " + what);
            }
            int value = LittleEndian.getInt(bytes, position);
            position += 4;
            return value;
        }

        private void readMessage(int metadataLength) {
            Message message;
            try {
                ByteBuffer metadata = ByteBuffer.wrap(bytes, position, metadataLength).slice();
                message = Message.getRootAsMessage(metadata);
                dispatch(message, metadataLength);
            } catch (ArrowFormatException e) {
                throw e;
            } catch (RuntimeException e) {
                // flatbuffers signals corrupt tables with IndexOutOfBounds and friends
                throw new ArrowFormatException("corrupt Arrow message metadata: " + e, e);
            }
        }

        private void dispatch(Message message, int metadataLength) {
            short version = message.version();
            if (version < MetadataVersion.V4) {
                throw new ArrowFormatException("Arrow metadata version " + MetadataVersion.name(version)
                        + " is not supported (V4 or V5 required)");
            }
            long bodyLength = message.bodyLength();
            int bodyStart = position + metadataLength;
            if (bodyLength < 0 || bodyLength > end - bodyStart) {
                throw new ArrowFormatException("message body of " + bodyLength + " bytes exceeds the "
                        + (end - bodyStart) + " bytes left in the stream");
            }
            byte headerType = message.headerType();
            switch (headerType) {
                case MessageHeader.Schema -> {
                    if (schema != null) {
                        throw new ArrowFormatException("a second schema message inside one stream");
                    }
                    schema = SchemaMessages.decode(bytes, position, metadataLength,
                            (org.apache.arrow.flatbuf.Schema) message.header(new org.apache.arrow.flatbuf.Schema()));
                }
                case MessageHeader.RecordBatch -> {
                    if (schema == null) {
                        throw new ArrowFormatException("record batch before any schema");
                    }
                    var header = (org.apache.arrow.flatbuf.RecordBatch) message.header(
                            new org.apache.arrow.flatbuf.RecordBatch());
                    batches.add(BatchDecoder.decode(schema, header, bytes, bodyStart, bodyLength));
                }
                case MessageHeader.DictionaryBatch -> throw new ArrowFormatException(
                        "dictionary batches are not supported (KalamDB never sends them)");
                default -> throw new ArrowFormatException("unsupported Arrow message type "
                        + (headerType >= 0 && headerType < MessageHeader.names.length
                                ? MessageHeader.name(headerType) : "#" + headerType));
            }
            position = bodyStart + (int) bodyLength;
        }
    }
}
