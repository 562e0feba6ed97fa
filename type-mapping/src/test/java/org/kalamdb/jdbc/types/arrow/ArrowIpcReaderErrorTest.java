package org.kalamdb.jdbc.types.arrow;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.IntervalDayVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.compression.AbstractCompressionCodec;
import org.apache.arrow.vector.compression.CompressionCodec;
import org.apache.arrow.vector.compression.CompressionUtil;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.apache.arrow.vector.types.IntervalUnit;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the reader refuses, always with an ArrowFormatException that says why. */
class ArrowIpcReaderErrorTest {

    private static BufferAllocator allocator;

    @BeforeAll
    static void open() {
        allocator = new RootAllocator();
    }

    @AfterAll
    static void close() {
        allocator.close();
    }

    private static void assertRefused(byte[] stream, String messagePart) {
        ArrowFormatException e = assertThrows(ArrowFormatException.class, () -> ArrowIpcReader.read(stream));
        assertTrue(e.getMessage().contains(messagePart), () -> "message was: " + e.getMessage());
    }

    @Test
    void compressedBodyIsRefused() throws Exception {
        Schema schema = new Schema(List.of(Field.of("n", ArrowType.INT32, true)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (VectorSchemaRoot root = VectorSchemaRoot.create(Oracle.toPojo(schema), allocator);
             ArrowStreamWriter writer = new ArrowStreamWriter(root, null, Channels.newChannel(out),
                     IpcOption.DEFAULT, new PassThroughCodecFactory(), CompressionUtil.CodecType.LZ4_FRAME)) {
            IntVector v = (IntVector) root.getVector(0);
            v.allocateNew(3);
            v.set(0, 1);
            v.set(1, 2);
            v.set(2, 3);
            root.setRowCount(3);
            writer.start();
            writer.writeBatch();
            writer.end();
        }
        assertRefused(out.toByteArray(), "compressed");
    }

    @Test
    void dictionaryEncodingIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (VarCharVector values = new VarCharVector("dict", allocator)) {
            values.allocateNew();
            values.setSafe(0, "a".getBytes(StandardCharsets.UTF_8));
            values.setSafe(1, "b".getBytes(StandardCharsets.UTF_8));
            values.setValueCount(2);
            DictionaryEncoding encoding = new DictionaryEncoding(7L, false,
                    new org.apache.arrow.vector.types.pojo.ArrowType.Int(32, true));
            Dictionary dictionary = new Dictionary(values, encoding);
            DictionaryProvider.MapDictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider(dictionary);
            org.apache.arrow.vector.types.pojo.Field field = new org.apache.arrow.vector.types.pojo.Field("c",
                    new FieldType(true, new org.apache.arrow.vector.types.pojo.ArrowType.Int(32, true), encoding),
                    null);
            try (IntVector indices = (IntVector) field.createVector(allocator)) {
                indices.allocateNew(2);
                indices.set(0, 1);
                indices.set(1, 0);
                indices.setValueCount(2);
                try (VectorSchemaRoot root = new VectorSchemaRoot(List.of(field), List.of(indices), 2);
                     ArrowStreamWriter writer = new ArrowStreamWriter(root, provider, Channels.newChannel(out))) {
                    writer.start();
                    writer.writeBatch();
                    writer.end();
                }
            }
        }
        assertRefused(out.toByteArray(), "dictionary");
    }

    @Test
    void unknownTypeIsRefused() throws Exception {
        org.apache.arrow.vector.types.pojo.Field field = new org.apache.arrow.vector.types.pojo.Field("iv",
                FieldType.nullable(new org.apache.arrow.vector.types.pojo.ArrowType.Interval(IntervalUnit.DAY_TIME)),
                null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IntervalDayVector v = (IntervalDayVector) field.createVector(allocator);
             VectorSchemaRoot root = new VectorSchemaRoot(List.of(field), List.of(v), 0);
             ArrowStreamWriter writer = new ArrowStreamWriter(root, null, Channels.newChannel(out))) {
            writer.start();
            writer.end();
        }
        assertRefused(out.toByteArray(), "Interval");
    }

    @Test
    void truncatedBodyIsRefused() {
        byte[] full = ArrowIpcWriter.write(TestData.batch(TestData.KALAM, TestData.rows(TestData.KALAM, 0, 5)));
        byte[] cut = Arrays.copyOf(full, full.length - 40);
        assertRefused(cut, "exceeds");
    }

    @Test
    void truncatedPrefixIsRefused() {
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1, 0}, "truncated");
        assertRefused(new byte[] {1, 2}, "truncated");
    }

    @Test
    void garbageIsRefused() {
        byte[] garbage = new byte[64];
        Arrays.fill(garbage, (byte) 0x5A);
        assertThrows(ArrowFormatException.class, () -> ArrowIpcReader.read(garbage));
    }

    @Test
    void batchBeforeSchemaIsRefused() {
        byte[] stream = ArrowIpcWriter.write(TestData.batch(TestData.KALAM, TestData.rows(TestData.KALAM, 0, 2)));
        int schemaMessage = 8 + LittleEndian.getInt(stream, 4);
        byte[] withoutSchema = Arrays.copyOfRange(stream, schemaMessage, stream.length);
        assertRefused(withoutSchema, "before any schema");
    }

    @Test
    void corruptOffsetsAreRefused() {
        Schema schema = new Schema(List.of(Field.of("s", ArrowType.UTF8, false)));
        RecordBatch batch = new RecordBatchBuilder(schema).appendRow("abc").appendRow("de").build();
        byte[] stream = ArrowIpcWriter.write(batch);
        // find the offsets buffer [0,3,5] and make the last offset point past the data
        byte[] pattern = {0, 0, 0, 0, 3, 0, 0, 0, 5, 0, 0, 0};
        int at = indexOf(stream, pattern);
        assertTrue(at > 0);
        stream[at + 8] = 99;
        assertRefused(stream, "offset 2 of column 's'");
    }

    /** Flipping any single byte yields either a readable stream or an ArrowFormatException, nothing else. */
    @Test
    void everySingleByteCorruptionFailsCleanly() {
        byte[] good = ArrowIpcWriter.write(TestData.batch(TestData.EXTRA, TestData.rows(TestData.EXTRA, 0, 4)));
        for (int i = 0; i < good.length; i++) {
            for (int flip : new int[] {0xFF, 0x80, 0x01}) {
                byte[] bad = good.clone();
                bad[i] ^= (byte) flip;
                try {
                    IpcStream read = ArrowIpcReader.read(bad);
                    // decoded: every value must be readable without a non-format exception
                    Oracle.rowsOf(read.batches());
                } catch (ArrowFormatException expected) {
                    // fine
                } catch (RuntimeException e) {
                    throw new AssertionError("byte " + i + " ^ " + flip + " gave " + e, e);
                }
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Claims LZ4 but copies: enough to make arrow-vector write a BodyCompression header. */
    private static final class PassThroughCodecFactory implements CompressionCodec.Factory {

        @Override
        public CompressionCodec createCodec(CompressionUtil.CodecType codecType) {
            return new AbstractCompressionCodec() {
                @Override
                protected ArrowBuf doCompress(BufferAllocator alloc, ArrowBuf uncompressed) {
                    long length = uncompressed.writerIndex();
                    ArrowBuf out = alloc.buffer(CompressionUtil.SIZE_OF_UNCOMPRESSED_LENGTH + length);
                    out.setLong(0, length);
                    out.setBytes(CompressionUtil.SIZE_OF_UNCOMPRESSED_LENGTH, uncompressed, 0, length);
                    out.writerIndex(CompressionUtil.SIZE_OF_UNCOMPRESSED_LENGTH + length);
                    return out;
                }

                @Override
                protected ArrowBuf doDecompress(BufferAllocator alloc, ArrowBuf compressed) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public CompressionUtil.CodecType getCodecType() {
                    return CompressionUtil.CodecType.LZ4_FRAME;
                }
            };
        }

        @Override
        public CompressionCodec createCodec(CompressionUtil.CodecType codecType, int compressionLevel) {
            return createCodec(codecType);
        }
    }
}
