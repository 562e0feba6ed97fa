package org.kalamdb.jdbc.types.arrow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.access.Accessors;
import org.kalamdb.jdbc.types.access.ColumnAccessor;

/** Batches read as one without copying: every cell as in one batch built from all the rows. */
class ChunkedBatchesTest {

    /** The rows cut into batches of these sizes, each decoded from its own IPC stream. */
    private static List<RecordBatch> decodedBatches(Schema schema, int... sizes) {
        List<RecordBatch> out = new ArrayList<>();
        int from = 0;
        for (int size : sizes) {
            RecordBatch built = TestData.batch(schema, TestData.rows(schema, from, from + size));
            out.add(ArrowIpcReader.read(ArrowIpcWriter.write(built)).batches().get(0));
            from += size;
        }
        return out;
    }

    private static void assertSameCells(Schema schema, RecordBatch expected, RecordBatch actual) {
        assertEquals(expected.rowCount(), actual.rowCount());
        for (int c = 0; c < schema.fields().size(); c++) {
            ColumnAccessor accessor = Accessors.forField(schema.fields().get(c));
            ColumnVector want = expected.column(c);
            ColumnVector got = actual.column(c);
            assertEquals(want.nullCount(), got.nullCount(), schema.fields().get(c).name());
            for (int r = 0; r < expected.rowCount(); r++) {
                String where = schema.fields().get(c).name() + " row " + r;
                assertEquals(want.isNull(r), got.isNull(r), where);
                assertEquals(accessor.getString(want, r), accessor.getString(got, r), where);
                assertEquals(show(accessor.getObject(want, r)), show(accessor.getObject(got, r)), where);
            }
        }
    }

    private static String show(Object value) {
        if (value instanceof byte[] bytes) {
            return Arrays.toString(bytes);
        } else if (value instanceof float[] floats) {
            return Arrays.toString(floats);
        }
        return String.valueOf(value);
    }

    @Test
    void equalBatchesReadAsOne() {
        for (Schema schema : List.of(TestData.KALAM, TestData.EXTRA, TestData.VIEWS)) {
            RecordBatch whole = TestData.batch(schema, TestData.rows(schema, 0, 25));
            RecordBatch chunked = ChunkedBatches.concat(schema, decodedBatches(schema, 8, 8, 8, 1));
            assertSameCells(schema, whole, chunked);
        }
    }

    @Test
    void unevenAndEmptyBatchesReadAsOne() {
        for (Schema schema : List.of(TestData.KALAM, TestData.EXTRA)) {
            RecordBatch whole = TestData.batch(schema, TestData.rows(schema, 0, 23));
            RecordBatch chunked = ChunkedBatches.concat(schema, decodedBatches(schema, 0, 5, 11, 0, 1, 6, 0));
            assertSameCells(schema, whole, chunked);
        }
    }

    @Test
    void listElementsAndStructMembersFollowTheirRows() {
        Schema schema = TestData.EXTRA;
        RecordBatch whole = TestData.batch(schema, TestData.rows(schema, 0, 12));
        RecordBatch chunked = ChunkedBatches.concat(schema, decodedBatches(schema, 5, 7));
        int ints = schema.indexOf("ints");
        int pair = schema.indexOf("pair");
        for (int r = 0; r < 12; r++) {
            ColumnVector want = whole.column(ints);
            ColumnVector got = chunked.column(ints);
            if (!want.isNull(r)) {
                assertEquals(want.listLength(r), got.listLength(r));
                for (int i = 0; i < want.listLength(r); i++) {
                    int w = want.listStart(r) + i;
                    int g = got.listStart(r) + i;
                    assertEquals(want.child().isNull(w), got.child().isNull(g));
                    if (!want.child().isNull(w)) {
                        assertEquals(want.child().getLong(w), got.child().getLong(g));
                    }
                }
            }
            assertEquals(2, chunked.column(pair).childCount());
            if (!whole.column(pair).isNull(r) && !whole.column(pair).child(1).isNull(r)) {
                assertEquals(whole.column(pair).child(1).getString(r), chunked.column(pair).child(1).getString(r));
            }
        }
    }

    @Test
    void oneBatchIsItselfAndNoBatchIsEmpty() {
        Schema schema = TestData.KALAM;
        RecordBatch only = decodedBatches(schema, 4).get(0);
        assertSame(only, ChunkedBatches.concat(schema, List.of(only)));
        RecordBatch none = ChunkedBatches.concat(schema, List.of());
        assertEquals(0, none.rowCount());
        assertEquals(schema.fields().size(), none.columns().size());
        assertThrows(IndexOutOfBoundsException.class, () -> none.column(0).isNull(0));
    }

    @Test
    void rowsOutsideTheBatchesAreRefused() {
        Schema schema = TestData.KALAM;
        RecordBatch chunked = ChunkedBatches.concat(schema, decodedBatches(schema, 3, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> chunked.column(0).getLong(6));
        assertThrows(IndexOutOfBoundsException.class, () -> chunked.column(0).getLong(-1));
    }

    @Test
    void batchesOfOtherColumnsAreRefused() {
        RecordBatch other = decodedBatches(TestData.VIEWS, 2).get(0);
        assertThrows(IllegalArgumentException.class, () -> ChunkedBatches.concat(TestData.KALAM, List.of(other)));
    }
}
