package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kalamdb.jdbc.ResultSets;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.session.ConnectionSession;
import org.kalamdb.jdbc.session.Tenant;
import org.kalamdb.jdbc.sql.plan.Begin;
import org.kalamdb.jdbc.sql.plan.IsolationLevel;
import org.kalamdb.jdbc.sql.plan.ResetAll;
import org.kalamdb.jdbc.sql.plan.SetIgnored;
import org.kalamdb.jdbc.sql.plan.SetSchema;
import org.kalamdb.jdbc.sql.plan.SetUserId;
import org.kalamdb.jdbc.sql.plan.Show;
import org.kalamdb.jdbc.sql.plan.ShowUserId;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * Session and transaction commands: the tenant ({@code SET/RESET/SHOW kalam.user_id},
 * {@code set_config}, {@code current_setting}), the namespace ({@code SET search_path},
 * {@code SET SCHEMA}), settings KalamDB ignores, and BEGIN / COMMIT / ROLLBACK with the state
 * machine of {@link ConnectionSession}. {@code SET LOCAL} lasts until the transaction ends;
 * outside a transaction it has no effect and warns, as in PostgreSQL. Savepoints are 0A000.
 */
final class SessionCommandExecutor {

    StatementResult setUserId(SetUserId plan, ExecutionContext context) throws SQLException {
        Object value = plan.value() == null ? context.settings().initialUserId() : context.valueOf(plan.value(), org.kalamdb.jdbc.sql.expr.RowValues.EMPTY);
        String next = value == null ? null : String.valueOf(value);
        Tenant tenant = context.session().tenant();
        if (plan.local()) {
            if (!context.session().inTransaction()) {
                context.session().addWarning("SET LOCAL can only be used in transaction blocks", "25P01");
                return label(plan.resultLabel(), next, context);
            }
            String previous = tenant.userId();
            tenant.set(next);
            context.session().atTransactionEnd(() -> restoreTenant(tenant, previous));
        } else {
            tenant.set(next);
        }
        return label(plan.resultLabel(), tenant.userId(), context);
    }

    private static void restoreTenant(Tenant tenant, String previous) {
        try {
            tenant.set(previous);
        } catch (SQLException e) {
            // Only a locked tenant refuses a change, and then it never changed in the first place.
        }
    }

    private static StatementResult label(String resultLabel, String value, ExecutionContext context)
            throws SQLException {
        if (resultLabel == null) {
            return StatementResult.Count.zero();
        }
        return textRow(resultLabel, value, context);
    }

    StatementResult showUserId(ShowUserId plan, ExecutionContext context) throws SQLException {
        return textRow(plan.label(), context.session().tenant().userId(), context);
    }

    StatementResult setSchema(SetSchema plan, ExecutionContext context) throws SQLException {
        ConnectionSession session = context.session();
        String next = plan.schema() == null ? context.settings().initialNamespace() : plan.schema();
        if (plan.local()) {
            if (!session.inTransaction()) {
                session.addWarning("SET LOCAL can only be used in transaction blocks", "25P01");
                return StatementResult.Count.zero();
            }
            String previous = session.namespace();
            session.setNamespace(next);
            session.atTransactionEnd(() -> {
                try {
                    session.setNamespace(previous);
                } catch (SQLException e) {
                    // previous was a valid namespace when it was set
                }
            });
        } else {
            session.setNamespace(next);
        }
        return StatementResult.Count.zero();
    }

    StatementResult setIgnored(SetIgnored plan, ExecutionContext context) {
        context.settings().setIgnored(plan.name(), plan.value());
        return StatementResult.Count.zero();
    }

    StatementResult resetAll(ResetAll plan, ExecutionContext context) throws SQLException {
        context.session().tenant().set(context.settings().initialUserId());
        context.session().setNamespace(context.settings().initialNamespace());
        return StatementResult.Count.zero();
    }

    StatementResult show(Show plan, ExecutionContext context) throws SQLException {
        SessionFunctions functions = new SessionFunctions(context);
        if ("all".equals(plan.name())) {
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {"kalam.user_id", context.session().tenant().userId(),
                "KalamDB session user id (tenant)"});
            rows.add(new Object[] {"search_path", context.session().namespace(), "KalamDB namespace of unqualified names"});
            for (Map.Entry<String, String> e : context.settings().allIgnored().entrySet()) {
                rows.add(new Object[] {e.getKey(), e.getValue(), "accepted for compatibility; KalamDB ignores it"});
            }
            List<Field> fields = List.of(KalamType.TEXT.toArrowField("name", false, false),
                    KalamType.TEXT.toArrowField("setting", true, false),
                    KalamType.TEXT.toArrowField("description", true, false));
            return new StatementResult.Rows(ResultSets.of(fields, rows, context.statement()));
        }
        return textRow(plan.name(), functions.setting(plan.name(), false), context);
    }

    private static StatementResult textRow(String label, String value, ExecutionContext context)
            throws SQLException {
        List<Field> fields = List.of(KalamType.TEXT.toArrowField(label, true, false));
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {value});
        return new StatementResult.Rows(ResultSets.of(fields, rows, context.statement()));
    }

    // ---- transactions ----------------------------------------------------------------------------

    StatementResult begin(Begin plan, ExecutionContext context) throws SQLException {
        if (plan.isolation() == IsolationLevel.SERIALIZABLE) {
            throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "SERIALIZABLE isolation is not available: KalamDB transactions are snapshot isolation ("
                    + "REPEATABLE READ)");
        }
        ConnectionSession session = context.session();
        boolean wasInTransaction = session.inTransaction();
        session.begin();
        if (!wasInTransaction && Boolean.TRUE.equals(plan.readOnly())) {
            context.settings().setTransactionReadOnly(true);
            session.atTransactionEnd(() -> context.settings().setTransactionReadOnly(false));
        }
        return StatementResult.Count.zero();
    }

    StatementResult commit(ExecutionContext context) throws SQLException {
        ConnectionSession session = context.session();
        if (session.isFailed()) {
            // PostgreSQL answers COMMIT of an aborted transaction with ROLLBACK, not an error.
            session.rollback(context.rpc());
            session.addWarning("the transaction was aborted by the server; COMMIT rolled it back", "40001");
            return StatementResult.Count.zero();
        }
        session.commit(context.rpc());
        return StatementResult.Count.zero();
    }

    StatementResult rollback(ExecutionContext context) throws SQLException {
        context.session().rollback(context.rpc());
        return StatementResult.Count.zero();
    }

    StatementResult savepoint(String what) throws SQLException {
        throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, what + " is not supported: KalamDB transactions have no savepoints or subtransactions");
    }
}
