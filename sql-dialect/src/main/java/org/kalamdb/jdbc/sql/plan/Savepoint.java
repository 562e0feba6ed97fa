package org.kalamdb.jdbc.sql.plan;

/** {@code SAVEPOINT name}. KalamDB has no subtransactions: the driver refuses it with 0A000. */
public record Savepoint(String name) implements TransactionPlan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
