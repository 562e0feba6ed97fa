package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.kalamdb.jdbc.config.ConnectionConfig;
import org.kalamdb.jdbc.engine.EngineWarmUp;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.schema.SchemaCache;
import org.kalamdb.jdbc.session.ConnectionSession;
import org.kalamdb.jdbc.sql.ParsedStatement;
import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.plan.AlterTable;
import org.kalamdb.jdbc.sql.plan.Begin;
import org.kalamdb.jdbc.sql.plan.Commit;
import org.kalamdb.jdbc.sql.plan.CreateForeignTable;
import org.kalamdb.jdbc.sql.plan.CreateSchema;
import org.kalamdb.jdbc.sql.plan.CreateTable;
import org.kalamdb.jdbc.sql.plan.Delete;
import org.kalamdb.jdbc.sql.plan.DropSchema;
import org.kalamdb.jdbc.sql.plan.DropTables;
import org.kalamdb.jdbc.sql.plan.EmptyStatement;
import org.kalamdb.jdbc.sql.plan.FunctionCall;
import org.kalamdb.jdbc.sql.plan.GeneralSelect;
import org.kalamdb.jdbc.sql.plan.ImportForeignSchema;
import org.kalamdb.jdbc.sql.plan.Insert;
import org.kalamdb.jdbc.sql.plan.NoOp;
import org.kalamdb.jdbc.sql.plan.Plan;
import org.kalamdb.jdbc.sql.plan.ReleaseSavepoint;
import org.kalamdb.jdbc.sql.plan.ResetAll;
import org.kalamdb.jdbc.sql.plan.Rollback;
import org.kalamdb.jdbc.sql.plan.RollbackToSavepoint;
import org.kalamdb.jdbc.sql.plan.Savepoint;
import org.kalamdb.jdbc.sql.plan.Select;
import org.kalamdb.jdbc.sql.plan.SetIgnored;
import org.kalamdb.jdbc.sql.plan.SetSchema;
import org.kalamdb.jdbc.sql.plan.SetUserId;
import org.kalamdb.jdbc.sql.plan.Show;
import org.kalamdb.jdbc.sql.plan.ShowUserId;
import org.kalamdb.jdbc.sql.plan.Unsupported;
import org.kalamdb.jdbc.sql.plan.Update;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.ValueConversionException;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * Runs SQL text on one connection: parses it (through the plan cache), then hands each
 * statement's plan to the executor of its family — {@link SessionCommandExecutor},
 * {@link DdlExecutor}, {@link SelectExecutor}, {@link FunctionExecutor}, {@link InsertExecutor},
 * {@link UpdateDeleteExecutor}. The plan visitor is exhaustive, so a new plan kind cannot be
 * forgotten. Callers serialise access (the connection's lock).
 */
public final class StatementEngine {

    private static final Logger LOG = Logger.getLogger(StatementEngine.class.getName());

    private final ConnectionSession session;
    private final SchemaCache schemas;
    private final ConnectionConfig config;
    private final SessionSettings settings;
    private final PlanCache plans = new PlanCache();
    private final SessionCommandExecutor sessionCommands = new SessionCommandExecutor();
    private final DdlExecutor ddl = new DdlExecutor();
    private final EngineBridge engine;
    private final SelectExecutor selects;
    private final FunctionExecutor functions = new FunctionExecutor();
    private final InsertExecutor inserts;
    private final UpdateDeleteExecutor updates = new UpdateDeleteExecutor();
    private final EngineWriteExecutor engineWrites;

    public StatementEngine(ConnectionSession session, ConnectionConfig config) {
        this.session = session;
        this.config = config;
        this.schemas = new SchemaCache(session);
        this.settings = new SessionSettings(config);
        this.engine = new EngineBridge(schemas);
        this.selects = new SelectExecutor(engine);
        this.inserts = new InsertExecutor(selects, functions);
        this.engineWrites = new EngineWriteExecutor(engine, inserts);
    }

    public SchemaCache schemas() {
        return schemas;
    }

    public void setReadOnly(boolean readOnly) {
        settings.setReadOnly(readOnly);
    }

    /** The number of parameters {@code sql} takes (parses it; 42601 on a syntax error). */
    public int parameterCount(String sql) throws SQLException {
        return plans.get(sql).parameterCount();
    }

    /** Runs every statement of {@code sql}; a failure stops the script (earlier statements stay done). */
    public List<StatementResult> execute(String sql, ExecutionRequest request) throws SQLException {
        Script script = plans.get(sql);
        List<StatementResult> results = new ArrayList<>(script.statements().size());
        for (ScriptStatement statement : script.statements()) {
            ExecutionContext context = new ExecutionContext(session, schemas, config, settings, request,
                    statement.sql());
            LOG.finer(() -> "executing " + (statement instanceof ScriptStatement.Planned p
                    ? p.statement().plan().getClass().getSimpleName() : "a write computed by the query engine"));
            if (statement instanceof ScriptStatement.Planned planned) {
                results.add(run(planned.statement(), context));
            } else {
                ScriptStatement.EngineWrite write = (ScriptStatement.EngineWrite) statement;
                results.add(guard(() -> {
                    session.checkNotFailed();
                    return engineWrites.run(write, context);
                }));
            }
        }
        startEngineWarmUp();
        return results;
    }

    /**
     * After a statement, not at connect: the warm-up then never competes with a cold JVM's first
     * statement for the CPU, and it is skipped altogether when that statement already used the engine.
     */
    private void startEngineWarmUp() {
        if (settings.engineWarmUp()) {
            EngineWarmUp.startOnce();
        }
    }

    /** True once a statement needed the query engine (the fast path alone never starts it). */
    public boolean queryEngineStarted() {
        return engine.isOpen();
    }

    /** Closes the connection's query engine session, if one was opened. */
    public void close() {
        engine.close();
    }

    /**
     * A parameter batch: a one-row INSERT ... VALUES goes out as rows of one Insert per 4 MiB
     * chunk; other statements run once per parameter set. On failure a BatchUpdateException
     * carries the counts of the sets that completed.
     */
    public BatchResult executeBatch(String sql, List<List<Object>> parameterSets, ExecutionRequest request)
            throws SQLException {
        Script script = plans.get(sql);
        if (script.statements().size() == 1 && script.statements().get(0) instanceof ScriptStatement.Planned p
                && p.statement().plan() instanceof Insert insert && InsertExecutor.isBatchable(insert)) {
            List<ExecutionContext> contexts = new ArrayList<>(parameterSets.size());
            for (List<Object> values : parameterSets) {
                contexts.add(new ExecutionContext(session, schemas, config, settings, request.withParameters(values),
                        sql));
            }
            try {
                BatchResult result = guard(() -> inserts.insertBatch(insert, contexts));
                startEngineWarmUp();
                return result;
            } catch (SQLException e) {
                throw Errors.batchFailure(new long[0], e);
            }
        }
        long[] counts = new long[parameterSets.size()];
        for (int i = 0; i < parameterSets.size(); i++) {
            try {
                long total = 0;
                for (StatementResult r : execute(sql, request.withParameters(parameterSets.get(i)))) {
                    if (r instanceof StatementResult.Rows) {
                        throw Errors.create("0100E", "Batch entry " + i + " returned a result set; batches may only "
                                + "hold statements that return update counts");
                    }
                    total += ((StatementResult.Count) r).count();
                }
                counts[i] = total;
            } catch (SQLException e) {
                throw Errors.batchFailure(java.util.Arrays.copyOf(counts, i), e);
            }
        }
        return new BatchResult(counts, null);
    }

    /**
     * The result columns of {@code sql} when it is one query of the fast path or of the engine,
     * else null (unknown before running).
     */
    public List<Field> describeResult(String sql, CallControl control) throws SQLException {
        Script script = plans.get(sql);
        if (script.statements().size() != 1 || !(script.statements().get(0) instanceof ScriptStatement.Planned p)) {
            return null;
        }
        ExecutionContext context = new ExecutionContext(session, schemas, config, settings,
                new ExecutionRequest(List.of(), 0, 0, GeneratedKeys.NONE, control, null), sql);
        if (p.statement().plan() instanceof Select select) {
            return guard(() -> selects.describe(select, context));
        }
        if (p.statement().plan() instanceof GeneralSelect general) {
            return guard(() -> selects.describeGeneral(general, context));
        }
        return null;
    }

    /**
     * The parameter types the query engine infers for {@code sql} when it is one query the engine
     * plans, else null (the fast path and writes coerce values to the column they meet). Types are
     * a best effort: when the query cannot be planned yet (its table does not exist yet, say) they
     * are unknown, and the statement reports its error when it runs, as every other statement does.
     */
    public List<KalamType> describeParameters(String sql, CallControl control) throws SQLException {
        Script script = plans.get(sql);
        if (script.statements().size() != 1 || !(script.statements().get(0) instanceof ScriptStatement.Planned p)
                || !(p.statement().plan() instanceof GeneralSelect general)) {
            return null;
        }
        ExecutionContext context = new ExecutionContext(session, schemas, config, settings,
                new ExecutionRequest(List.of(), 0, 0, GeneratedKeys.NONE, control, null), sql);
        try {
            return guard(() -> selects.describeParameters(general, context));
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                throw e;
            }
            LOG.log(Level.FINE, "the parameter types of a query are unknown", e);
            return null;
        }
    }

    @FunctionalInterface
    private interface Action<T> {
        T run() throws SQLException;
    }

    /** Converts the unchecked failures of the dialect and type layers into SQLExceptions. */
    private static <T> T guard(Action<T> action) throws SQLException {
        try {
            return action.run();
        } catch (SqlDialectException e) {
            throw Errors.fromDialect(e);
        } catch (ValueConversionException e) {
            throw Errors.fromConversion(e);
        } catch (ExecutionContext.SqlExceptionCarrier e) {
            throw e.exception();
        }
    }

    private StatementResult run(ParsedStatement statement, ExecutionContext context) throws SQLException {
        Action<StatementResult> action = statement.plan().accept(new Dispatch(statement, context));
        return guard(action);
    }

    /** Picks the executor of each plan kind; runs nothing itself. */
    private final class Dispatch implements Plan.Visitor<Action<StatementResult>> {

        private final ParsedStatement statement;
        private final ExecutionContext c;

        Dispatch(ParsedStatement statement, ExecutionContext context) {
            this.statement = statement;
            this.c = context;
        }

        /**
         * DDL: afterwards the engine's schema and plans are read again (also after a failure, which
         * may have changed part of the schema).
         */
        private Action<StatementResult> schemaChange(Action<StatementResult> action) {
            return checked(() -> {
                try {
                    return action.run();
                } finally {
                    engine.invalidateSchema();
                }
            });
        }

        /** Every statement but COMMIT/ROLLBACK is refused in a failed transaction (25P02). */
        private Action<StatementResult> checked(Action<StatementResult> action) {
            return () -> {
                session.checkNotFailed();
                return action.run();
            };
        }

        @Override
        public Action<StatementResult> visit(SetUserId plan) {
            return checked(() -> sessionCommands.setUserId(plan, c));
        }

        @Override
        public Action<StatementResult> visit(ShowUserId plan) {
            return checked(() -> sessionCommands.showUserId(plan, c));
        }

        @Override
        public Action<StatementResult> visit(SetSchema plan) {
            return checked(() -> sessionCommands.setSchema(plan, c));
        }

        @Override
        public Action<StatementResult> visit(SetIgnored plan) {
            return checked(() -> sessionCommands.setIgnored(plan, c));
        }

        @Override
        public Action<StatementResult> visit(ResetAll plan) {
            return checked(() -> sessionCommands.resetAll(plan, c));
        }

        @Override
        public Action<StatementResult> visit(Show plan) {
            return checked(() -> sessionCommands.show(plan, c));
        }

        @Override
        public Action<StatementResult> visit(Begin plan) {
            return checked(() -> sessionCommands.begin(plan, c));
        }

        @Override
        public Action<StatementResult> visit(Commit plan) {
            return () -> sessionCommands.commit(c);
        }

        @Override
        public Action<StatementResult> visit(Rollback plan) {
            return () -> sessionCommands.rollback(c);
        }

        @Override
        public Action<StatementResult> visit(Savepoint plan) {
            return checked(() -> sessionCommands.savepoint("SAVEPOINT"));
        }

        @Override
        public Action<StatementResult> visit(ReleaseSavepoint plan) {
            return checked(() -> sessionCommands.savepoint("RELEASE SAVEPOINT"));
        }

        @Override
        public Action<StatementResult> visit(RollbackToSavepoint plan) {
            return checked(() -> sessionCommands.savepoint("ROLLBACK TO SAVEPOINT"));
        }

        @Override
        public Action<StatementResult> visit(CreateTable plan) {
            return schemaChange(() -> ddl.createTable(plan, c));
        }

        @Override
        public Action<StatementResult> visit(CreateForeignTable plan) {
            return schemaChange(() -> ddl.createForeignTable(plan, c));
        }

        @Override
        public Action<StatementResult> visit(AlterTable plan) {
            return schemaChange(() -> ddl.alterTable(plan, c));
        }

        @Override
        public Action<StatementResult> visit(DropTables plan) {
            return schemaChange(() -> ddl.dropTables(plan, c));
        }

        @Override
        public Action<StatementResult> visit(CreateSchema plan) {
            return schemaChange(() -> ddl.createSchema(plan, c));
        }

        @Override
        public Action<StatementResult> visit(DropSchema plan) {
            return schemaChange(() -> ddl.dropSchema(plan, c));
        }

        @Override
        public Action<StatementResult> visit(ImportForeignSchema plan) {
            return schemaChange(() -> ddl.importForeignSchema(plan));
        }

        @Override
        public Action<StatementResult> visit(Select plan) {
            return checked(() -> {
                try {
                    return selects.select(plan, c);
                } catch (SQLException e) {
                    if (!SqlStates.FEATURE_NOT_SUPPORTED.equals(e.getSQLState())) {
                        throw e;
                    }
                    // Planned for the fast path, but its residual is beyond the dialect's evaluator.
                    return selects.viaEngine(statement.parameters(), c);
                }
            });
        }

        @Override
        public Action<StatementResult> visit(FunctionCall plan) {
            // kalam_exec may run any KalamDB statement, DDL included.
            return plan.calls("kalam_exec") ? schemaChange(() -> functions.call(plan, c))
                    : checked(() -> functions.call(plan, c));
        }

        @Override
        public Action<StatementResult> visit(GeneralSelect plan) {
            return checked(() -> selects.general(plan, c));
        }

        @Override
        public Action<StatementResult> visit(Insert plan) {
            return checked(() -> inserts.insert(plan, c));
        }

        @Override
        public Action<StatementResult> visit(Update plan) {
            return checked(() -> updates.update(plan, c));
        }

        @Override
        public Action<StatementResult> visit(Delete plan) {
            return checked(() -> updates.delete(plan, c));
        }

        @Override
        public Action<StatementResult> visit(NoOp plan) {
            return checked(StatementResult.Count::zero);
        }

        @Override
        public Action<StatementResult> visit(Unsupported plan) {
            return () -> {
                throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, plan.reason());
            };
        }

        @Override
        public Action<StatementResult> visit(EmptyStatement plan) {
            return StatementResult.Count::zero;
        }
    }
}
