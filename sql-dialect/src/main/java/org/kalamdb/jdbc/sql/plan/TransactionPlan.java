package org.kalamdb.jdbc.sql.plan;

/** Transaction control (design.md D6). */
public sealed interface TransactionPlan extends Plan
        permits Begin, Commit, Rollback, Savepoint, ReleaseSavepoint, RollbackToSavepoint {
}
