package org.kalamdb.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Large batches run on several threads with the sequential outcome: order kept, first error wins. */
class ParallelRowsTest {

    private static List<String> rows(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add("{\"id\":{\"Int64\":\"" + i + "\"},\"name\":{\"Utf8\":\"row " + i + "\"}}");
        }
        return out;
    }

    @Test
    void aLargeBatchKeepsTheRequestOrder() {
        List<String> json = rows(ParallelRows.PARALLEL_FROM * 5 + 3);
        List<Map<String, Scalar>> parsed = ParallelRows.map(json, RowJson::parseRow);
        assertEquals(json.size(), parsed.size());
        for (int i = 0; i < json.size(); i++) {
            assertEquals(RowJson.parseRow(json.get(i)), parsed.get(i), "row " + i);
        }
    }

    @Test
    void aSmallBatchParsesTheSame() {
        List<String> json = rows(10);
        assertEquals(json.stream().map(RowJson::parseRow).toList(), ParallelRows.map(json, RowJson::parseRow));
    }

    @Test
    void theFirstBadRowInRequestOrderIsTheError() {
        List<String> json = rows(ParallelRows.PARALLEL_FROM * 4);
        json.set(3000, "{not json");
        json.set(700, "[1, 2]");
        RuntimeException expected = assertThrows(RuntimeException.class, () -> RowJson.parseRow("[1, 2]"));
        RuntimeException actual = assertThrows(RuntimeException.class, () -> ParallelRows.map(json, RowJson::parseRow));
        assertEquals(expected.getClass(), actual.getClass());
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    @Test
    void anExceptionReturnedAsAValueIsAResultNotAFailure() {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < ParallelRows.PARALLEL_FROM * 2; i++) {
            items.add(i);
        }
        List<RuntimeException> out = ParallelRows.map(items, i -> new IllegalStateException("value " + i));
        assertEquals("value 1500", out.get(1500).getMessage());
    }
}
