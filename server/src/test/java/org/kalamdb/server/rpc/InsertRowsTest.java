package org.kalamdb.server.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kalamdb.server.store.RowJson;
import org.kalamdb.server.store.Scalar;

/** A large Insert parses on several threads with the sequential outcome: order kept, first error wins. */
class InsertRowsTest {

    private static List<String> rows(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add("{\"id\":{\"Int64\":\"" + i + "\"},\"name\":{\"Utf8\":\"row " + i + "\"}}");
        }
        return out;
    }

    @Test
    void aLargeBatchKeepsTheRequestOrder() {
        List<String> json = rows(InsertRows.PARALLEL_FROM * 5 + 3);
        List<Map<String, Scalar>> parsed = InsertRows.parse(json);
        assertEquals(json.size(), parsed.size());
        for (int i = 0; i < json.size(); i++) {
            assertEquals(RowJson.parseRow(json.get(i)), parsed.get(i), "row " + i);
        }
    }

    @Test
    void aSmallBatchParsesTheSame() {
        List<String> json = rows(10);
        assertEquals(json.stream().map(RowJson::parseRow).toList(), InsertRows.parse(json));
    }

    @Test
    void theFirstBadRowInRequestOrderIsTheError() {
        List<String> json = rows(InsertRows.PARALLEL_FROM * 4);
        json.set(3000, "{not json");
        json.set(700, "[1, 2]");
        RuntimeException expected = assertThrows(RuntimeException.class, () -> RowJson.parseRow("[1, 2]"));
        RuntimeException actual = assertThrows(RuntimeException.class, () -> InsertRows.parse(json));
        assertEquals(expected.getClass(), actual.getClass());
        assertEquals(expected.getMessage(), actual.getMessage());
    }
}
