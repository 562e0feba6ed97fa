package org.kalamdb.jdbc.engine;

import java.util.Objects;

/** The table column a result column is a plain reference to. */
public record ColumnOrigin(String namespace, String table, String column) {

    public ColumnOrigin {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }
}
