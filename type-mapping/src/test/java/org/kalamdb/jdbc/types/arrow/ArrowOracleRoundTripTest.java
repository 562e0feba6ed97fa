package org.kalamdb.jdbc.types.arrow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.apache.arrow.vector.types.MetadataVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves the codec against arrow-vector 19.0.0: their writer → our reader and our writer → their
 * reader, values and nulls equal, several batches including a zero-row one, field metadata kept.
 */
class ArrowOracleRoundTripTest {

    private static BufferAllocator allocator;

    @BeforeAll
    static void open() {
        allocator = new RootAllocator();
    }

    @AfterAll
    static void close() {
        allocator.close();
    }

    static Stream<Arguments> schemas() {
        return Stream.of(Arguments.of("kalam", TestData.KALAM), Arguments.of("extra", TestData.EXTRA),
                Arguments.of("views", TestData.VIEWS));
    }

    /** Three batches: 7 rows, none, 5 rows. */
    private static List<List<List<Object>>> batches(Schema schema) {
        return List.of(TestData.rows(schema, 0, 7), List.of(), TestData.rows(schema, 7, 12));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void theirWriterOurReader(String name, Schema schema) throws Exception {
        List<List<List<Object>>> expected = batches(schema);
        byte[] stream = Oracle.writeWithArrow(allocator, schema, expected, IpcOption.DEFAULT);

        IpcStream read = ArrowIpcReader.read(stream);

        assertEquals(schema, read.schema(), "schema incl. field metadata");
        assertEquals(3, read.batches().size());
        assertEquals(12, read.rowCount());
        assertEquals(expected, Oracle.rowsOf(read.batches()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void ourWriterTheirReader(String name, Schema schema) throws Exception {
        List<List<List<Object>>> expected = batches(schema);
        List<RecordBatch> ours = new ArrayList<>();
        for (List<List<Object>> rows : expected) {
            ours.add(TestData.batch(schema, rows));
        }
        byte[] stream = ArrowIpcWriter.write(schema, ours);

        Oracle.Read read = Oracle.readWithArrow(allocator, stream);

        assertEquals(Oracle.toPojo(schema), read.schema(), "schema incl. field metadata");
        assertEquals(expected, read.batches());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void ourWriterOurReader(String name, Schema schema) {
        List<List<List<Object>>> expected = batches(schema);
        List<RecordBatch> ours = new ArrayList<>();
        for (List<List<Object>> rows : expected) {
            ours.add(TestData.batch(schema, rows));
        }
        IpcStream read = ArrowIpcReader.read(ArrowIpcWriter.write(schema, ours));
        assertEquals(schema, read.schema());
        assertEquals(expected, Oracle.rowsOf(read.batches()));
        // decoded vectors re-encode to the same bytes
        assertArrayEquals(ArrowIpcWriter.write(schema, ours), ArrowIpcWriter.write(schema, read.batches()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void legacyFramingAndMetadataV4(String name, Schema schema) throws Exception {
        List<List<List<Object>>> expected = batches(schema);
        if (schema == TestData.VIEWS) {
            return;    // view types do not exist in metadata V4
        }
        byte[] stream = Oracle.writeWithArrow(allocator, schema, expected, new IpcOption(true, MetadataVersion.V4));
        assertTrue(stream.length > 8 && stream[0] != (byte) 0xFF, "legacy framing has no continuation marker");

        IpcStream read = ArrowIpcReader.read(stream);

        assertEquals(expected, Oracle.rowsOf(read.batches()));
    }

    @Test
    void emptyInputHasNoSchema() {
        IpcStream read = ArrowIpcReader.read(new byte[0]);
        assertNull(read.schema());
        assertEquals(List.of(), read.batches());
        IpcStream none = ArrowIpcReader.readAll(List.of());
        assertNull(none.schema());
        assertEquals(0, none.rowCount());
    }

    @Test
    void schemaWithoutBatches() throws Exception {
        byte[] theirs = Oracle.writeWithArrow(allocator, TestData.KALAM, List.of(), IpcOption.DEFAULT);
        byte[] ours = ArrowIpcWriter.write(TestData.KALAM, List.of());
        for (byte[] stream : List.of(theirs, ours)) {
            IpcStream read = ArrowIpcReader.read(stream);
            assertEquals(TestData.KALAM, read.schema());
            assertEquals(List.of(), read.batches());
        }
        assertEquals(List.of(), Oracle.readWithArrow(allocator, ours).batches());
    }

    @Test
    void severalStreamsOneReply() throws Exception {
        Schema schema = TestData.KALAM;
        List<List<Object>> first = TestData.rows(schema, 0, 3);
        List<List<Object>> second = TestData.rows(schema, 3, 8);
        List<byte[]> entries = List.of(
                ArrowIpcWriter.write(TestData.batch(schema, first)),
                new byte[0],
                Oracle.writeWithArrow(allocator, schema, List.of(List.of()), IpcOption.DEFAULT),
                Oracle.writeWithArrow(allocator, schema, List.of(second), IpcOption.DEFAULT));

        IpcStream all = ArrowIpcReader.readAll(entries);

        assertEquals(schema, all.schema());
        assertEquals(3, all.batches().size());
        assertEquals(List.of(first, List.of(), second), Oracle.rowsOf(all.batches()));
    }

    @Test
    void streamWithoutEndMarkerIsAccepted() {
        byte[] full = ArrowIpcWriter.write(TestData.batch(TestData.KALAM, TestData.rows(TestData.KALAM, 0, 2)));
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 8);
        assertEquals(2, ArrowIpcReader.read(cut).rowCount());
    }

    @Test
    void readsAStreamAtAnUnalignedOffsetOfALargerArray() {
        List<List<Object>> rows = TestData.rows(TestData.KALAM, 0, 6);
        byte[] stream = ArrowIpcWriter.write(TestData.batch(TestData.KALAM, rows));
        byte[] larger = new byte[stream.length + 10];
        System.arraycopy(stream, 0, larger, 3, stream.length);
        IpcStream read = ArrowIpcReader.read(larger, 3, stream.length);
        assertEquals(List.of(rows), Oracle.rowsOf(read.batches()));
    }

    @Test
    void bufferAlignmentIsEightBytes() {
        byte[] stream = ArrowIpcWriter.write(TestData.batch(TestData.KALAM, TestData.rows(TestData.KALAM, 0, 3)));
        assertEquals(0, stream.length % 8);
        // metadata length of the first message makes the body start aligned
        int metadataLength = LittleEndian.getInt(stream, 4);
        assertEquals(0, (8 + metadataLength) % 8);
    }
}
