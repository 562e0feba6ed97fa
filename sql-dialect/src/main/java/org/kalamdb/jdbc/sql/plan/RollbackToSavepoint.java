package org.kalamdb.jdbc.sql.plan;

/** {@code ROLLBACK [WORK|TRANSACTION] TO [SAVEPOINT] name}. The driver refuses it with 0A000. */
public record RollbackToSavepoint(String name) implements TransactionPlan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
