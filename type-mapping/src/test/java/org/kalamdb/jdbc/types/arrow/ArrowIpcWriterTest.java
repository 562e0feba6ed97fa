package org.kalamdb.jdbc.types.arrow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.KalamType;

/** Streams behind a schema message encoded once are the streams written with the schema each time. */
class ArrowIpcWriterTest {

    private static final Schema SCHEMA = new Schema(List.of(
            KalamType.BIGINT.toArrowField("id", false, true),
            KalamType.TEXT.toArrowField("name", true, false)));

    private static RecordBatch batch(long first, int rows) {
        RecordBatchBuilder builder = new RecordBatchBuilder(SCHEMA);
        for (int i = 0; i < rows; i++) {
            builder.appendRow(first + i, i % 3 == 0 ? null : "row " + (first + i));
        }
        return builder.build();
    }

    @Test
    @DisplayName("a pre-encoded schema message gives the same stream bytes, for every batch it fronts")
    void encodedSchemaIsReusable() {
        IpcSchemaMessage schema = ArrowIpcWriter.encodeSchema(SCHEMA);
        assertSame(SCHEMA, schema.schema());
        for (int rows : new int[] {0, 1, 7, 1000}) {
            RecordBatch batch = batch(rows * 10L, rows);
            byte[] expected = ArrowIpcWriter.write(SCHEMA, List.of(batch));
            assertArrayEquals(expected, ArrowIpcWriter.write(schema, batch));
            IpcStream read = ArrowIpcReader.read(expected);
            assertEquals(SCHEMA, read.schema());
            assertEquals(rows, read.batches().get(0).rowCount());
        }
    }

    @Test
    @DisplayName("the stream is 8-byte aligned throughout: schema message, batch message, end marker")
    void streamLayout() {
        IpcSchemaMessage schema = ArrowIpcWriter.encodeSchema(SCHEMA);
        assertEquals(0, schema.length() % 8);
        byte[] stream = ArrowIpcWriter.write(schema, batch(0, 5));
        assertEquals(0, stream.length % 8);
        // end of stream: continuation marker and a zero length
        assertEquals(-1, LittleEndian.getInt(stream, stream.length - 8));
        assertEquals(0, LittleEndian.getInt(stream, stream.length - 4));
    }

    @Test
    @DisplayName("several batches in one stream read back in order")
    void severalBatches() {
        byte[] stream = ArrowIpcWriter.write(SCHEMA, List.of(batch(0, 3), batch(100, 2)));
        IpcStream read = ArrowIpcReader.read(stream);
        assertEquals(2, read.batches().size());
        assertEquals(100L, read.batches().get(1).column(0).getLong(0));
        assertEquals("row 101", read.batches().get(1).column(1).getString(1));
    }
}
