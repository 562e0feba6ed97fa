package org.kalamdb.jdbc.sql.plan;

/**
 * What one SQL statement asks the driver to do: an immutable, parameter-independent description
 * produced once by {@link org.kalamdb.jdbc.sql.SqlParser} and executed any number of times with
 * different bound values (parameters are referenced by index).
 *
 * <p>Plans fall into families — {@link SessionPlan}, {@link TransactionPlan}, {@link DdlPlan},
 * {@link QueryPlan}, {@link WritePlan} — plus {@link NoOp}, {@link Unsupported} and
 * {@link EmptyStatement}. Java 17 has no pattern matching for switch, so exhaustive dispatch is
 * {@link #accept(Visitor)}: adding a plan kind breaks every visitor at compile time.
 */
public sealed interface Plan
        permits SessionPlan, TransactionPlan, DdlPlan, QueryPlan, WritePlan, NoOp, Unsupported, EmptyStatement {

    <R> R accept(Visitor<R> visitor);

    /** One method per plan kind. */
    interface Visitor<R> {
        // session
        R visit(SetUserId plan);

        R visit(ShowUserId plan);

        R visit(SetSchema plan);

        R visit(SetIgnored plan);

        R visit(ResetAll plan);

        R visit(Show plan);

        // transactions
        R visit(Begin plan);

        R visit(Commit plan);

        R visit(Rollback plan);

        R visit(Savepoint plan);

        R visit(ReleaseSavepoint plan);

        R visit(RollbackToSavepoint plan);

        // DDL
        R visit(CreateTable plan);

        R visit(CreateForeignTable plan);

        R visit(AlterTable plan);

        R visit(DropTables plan);

        R visit(CreateSchema plan);

        R visit(DropSchema plan);

        R visit(ImportForeignSchema plan);

        // reads
        R visit(Select plan);

        R visit(FunctionCall plan);

        R visit(GeneralSelect plan);

        // writes
        R visit(Insert plan);

        R visit(Update plan);

        R visit(Delete plan);

        // the rest
        R visit(NoOp plan);

        R visit(Unsupported plan);

        R visit(EmptyStatement plan);
    }
}
