package org.kalamdb.jdbc.sql.plan;

/**
 * Returns the tenant: {@code SHOW kalam.user_id} (column {@code kalam.user_id}) or
 * {@code SELECT current_setting('kalam.user_id')} (column {@code current_setting} unless aliased).
 * One row, one text column, NULL when unset.
 *
 * @param label the result column label
 */
public record ShowUserId(String label) implements SessionPlan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
