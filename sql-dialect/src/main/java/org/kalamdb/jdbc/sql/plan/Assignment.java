package org.kalamdb.jdbc.sql.plan;

import java.util.Objects;

import org.kalamdb.jdbc.sql.expr.Expr;

/**
 * {@code column = value} of an UPDATE.
 *
 * @param column folded column name
 * @param value  the new value, evaluated against the old row; {@link Expr.Default} for DEFAULT
 */
public record Assignment(String column, Expr value) {

    public Assignment {
        Objects.requireNonNull(column);
        Objects.requireNonNull(value);
    }
}
