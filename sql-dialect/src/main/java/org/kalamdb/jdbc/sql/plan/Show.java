package org.kalamdb.jdbc.sql.plan;

/**
 * {@code SHOW name} for any setting but {@code kalam.user_id}: one row, one text column named
 * after the setting. {@code SHOW ALL} has name {@code all}; {@code SHOW TIME ZONE} is
 * {@code timezone}; {@code SHOW TRANSACTION ISOLATION LEVEL} is {@code transaction_isolation}.
 *
 * @param name folded setting name
 */
public record Show(String name) implements SessionPlan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
