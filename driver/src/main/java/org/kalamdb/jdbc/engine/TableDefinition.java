package org.kalamdb.jdbc.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table the engine can query: its (lowercase) namespace and name, its type and its columns in
 * ordinal order.
 */
public record TableDefinition(String namespace, String name, TableKind kind, List<ColumnDefinition> columns) {

    public TableDefinition {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
    }

    /** The column with this stored name. */
    public Optional<ColumnDefinition> column(String columnName) {
        for (ColumnDefinition c : columns) {
            if (c.name().equals(columnName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The declared primary key column; stream tables may have none. */
    public Optional<ColumnDefinition> primaryKey() {
        for (ColumnDefinition c : columns) {
            if (c.primaryKey()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** {@code namespace.name}, for messages. */
    public String qualifiedName() {
        return namespace + "." + name;
    }
}
