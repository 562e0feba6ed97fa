package org.kalamdb.jdbc.types.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.arrow.ArrowIpcReader;
import org.kalamdb.jdbc.types.arrow.ArrowIpcWriter;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.RecordBatchBuilder;
import org.kalamdb.jdbc.types.arrow.Schema;

/** Lists, structs, durations, the Null type and a schema without KalamDB metadata, read back from IPC. */
class NestedAndOtherAccessorTest {

    private static final Schema SCHEMA = new Schema(List.of(
            new Field("ints", new ArrowType.List(), true, Map.of(), List.of(Field.of("item", ArrowType.INT64, true))),
            new Field("pair", new ArrowType.Struct(), true, Map.of(),
                    List.of(Field.of("a", ArrowType.INT32, true), Field.of("b", ArrowType.UTF8, true))),
            Field.of("d", new ArrowType.Duration(ArrowType.TimeUnit.MILLISECOND), true),
            Field.of("nothing", new ArrowType.Null(), true),
            new Field("vec", new ArrowType.FixedSizeList(2), true, Map.of(),
                    List.of(Field.of("item", ArrowType.FLOAT32, false))),
            Field.of("uid", new ArrowType.FixedSizeBinary(16), true)));

    private static RecordBatch batch() {
        RecordBatch built = new RecordBatchBuilder(SCHEMA)
                .appendRow(Arrays.asList(1L, null, 3L), Arrays.asList(7, "seven"), 1_500L, null, new float[] {1f, 0.5f},
                        new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
                .appendRow(null, null, null, null, null, null)
                .build();
        return ArrowIpcReader.read(ArrowIpcWriter.write(built)).batches().get(0);
    }

    @Test
    void listsReadAsListsAndJson() {
        RecordBatch b = batch();
        ColumnAccessor a = Accessors.forField(b.schema().fields().get(0));
        assertEquals(Arrays.asList(1L, null, 3L), a.getObject(b.column(0), 0));
        assertEquals("[1,null,3]", a.getString(b.column(0), 0));
        assertNull(a.getObject(b.column(0), 1));
    }

    @Test
    void structsReadAsMapsAndJson() {
        RecordBatch b = batch();
        ColumnAccessor a = Accessors.forField(b.schema().fields().get(1));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", 7);
        expected.put("b", "seven");
        assertEquals(expected, a.getObject(b.column(1), 0));
        assertEquals("{\"a\":7,\"b\":\"seven\"}", a.getString(b.column(1), 0));
        assertTrue(a.isNull(b.column(1), 1));
    }

    @Test
    void durationsNullsEmbeddingsAndUnlabelledUuids() {
        RecordBatch b = batch();
        ColumnAccessor duration = Accessors.forField(b.schema().fields().get(2));
        assertEquals(Duration.ofMillis(1_500), duration.getObject(b.column(2), 0));
        assertEquals("PT1.5S", duration.getString(b.column(2), 0));
        assertEquals(1_500L, duration.getLong(b.column(2), 0));

        ColumnAccessor nothing = Accessors.forField(b.schema().fields().get(3));
        assertTrue(nothing.isNull(b.column(3), 0));
        assertNull(nothing.getObject(b.column(3), 0));
        assertEquals(0, nothing.getInt(b.column(3), 0));

        ColumnAccessor vec = Accessors.forField(b.schema().fields().get(4));
        assertArrayEquals(new float[] {1f, 0.5f}, (float[]) vec.getObject(b.column(4), 0));
        assertEquals("[1.0,0.5]", vec.getString(b.column(4), 0));

        // FixedSizeBinary(16) without metadata is what KalamDB sends for UUID
        ColumnAccessor uid = Accessors.forField(b.schema().fields().get(5));
        assertEquals("01020304-0506-0708-090a-0b0c0d0e0f10", uid.getString(b.column(5), 0));
    }
}
