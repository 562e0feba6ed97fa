package org.kalamdb.jdbc.types.json;

import java.util.Objects;

import org.kalamdb.jdbc.types.KalamType;

/** One cell of a row to send: the column, its KalamDB type and the (not yet coerced) value. */
public record ColumnValue(String column, KalamType type, Object value) {

    public ColumnValue {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
    }
}
