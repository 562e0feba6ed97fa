package org.kalamdb.jdbc.sql.plan;

/** {@code RELEASE [SAVEPOINT] name}. The driver refuses it with 0A000. */
public record ReleaseSavepoint(String name) implements TransactionPlan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
