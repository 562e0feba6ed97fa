package org.kalamdb.jdbc.sql.plan;

import org.kalamdb.jdbc.sql.expr.Expr;

/**
 * Sets the tenant, {@code kalam.user_id}. Written as {@code SET [SESSION|LOCAL] kalam.user_id =|TO
 * value}, {@code SET kalam.user_id TO DEFAULT}, {@code RESET kalam.user_id}, or
 * {@code SELECT set_config('kalam.user_id', value, is_local)}.
 *
 * @param value       the new value: a {@link Expr.Literal} string, a {@link Expr.Parameter} (only
 *                    in the set_config form), or null for RESET / DEFAULT, which restores the
 *                    connection's initial {@code userId} (none if it had none), as PostgreSQL's
 *                    RESET restores the session default
 * @param local       {@code SET LOCAL} or {@code set_config(..., true)}: only until the end of the
 *                    current transaction
 * @param resultLabel null for SET/RESET (no result set); for the set_config form the statement
 *                    returns one row with one column of this label holding the new value
 */
public record SetUserId(Expr value, boolean local, String resultLabel) implements SessionPlan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
