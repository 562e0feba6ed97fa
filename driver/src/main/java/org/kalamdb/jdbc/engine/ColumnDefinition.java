package org.kalamdb.jdbc.engine;

import java.util.Objects;

import org.kalamdb.jdbc.types.KalamType;

/**
 * One column of a table as the driver exposes it to the engine, system columns ({@code _seq},
 * {@code _userid}) included.
 *
 * @param name       the stored (lowercase) column name
 * @param type       the KalamDB type
 * @param nullable   whether the column may hold NULL
 * @param primaryKey whether this is the table's primary key column
 */
public record ColumnDefinition(String name, KalamType type, boolean nullable, boolean primaryKey) {

    public ColumnDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
