package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.kalamdb.jdbc.engine.EngineSession;
import org.kalamdb.jdbc.engine.MutationRow;
import org.kalamdb.jdbc.engine.ParameterType;
import org.kalamdb.jdbc.engine.PreparedMutation;
import org.kalamdb.jdbc.engine.PreparedQuery;
import org.kalamdb.jdbc.engine.QueryEngine;
import org.kalamdb.jdbc.engine.QueryResult;
import org.kalamdb.jdbc.engine.ResultColumn;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.schema.SchemaCache;

/**
 * One connection's use of the embedded query engine (design.md D3): its {@link EngineSession},
 * opened on the first query the fast path cannot serve (a connection that only runs simple CRUD
 * never loads Calcite) and closed with the connection, over a {@link SessionTableSource}.
 *
 * <ul>
 *   <li>Plans are prepared once per SQL text and namespace and reused (the engine caches queries,
 *       this class caches mutations); DDL {@link #invalidateSchema() invalidates} both.</li>
 *   <li>Unqualified names resolve in the connection's current namespace, followed at every call
 *       ({@code SET search_path}, {@code Connection.setSchema}).</li>
 *   <li>A table, namespace or column the engine does not know may have been created or altered by
 *       another connection: the schema is then read again and the statement planned once more.</li>
 *   <li>{@code Statement.cancel()} and the query timeout stop the engine's local work (57014; a
 *       timeout as SQLTimeoutException), as they stop RPCs.</li>
 * </ul>
 */
final class EngineBridge implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EngineBridge.class.getName());
    private static final int MUTATIONS_KEPT = 256;

    private final SchemaCache schemas;
    private final SessionTableSource source;
    private EngineSession engine;
    private final Map<String, PreparedMutation> mutations = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedMutation> eldest) {
            return size() > MUTATIONS_KEPT;
        }
    };

    EngineBridge(SchemaCache schemas) {
        this.schemas = schemas;
        this.source = new SessionTableSource(schemas);
    }

    @FunctionalInterface
    private interface Action<T> {
        T run() throws SQLException;
    }

    /** Every row of a query (SELECT, WITH, VALUES, set operations) with the statement's parameters. */
    QueryResult query(String sql, ExecutionContext context) throws SQLException {
        return withFreshSchemaOnce(context, () -> {
            PreparedQuery query = session(context).prepare(sql);
            List<Object> values = EngineSql.parameters(context.request().parameters());
            return cancellable(context, query::cancel, () -> query.execute(values));
        });
    }

    /** The result columns of a query, without running it. */
    List<ResultColumn> describe(String sql, ExecutionContext context) throws SQLException {
        return withFreshSchemaOnce(context, () -> session(context).prepare(sql).columns());
    }

    /** The types the engine infers for a query's parameters, without running it. */
    List<ParameterType> parameters(String sql, ExecutionContext context) throws SQLException {
        return withFreshSchemaOnce(context, () -> session(context).prepare(sql).parameters());
    }

    /** An UPDATE, DELETE or INSERT whose writes the engine computes, prepared once per text and namespace. */
    PreparedMutation mutation(String sql, ExecutionContext context) throws SQLException {
        return withFreshSchemaOnce(context, () -> {
            EngineSession s = session(context);
            String key = s.defaultNamespace() + '\u0000' + sql;
            PreparedMutation cached = mutations.get(key);
            if (cached == null) {
                cached = s.prepareMutation(sql);
                mutations.put(key, cached);
            }
            return cached;
        });
    }

    /** The writes of a prepared mutation for the statement's parameters. */
    List<MutationRow> writes(PreparedMutation mutation, ExecutionContext context) throws SQLException {
        try (SessionTableSource.Binding b = source.bind(context)) {
            List<Object> values = EngineSql.parameters(context.request().parameters());
            return cancellable(context, mutation::cancel, () -> mutation.execute(values));
        } catch (SQLException e) {
            if (isStaleSchema(e)) {
                invalidateSchema(); // the next statement plans against the server's definitions
            }
            throw e;
        }
    }

    /** True once the connection has used the engine (and until it is closed). */
    boolean isOpen() {
        return engine != null;
    }

    /** Forgets the engine's schema and plans (after DDL, or a stale definition). */
    void invalidateSchema() {
        mutations.clear();
        if (engine != null) {
            engine.invalidateSchema();
        }
    }

    @Override
    public void close() {
        mutations.clear();
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    private EngineSession session(ExecutionContext context) throws SQLException {
        String namespace = context.session().namespace();
        if (engine == null) {
            engine = QueryEngine.instance().openSession(source, namespace);
        } else if (!engine.defaultNamespace().equals(namespace)) {
            mutations.clear();
            engine.setDefaultNamespace(namespace);
        }
        return engine;
    }

    /**
     * Runs {@code action} for the statement; when the engine does not know a table, namespace or
     * column, reads the schema again and runs it once more.
     */
    private <T> T withFreshSchemaOnce(ExecutionContext context, Action<T> action) throws SQLException {
        try (SessionTableSource.Binding b = source.bind(context)) {
            try {
                return action.run();
            } catch (SQLException e) {
                if (!isStaleSchema(e)) {
                    throw e;
                }
                LOG.log(Level.FINE, "the engine's schema may be stale; reading it again", e);
                schemas.invalidateAll();
                invalidateSchema();
                return action.run();
            }
        }
    }

    private static boolean isStaleSchema(SQLException e) {
        String state = e.getSQLState();
        return SqlStates.UNDEFINED_TABLE.equals(state) || SqlStates.INVALID_SCHEMA_NAME.equals(state)
                || SqlStates.UNDEFINED_COLUMN.equals(state);
    }

    /** Lets Statement.cancel() and the query timeout stop {@code action} through {@code cancel}. */
    private static <T> T cancellable(ExecutionContext context, Cancel cancel, Action<T> action) throws SQLException {
        CallControl control = context.control();
        control.check();
        Runnable stop = () -> {
            try {
                cancel.run();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "cancelling the engine's query failed", e);
            }
        };
        long remaining = control.remainingNanos();
        ScheduledFuture<?> timer = remaining >= 0 ? EngineTimeouts.after(remaining, stop) : null;
        try (CallControl.Registration r = control.onCancel(stop)) {
            return action.run();
        } catch (SQLException e) {
            if (SqlStates.QUERY_CANCELED.equals(e.getSQLState()) && control.deadlinePassed()
                    && !(e instanceof SQLTimeoutException)) {
                throw Errors.timeout("canceling statement due to statement timeout (" + control.timeoutMillis()
                        + " ms)", e);
            }
            throw e;
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
        }
    }

    @FunctionalInterface
    private interface Cancel {
        void run() throws SQLException;
    }
}
