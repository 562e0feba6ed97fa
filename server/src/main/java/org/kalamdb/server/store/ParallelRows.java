package org.kalamdb.server.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Per-row work of a bulk write (parsing the row JSON, coercing the values) where every row stands
 * on its own: a large batch is spread over several cores (the common pool plus the calling
 * thread), with exactly the sequential outcome — results in row order, and when rows fail, the
 * failure of the first of them.
 */
public final class ParallelRows {

    /** Below this, handing rows to other threads costs more than it saves. */
    public static final int PARALLEL_FROM = 1024;

    private ParallelRows() {
    }

    public static <T, R> List<R> map(List<T> rows, Function<? super T, ? extends R> work) {
        return map(rows, work, PARALLEL_FROM);
    }

    /** As {@link #map(List, Function)}, for items big enough to be worth another thread from {@code parallelFrom} on. */
    public static <T, R> List<R> map(List<T> rows, Function<? super T, ? extends R> work, int parallelFrom) {
        int n = rows.size();
        if (n < Math.max(2, parallelFrom)) {
            List<R> out = new ArrayList<>(n);
            for (T row : rows) {
                out.add(work.apply(row));
            }
            return out;
        }
        // Each slot ends up holding the row's result or its failure.
        Object[] outcomes = new Object[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            try {
                outcomes[i] = work.apply(rows.get(i));
            } catch (RuntimeException e) {
                outcomes[i] = new Failure(e);
            }
        });
        for (Object outcome : outcomes) {
            if (outcome instanceof Failure f) {
                throw f.exception();
            }
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Arrays.asList(outcomes);
        return out;
    }

    /** Wraps a failure so that a work function may itself return exceptions as values. */
    private record Failure(RuntimeException exception) {
    }
}
