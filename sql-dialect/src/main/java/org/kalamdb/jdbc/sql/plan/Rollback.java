package org.kalamdb.jdbc.sql.plan;

/** {@code ROLLBACK}, {@code ROLLBACK WORK|TRANSACTION}, {@code ABORT}. */
public record Rollback() implements TransactionPlan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
