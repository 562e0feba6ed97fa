package org.kalamdb.server.rpc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.kalamdb.server.store.RowJson;
import org.kalamdb.server.store.Scalar;

/**
 * Parses the {@code rows_json} of one Insert. Parsing is most of the cost of a bulk insert and
 * every row parses on its own, so a large request is parsed on several cores (the common pool plus
 * the calling thread). The outcome is the sequential one: rows in request order, and when rows are
 * bad, the error of the first bad row.
 */
final class InsertRows {

    /** Below this, handing rows to other threads costs more than it saves. */
    static final int PARALLEL_FROM = 1024;

    private InsertRows() {
    }

    static List<Map<String, Scalar>> parse(List<String> rowsJson) {
        int n = rowsJson.size();
        if (n < PARALLEL_FROM) {
            List<Map<String, Scalar>> rows = new ArrayList<>(n);
            for (String json : rowsJson) {
                rows.add(RowJson.parseRow(json));
            }
            return rows;
        }
        // Each slot ends up holding the parsed row or the failure of that row.
        Object[] outcomes = new Object[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            try {
                outcomes[i] = RowJson.parseRow(rowsJson.get(i));
            } catch (RuntimeException e) {
                outcomes[i] = e;
            }
        });
        for (Object outcome : outcomes) {
            if (outcome instanceof RuntimeException e) {
                throw e;
            }
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Scalar>> rows = (List<Map<String, Scalar>>) (List<?>) Arrays.asList(outcomes);
        return rows;
    }
}
