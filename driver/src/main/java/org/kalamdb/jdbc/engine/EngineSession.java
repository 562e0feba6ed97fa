package org.kalamdb.jdbc.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.runtime.Hook;
import org.kalamdb.jdbc.engine.calcite.CountOnlyScanRule;
import org.kalamdb.jdbc.engine.calcite.EqualityScanRule;
import org.apache.calcite.rel.rules.CoreRules;
import org.kalamdb.jdbc.engine.rewrite.PostgresRewriter;
import org.kalamdb.jdbc.engine.rewrite.RewrittenSql;
import org.kalamdb.jdbc.engine.rewrite.SqlRewriteException;

/**
 * The engine for one driver connection: the Calcite schema over that connection's
 * {@link TableSource} (built on the first query) and its prepared queries, each planned and
 * compiled once and kept for reuse. Not for concurrent use by several threads, like the JDBC
 * connection it belongs to; {@link PreparedQuery#cancel()} is the exception.
 */
public final class EngineSession implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EngineSession.class.getName());

    /** Prepared queries kept per session; the least recently used one goes first. */
    private static final int PLAN_CACHE_SIZE = 256;

    private final QueryEngine engine;
    private final TableSource source;
    private String defaultNamespace;
    private Connection calcite;
    /** Bumped whenever the schema is rebuilt; plans of an older generation are compiled again. */
    private int generation;
    private boolean closed;

    private final Map<String, PreparedQuery> plans = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedQuery> eldest) {
            return size() > PLAN_CACHE_SIZE;
        }
    };

    EngineSession(QueryEngine engine, TableSource source, String defaultNamespace) {
        this.engine = engine;
        this.source = source;
        this.defaultNamespace = defaultNamespace;
    }

    /**
     * Prepares a query (SELECT, WITH, VALUES, a set operation) in PostgreSQL's dialect with
     * {@code ?} or {@code $n} parameters. The same text in the same namespace gives the same
     * prepared query, planned once.
     */
    public synchronized PreparedQuery prepare(String sql) throws SQLException {
        checkOpen();
        String key = defaultNamespace + '\u0000' + sql;
        PreparedQuery cached = plans.get(key);
        if (cached != null) {
            return cached;
        }
        RewrittenSql rewritten = rewrite(sql);
        PreparedQuery query = new PreparedQuery(this, rewritten, Map.of());
        query.compileNow();
        plans.put(key, query);
        return query;
    }

    /**
     * Prepares an UPDATE, DELETE or INSERT whose target rows and new values the engine computes
     * (see {@link PreparedMutation}); the driver then sends the writes.
     */
    public synchronized PreparedMutation prepareMutation(String sql) throws SQLException {
        checkOpen();
        return MutationPlanner.plan(this, rewrite(sql));
    }

    /** The namespace unqualified table names resolve in ({@code SET search_path}, {@code USE}). */
    public synchronized void setDefaultNamespace(String namespace) throws SQLException {
        Objects.requireNonNull(namespace, "namespace");
        if (namespace.equals(defaultNamespace)) {
            return;
        }
        defaultNamespace = namespace;
        invalidateSchema();
    }

    public synchronized String defaultNamespace() {
        return defaultNamespace;
    }

    /**
     * Forgets the schema (namespaces, tables, columns) after DDL; prepared queries handed out stay
     * usable and are planned again on their next execution.
     */
    public synchronized void invalidateSchema() {
        plans.clear();
        generation++;
        closeCalcite();
    }

    @Override
    public synchronized void close() {
        closed = true;
        plans.clear();
        closeCalcite();
    }

    TableSource source() {
        return source;
    }

    int generation() {
        return generation;
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw org.kalamdb.jdbc.error.Errors.closed("Connection");
        }
    }

    private static RewrittenSql rewrite(String sql) throws SQLException {
        try {
            return PostgresRewriter.rewrite(sql);
        } catch (SqlRewriteException e) {
            throw EngineErrors.translate(e);
        }
    }

    /**
     * Plans {@code sql}. An operand whose type nothing in its context tells ({@code SELECT ?},
     * {@code SELECT NULL}) is retried as text, PostgreSQL's reading of "unknown"; the returned
     * statement says which text was finally planned.
     */
    synchronized Prepared prepareStatement(RewrittenSql sql) throws SQLException {
        checkOpen();
        Connection connection = connection();
        RewrittenSql current = sql;
        while (true) {
            Hook.Closeable rules = Hook.PLANNER.addThread(ADD_RULES);
            try {
                PreparedStatement statement = connection.prepareStatement(current.sql());
                return new Prepared(current, statement, generation);
            } catch (SQLException | RuntimeException e) {
                RewrittenSql retry = retryWithTextOperand(e, current);
                if (retry == null) {
                    throw EngineErrors.translate(e);
                }
                current = retry;
            } finally {
                rules.close();
            }
        }
    }

    /** The engine's own planner rules, added to each planner Calcite makes on this thread. */
    private static final Consumer<RelOptPlanner> ADD_RULES = planner -> {
        planner.addRule(CountOnlyScanRule.INSTANCE);
        planner.addRule(EqualityScanRule.INSTANCE);
        // Filters stay above the scans, compiled once with the query (see EqualityScanRule).
        planner.removeRule(CoreRules.FILTER_SCAN);
        planner.removeRule(CoreRules.FILTER_INTERPRETER_SCAN);
    };

    /** A statement planned by Calcite, with the text it was planned from. */
    record Prepared(RewrittenSql sql, PreparedStatement statement, int generation) {
    }

    private static RewrittenSql retryWithTextOperand(Throwable failure, RewrittenSql sql) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CalciteContextException c && c.getMessage() != null
                    && (c.getMessage().contains("Illegal use of dynamic parameter")
                    || c.getMessage().contains("Illegal use of 'NULL'"))) {
                int offset = sql.offsetOf(c.getPosLine(), c.getPosColumn());
                return offset < 0 ? null : sql.withTextOperandAt(offset);
            }
        }
        return null;
    }

    private Connection connection() throws SQLException {
        if (calcite == null) {
            calcite = engine.connect(source, defaultNamespace);
        }
        return calcite;
    }

    private void closeCalcite() {
        if (calcite != null) {
            try {
                calcite.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "closing the engine's Calcite connection failed", e);
            }
            calcite = null;
        }
    }
}
