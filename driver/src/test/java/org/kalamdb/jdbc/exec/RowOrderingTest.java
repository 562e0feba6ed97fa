package org.kalamdb.jdbc.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class RowOrderingTest {

    private static int[] sort(Object[] values, boolean descending, boolean nullsFirst) {
        int[] rows = new int[values.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return RowOrdering.sort(rows, List.of(new RowOrdering.Key(r -> values[r], descending, nullsFirst)));
    }

    @Test
    void nullsLastAscendingAndFirstDescendingByDefault() {
        Object[] v = {3L, null, 1L, 2L};
        assertArrayEquals(new int[] {2, 3, 0, 1}, sort(v, false, false));
        assertArrayEquals(new int[] {1, 0, 3, 2}, sort(v, true, true));
        assertArrayEquals(new int[] {0, 3, 2, 1}, sort(v, true, false));
        assertArrayEquals(new int[] {1, 2, 3, 0}, sort(v, false, true));
    }

    @Test
    void numbersCompareByValueAcrossClasses() {
        Object[] v = {new BigDecimal("2.5"), 2L, 3.0, new BigDecimal("-1")};
        assertArrayEquals(new int[] {3, 1, 0, 2}, sort(v, false, false));
    }

    @Test
    void textByCodePointAndStable() {
        Object[] v = {"b", "B", "a", "b", "é"};
        assertArrayEquals(new int[] {1, 2, 0, 3, 4}, sort(v, false, false));
    }
}
