package org.kalamdb.jdbc.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One scan the engine asks of a {@link TableSource}: the columns it needs (never empty, in the
 * order the returned rows must follow) and the {@code column = value} conjuncts it could push
 * down, each value spelled as the server's {@code eq} filter takes it ({@code 42}, {@code true},
 * {@code some text}, a canonical UUID). The engine re-checks every pushed condition itself, so a
 * source may apply them, or some of them, or none.
 *
 * @param table      the table to scan
 * @param columns    the stored names of the columns to return, in row order
 * @param equalities column name to value text, in the order they were found
 */
public record ScanRequest(TableDefinition table, List<String> columns, Map<String, String> equalities) {

    public ScanRequest {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a scan needs at least one column");
        }
        equalities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(equalities));
    }
}
