package org.kalamdb.jdbc.sql.plan;

/**
 * {@code RESET ALL} or {@code DISCARD ALL}: restore every session setting (tenant, schema) to the
 * connection's initial values.
 */
public record ResetAll() implements SessionPlan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
