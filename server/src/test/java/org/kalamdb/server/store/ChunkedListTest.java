package org.kalamdb.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The chunked row list behaves as a list across chunk boundaries. */
class ChunkedListTest {

    @Test
    void elementsKeepTheirOrderAcrossChunks() {
        ChunkedList<Integer> list = new ChunkedList<>();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < ChunkedList.CHUNK * 3 + 5; i++) {
            list.add(i * 7);
            expected.add(i * 7);
        }
        assertEquals(expected, list);
        assertEquals(expected.size(), list.size());
        assertEquals(ChunkedList.CHUNK * 7, list.get(ChunkedList.CHUNK));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(expected.size()));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(-1));
    }

    @Test
    void itSortsInPlace() {
        ChunkedList<Integer> list = new ChunkedList<>();
        for (int i = 0; i < ChunkedList.CHUNK + 10; i++) {
            list.add(i);
        }
        list.sort(Comparator.reverseOrder());
        assertEquals(ChunkedList.CHUNK + 9, list.get(0));
        assertEquals(0, list.get(list.size() - 1));
    }

    @Test
    void anEmptyListIsEmpty() {
        assertEquals(List.of(), new ChunkedList<String>());
    }
}
