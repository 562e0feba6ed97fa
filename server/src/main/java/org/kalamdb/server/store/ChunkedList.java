package org.kalamdb.server.store;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An append-only list kept in fixed-size chunks, for the row lists of a scan. A million-row scan
 * in one ArrayList is one array of a million references: on G1 that is a humongous object, which,
 * unlike a humongous array of primitives, only a concurrent marking cycle can free. A server
 * answering full scans back to back then fills its old generation with such arrays and collects
 * ever more often until marking catches up (a full Scan of 1M rows went from ~115 ms to ~650 ms
 * that way). Chunks of {@value #CHUNK} references stay ordinary young objects.
 */
final class ChunkedList<T> extends AbstractList<T> implements RandomAccess {

    static final int CHUNK = 8192;
    private static final int SHIFT = Integer.numberOfTrailingZeros(CHUNK);

    private final List<Object[]> chunks = new ArrayList<>();
    private int size;

    @Override
    public boolean add(T value) {
        int offset = size & (CHUNK - 1);
        if (offset == 0) {
            chunks.add(new Object[CHUNK]);
        }
        chunks.get(size >>> SHIFT)[offset] = value;
        size++;
        modCount++;
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + size);
        }
        return (T) chunks.get(index >>> SHIFT)[index & (CHUNK - 1)];
    }

    /** Replaces an element (what sorting in place needs). */
    @Override
    @SuppressWarnings("unchecked")
    public T set(int index, T value) {
        T previous = get(index);
        chunks.get(index >>> SHIFT)[index & (CHUNK - 1)] = value;
        return previous;
    }

    @Override
    public int size() {
        return size;
    }
}
