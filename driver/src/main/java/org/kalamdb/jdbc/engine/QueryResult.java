package org.kalamdb.jdbc.engine;

import java.util.List;
import java.util.Objects;

/** A query's result: its columns and its rows of canonical values, in result order. */
public record QueryResult(List<ResultColumn> columns, List<Object[]> rows) {

    public QueryResult {
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
        rows = java.util.Collections.unmodifiableList(rows);
    }
}
