package org.kalamdb.jdbc.sql.plan;

/** {@code COMMIT}, {@code COMMIT WORK|TRANSACTION}, {@code END}. */
public record Commit() implements TransactionPlan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
