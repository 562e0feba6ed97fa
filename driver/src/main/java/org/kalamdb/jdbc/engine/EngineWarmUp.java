package org.kalamdb.jdbc.engine;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.kalamdb.jdbc.types.KalamType;

/**
 * Plans and runs a few representative queries once per JVM on a background thread, over two small
 * tables that exist only in memory here, so that a connection's first real engine query does not
 * pay for loading, initialising and compiling the planner's code paths (about 1.5–2 s on a cold
 * JVM against some 50 ms once warm; benchmarks/README.md). It never touches a server, holds no
 * connection, and its failures are only logged: the first real query then just pays the price.
 *
 * <p>Started once a statement of a connection with the {@code engineWarmUp} property true (the
 * default) has completed, unless a real query already needed the engine by then. The thread is a
 * daemon, so it never keeps a JVM alive.
 */
public final class EngineWarmUp {

    private static final Logger LOG = Logger.getLogger(EngineWarmUp.class.getName());
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final String NAMESPACE = "warmup";
    private static final int ROWS = 64;

    /** What the queries exercise: aggregation, a join, filters with parameters, sorting, casts. */
    static final List<String> QUERIES = List.of(
            "SELECT name, count(*), sum(amount), avg(score), max(created) FROM facts"
                    + " WHERE active GROUP BY name ORDER BY name",
            "SELECT f.id, f.name, d.label FROM facts f JOIN dims d ON f.id = d.id WHERE f.score > ?"
                    + " ORDER BY f.id DESC LIMIT 10",
            "SELECT id, upper(name) || '!', amount * 2, created::date FROM facts WHERE id IN (1, 2, 3)"
                    + " OR name LIKE 'n1%'");

    private EngineWarmUp() {
    }

    /** Starts the warm-up unless it ran (or is running) in this JVM already, or is not needed. */
    public static void startOnce() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(EngineWarmUp::runQuietly, "kalam-jdbc-engine-warmup");
        thread.setDaemon(true);
        // Not the opening thread's loader (an application's or a tool's): the driver's own, which
        // is all the engine needs, and which keeps this thread from pinning a foreign loader.
        thread.setContextClassLoader(EngineWarmUp.class.getClassLoader());
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** A real query is using the engine: warming it up now would only compete with that query. */
    static void notNeeded() {
        STARTED.set(true);
    }

    private static void runQuietly() {
        long started = System.nanoTime();
        try {
            int rows = run();
            LOG.fine(() -> "engine warm-up done in " + (System.nanoTime() - started) / 1_000_000 + " ms (" + rows
                    + " rows)");
        } catch (SQLException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "engine warm-up failed; the first engine query will plan from cold", e);
        }
    }

    /** Runs every query once; the number of rows they returned (for tests). */
    static int run() throws SQLException {
        int rows = 0;
        try (EngineSession session = QueryEngine.instance().openSession(new InMemoryTables(), NAMESPACE)) {
            for (String sql : QUERIES) {
                PreparedQuery query = session.prepare(sql);
                List<Object> parameters = new ArrayList<>();
                for (int i = 0; i < query.parameterCount(); i++) {
                    parameters.add(ROWS / 2);
                }
                rows += query.execute(parameters).rows().size();
            }
        }
        return rows;
    }

    /** The two tables the queries read, generated on every scan. */
    private static final class InMemoryTables implements TableSource {

        private static final TableDefinition FACTS = new TableDefinition(NAMESPACE, "facts", TableKind.SHARED,
                List.of(new ColumnDefinition("id", KalamType.BIGINT, false, true),
                        new ColumnDefinition("name", KalamType.TEXT, true, false),
                        new ColumnDefinition("score", KalamType.DOUBLE, true, false),
                        new ColumnDefinition("created", KalamType.TIMESTAMP, true, false),
                        new ColumnDefinition("active", KalamType.BOOLEAN, true, false),
                        new ColumnDefinition("amount", KalamType.decimal(18, 4), true, false)));
        private static final TableDefinition DIMS = new TableDefinition(NAMESPACE, "dims", TableKind.SHARED,
                List.of(new ColumnDefinition("id", KalamType.BIGINT, false, true),
                        new ColumnDefinition("label", KalamType.TEXT, true, false)));
        private static final Map<String, TableDefinition> TABLES = Map.of("facts", FACTS, "dims", DIMS);

        @Override
        public List<String> namespaces() {
            return List.of(NAMESPACE);
        }

        @Override
        public List<String> tableNames(String namespace) {
            return NAMESPACE.equals(namespace) ? List.of("dims", "facts") : List.of();
        }

        @Override
        public Optional<TableDefinition> table(String namespace, String name) {
            return NAMESPACE.equals(namespace) ? Optional.ofNullable(TABLES.get(name)) : Optional.empty();
        }

        @Override
        public RowCursor scan(ScanRequest request) {
            List<Object[]> rows = new ArrayList<>(ROWS);
            for (long id = 0; id < ROWS; id++) {
                Object[] row = new Object[request.columns().size()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = value(request.columns().get(c), id);
                }
                rows.add(row);
            }
            return RowCursor.of(rows);
        }

        /** Canonical values (TableSource): TIMESTAMP as microseconds since the epoch. */
        private static Object value(String column, long id) {
            return switch (column) {
                case "id" -> id;
                case "name" -> "n" + id % 8;
                case "score" -> id * 1.5;
                case "created" -> 1_700_000_000_000_000L + id * 1_000_000L;
                case "active" -> id % 3 != 0;
                case "amount" -> BigDecimal.valueOf(id * 125, 4);
                case "label" -> "label " + id;
                default -> null;
            };
        }
    }
}
