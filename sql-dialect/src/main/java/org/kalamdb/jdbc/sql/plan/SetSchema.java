package org.kalamdb.jdbc.sql.plan;

/**
 * Changes the namespace for unqualified names: {@code SET search_path TO x[, ...]},
 * {@code SET SCHEMA 'x'}, {@code RESET search_path}.
 *
 * @param schema the first search-path entry other than {@code "$user"}, folded; null for
 *               RESET / DEFAULT (restore the connection's {@code currentSchema})
 * @param local  {@code SET LOCAL}: only until the end of the current transaction
 */
public record SetSchema(String schema, boolean local) implements SessionPlan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
