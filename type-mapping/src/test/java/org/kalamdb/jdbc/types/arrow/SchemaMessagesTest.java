package org.kalamdb.jdbc.types.arrow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A schema message is decoded once: the same bytes give the same Schema, other bytes their own. */
class SchemaMessagesTest {

    private static byte[] stream(Schema schema, int from, int to) {
        return ArrowIpcWriter.write(schema, List.of(TestData.batch(schema, TestData.rows(schema, from, to))));
    }

    @Test
    void theSameSchemaMessageDecodesToTheSameSchema() {
        IpcStream first = ArrowIpcReader.read(stream(TestData.KALAM, 0, 3));
        IpcStream second = ArrowIpcReader.read(stream(TestData.KALAM, 3, 9));
        assertSame(first.schema(), second.schema());
        assertEquals(TestData.KALAM.fields(), second.schema().fields());
        assertEquals(6, second.batches().get(0).rowCount());
    }

    @Test
    void anotherSchemaMessageDecodesToItsOwnSchema() {
        Schema renamed = new Schema(List.of(Field.of("sv2", new ArrowType.Utf8View(), true),
                Field.of("bv", new ArrowType.BinaryView(), true)));
        IpcStream views = ArrowIpcReader.read(stream(TestData.VIEWS, 0, 2));
        IpcStream other = ArrowIpcReader.read(ArrowIpcWriter.write(renamed, List.of()));
        assertNotEquals(views.schema(), other.schema());
        assertEquals("sv2", other.schema().fields().get(0).name());
        assertEquals("sv", ArrowIpcReader.read(stream(TestData.VIEWS, 0, 1)).schema().fields().get(0).name());
    }

    @Test
    void theStreamsOfAReplyJoinWithTheirBatchesInOrder() {
        IpcStream joined = ArrowIpcReader.join(List.of(ArrowIpcReader.read(stream(TestData.KALAM, 0, 2)),
                ArrowIpcReader.read(new byte[0]), ArrowIpcReader.read(stream(TestData.KALAM, 2, 7))));
        assertEquals(2, joined.batches().size());
        assertEquals(7, joined.rowCount());
        RecordBatch second = TestData.batch(TestData.KALAM, TestData.rows(TestData.KALAM, 2, 7));
        assertEquals(second.column(0).getLong(0), joined.batches().get(1).column(0).getLong(0));
    }
}
