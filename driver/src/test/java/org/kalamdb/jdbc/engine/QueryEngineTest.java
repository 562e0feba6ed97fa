package org.kalamdb.jdbc.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.jdbc.engine.Columns.notNull;
import static org.kalamdb.jdbc.engine.Columns.nullable;
import static org.kalamdb.jdbc.engine.Columns.pk;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.KalamType;

/** The engine over an in-memory source: results, pushdown, parameters, metadata, errors. */
class QueryEngineTest {

    private static final UUID U1 = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
    /** 2024-01-02T03:04:05.678901Z in microseconds. */
    private static final long TS = 1_704_164_645_678_901L;

    private InMemoryTableSource source;
    private EngineSession session;

    @BeforeEach
    void setUp() {
        source = new InMemoryTableSource();
        TableDefinition users = new TableDefinition("app", "users", TableKind.SHARED, List.of(
                pk("id", KalamType.BIGINT), notNull("name", KalamType.TEXT), nullable("age", KalamType.INT),
                nullable("doc", KalamType.JSON), nullable("token", KalamType.UUID),
                nullable("created", KalamType.TIMESTAMP), nullable("balance", KalamType.decimal(10, 2)),
                notNull("_seq", KalamType.BIGINT)));
        source.add(users, List.of(
                new Object[] {1L, "ann", 31, "{\"a\":{\"b\":[10,20]},\"tag\":\"x\"}", U1, TS, new BigDecimal("10.50"), 100L},
                new Object[] {2L, "bob", null, "{\"a\":{\"b\":[]},\"n\":null}", null, null, new BigDecimal("-3.25"), 101L},
                new Object[] {3L, "cy", 25, null, null, TS + 86_400_000_000L, null, 102L}));
        TableDefinition orders = new TableDefinition("app", "orders", TableKind.USER, List.of(
                pk("id", KalamType.INT), notNull("user_id", KalamType.BIGINT), notNull("amount", KalamType.DOUBLE),
                notNull("_userid", KalamType.TEXT), notNull("_seq", KalamType.BIGINT)));
        source.add(orders, List.of(
                new Object[] {10, 1L, 5.5, "t1", 200L},
                new Object[] {11, 1L, 4.5, "t1", 201L},
                new Object[] {12, 3L, 1.0, "t1", 202L}));
        session = QueryEngine.instance().openSession(source, "app");
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private List<Object[]> rows(String sql, Object... params) throws SQLException {
        return session.prepare(sql).execute(Arrays.asList(params)).rows();
    }

    @Test
    void selectsWithExpressionsAndPushesProjectionAndEqualityDown() throws SQLException {
        List<Object[]> rows = rows("SELECT upper(name) AS n, age + 1 FROM users WHERE id = 1");
        assertEquals(1, rows.size());
        assertArrayEquals(new Object[] {"ANN", 32}, rows.get(0));
        ScanRequest scan = source.scans().get(source.scans().size() - 1);
        assertEquals(Map.of("id", "1"), scan.equalities());
        assertTrue(scan.columns().containsAll(List.of("name", "age")));
        assertTrue(scan.columns().size() <= 3, "only the needed columns are read: " + scan.columns());
    }

    @Test
    void parameterEqualityIsPushedDownWithItsValue() throws SQLException {
        PreparedQuery q = session.prepare("SELECT name FROM users WHERE id = ? AND name <> 'zed'");
        assertEquals("bob", q.execute(List.of(2L)).rows().get(0)[0]);
        assertEquals(Map.of("id", "2"), source.scans().get(source.scans().size() - 1).equalities());
        assertEquals("cy", q.execute(List.of(3)).rows().get(0)[0]);
        assertEquals(Map.of("id", "3"), source.scans().get(source.scans().size() - 1).equalities());
    }

    @Test
    void preparedPlansAreReusedForTheSameText() throws SQLException {
        PreparedQuery a = session.prepare("SELECT count(*) FROM users WHERE age > ?");
        PreparedQuery b = session.prepare("SELECT count(*) FROM users WHERE age > ?");
        assertSame(a, b);
        assertEquals(2L, a.execute(List.of(20)).rows().get(0)[0]);
        assertEquals(1L, a.execute(List.of(30)).rows().get(0)[0]);
    }

    @Test
    void countStarReadsOneColumn() throws SQLException {
        assertEquals(3L, rows("SELECT count(*) FROM users").get(0)[0]);
        ScanRequest scan = source.scans().get(source.scans().size() - 1);
        assertEquals(List.of("id"), scan.columns());
    }

    @Test
    void joinsGroupAndOrder() throws SQLException {
        List<Object[]> rows = rows("SELECT u.name, sum(o.amount) AS total, count(*) FROM users u "
                + "JOIN orders o ON o.user_id = u.id GROUP BY u.name ORDER BY total DESC");
        assertEquals(2, rows.size());
        assertArrayEquals(new Object[] {"ann", 10.0, 2L}, rows.get(0));
        assertArrayEquals(new Object[] {"cy", 1.0, 1L}, rows.get(1));
    }

    @Test
    void dollarParametersMayRepeat() throws SQLException {
        PreparedQuery q = session.prepare("SELECT id FROM users WHERE id = $1 OR age = $1 + 30");
        assertEquals(1, q.parameterCount());
        assertEquals(KalamType.BIGINT, q.parameters().get(0).type());
        assertEquals(1L, q.execute(List.of(1L)).rows().get(0)[0]);
    }

    @Test
    void parameterWithoutContextIsText() throws SQLException {
        List<Object[]> rows = rows("SELECT ?, name FROM users WHERE id = 1", "hello");
        assertEquals("hello", rows.get(0)[0]);
        assertEquals(KalamType.TEXT, session.prepare("SELECT ?, name FROM users WHERE id = 1").parameters().get(0).type());
    }

    @Test
    void plainColumnsKeepTheirKalamTypesAndValues() throws SQLException {
        PreparedQuery q = session.prepare("SELECT token, doc, created, balance, upper(name) FROM users WHERE id = 1");
        List<ResultColumn> cols = q.columns();
        assertEquals(KalamType.UUID, cols.get(0).type());
        assertEquals(KalamType.JSON, cols.get(1).type());
        assertEquals(KalamType.TIMESTAMP, cols.get(2).type());
        assertEquals(KalamType.decimal(10, 2), cols.get(3).type());
        assertEquals(KalamType.TEXT, cols.get(4).type());
        assertEquals(new ColumnOrigin("app", "users", "token"), cols.get(0).origin());
        assertNull(cols.get(4).origin());
        assertEquals("upper", cols.get(4).label());
        Object[] row = q.execute(List.of()).rows().get(0);
        assertEquals(U1, row[0]);
        // The engine computes at millisecond precision: the microseconds below are dropped.
        assertEquals(TS - 901, row[2]);
        assertEquals(new BigDecimal("10.50"), row[3]);
    }

    @Test
    void jsonOperators() throws SQLException {
        List<Object[]> rows = rows("SELECT id, doc->'a'->'b', doc->'a'->'b'->>1, doc->>'tag', doc ? 'n' "
                + "FROM users WHERE doc IS NOT NULL ORDER BY id");
        assertArrayEquals(new Object[] {1L, "[10,20]", "20", "x", false}, rows.get(0));
        assertArrayEquals(new Object[] {2L, "[]", null, null, true}, rows.get(1));
        assertEquals(List.of(1L), column(rows("SELECT id FROM users WHERE doc->>'tag' = ?", "x"), 0));
    }

    @Test
    void castsInPostgresSpelling() throws SQLException {
        Object[] row = rows("SELECT id::text, '42'::int8 + 1, 2.5::numeric(10,0), '2024-01-02'::date, "
                + "CAST(age AS float8) FROM users WHERE id = 1").get(0);
        assertArrayEquals(new Object[] {"1", 43L, new BigDecimal("3"), 19724, 31.0}, row);
    }

    @Test
    void nullsSortLikePostgres() throws SQLException {
        assertEquals(List.of(3L, 1L, 2L), column(rows("SELECT id FROM users ORDER BY age"), 0));
        assertEquals(List.of(2L, 1L, 3L), column(rows("SELECT id FROM users ORDER BY age DESC"), 0));
        assertEquals(List.of(2L, 3L, 1L), column(rows("SELECT id FROM users ORDER BY age NULLS FIRST"), 0));
    }

    @Test
    void readsTheSourceAgainOnEachExecution() throws SQLException {
        PreparedQuery q = session.prepare("SELECT count(*) FROM orders WHERE amount > 0");
        assertEquals(3L, q.execute(List.of()).rows().get(0)[0]);
        source.insert("app", "orders", new Object[] {13, 2L, 7.0, "t1", 203L});
        assertEquals(4L, q.execute(List.of()).rows().get(0)[0]);
    }

    @Test
    void schemaInvalidationFindsNewTablesAndKeepsPreparedQueriesWorking() throws SQLException {
        PreparedQuery q = session.prepare("SELECT count(*) FROM users");
        SQLException missing = assertThrows(SQLException.class, () -> session.prepare("SELECT * FROM later"));
        assertEquals("42P01", missing.getSQLState());
        source.add(new TableDefinition("app", "later", TableKind.SHARED, List.of(pk("k", KalamType.TEXT))),
                List.<Object[]>of(new Object[] {"x"}));
        session.invalidateSchema();
        assertEquals("x", rows("SELECT * FROM later").get(0)[0]);
        assertEquals(3L, q.execute(List.of()).rows().get(0)[0]);
    }

    @Test
    void errorsCarryPostgresSqlStates() {
        assertState("42601", "SELECT FROM WHERE");
        assertState("42P01", "SELECT * FROM nope");
        assertState("42703", "SELECT nope FROM users");
        assertState("42883", "SELECT no_such_function(id) FROM users");
        assertState("22012", "SELECT id / 0 FROM users");
        assertState("22P02", "SELECT CAST('abc' AS INTEGER) FROM users");
    }

    @Test
    void sourceFailuresSurfaceUnchanged() {
        SQLException failure = new SQLException("transport lost", "08006");
        source.failNextScan(failure);
        SQLException thrown = assertThrows(SQLException.class, () -> rows("SELECT name FROM users WHERE age > 1"));
        assertSame(failure, thrown);
    }

    @Test
    void updateComputesKeysAndNewValues() throws SQLException {
        PreparedMutation m = session.prepareMutation(
                "UPDATE users SET age = age + ?, name = upper(name) WHERE age IS NOT NULL AND name LIKE '%n%'");
        assertEquals(MutationKind.UPDATE, m.kind());
        assertEquals(List.of("age", "name"), m.columns());
        List<MutationRow> rows = m.execute(List.of(10));
        assertEquals(1, rows.size());
        assertEquals(1L, rows.get(0).key());
        assertArrayEquals(new Object[] {41, "ANN"}, rows.get(0).values());
    }

    @Test
    void deleteSelectsKeysWithSubqueries() throws SQLException {
        PreparedMutation m = session.prepareMutation(
                "DELETE FROM users u WHERE EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id)");
        List<Object> keys = new ArrayList<>();
        for (MutationRow r : m.execute(List.of())) {
            keys.add(r.key());
        }
        keys.sort(null);
        assertEquals(List.of(1L, 3L), keys);
    }

    @Test
    void insertSelectCastsToTargetTypes() throws SQLException {
        PreparedMutation m = session.prepareMutation(
                "INSERT INTO orders (id, user_id, amount, _userid) SELECT id + 100, id, age, 't1' FROM users WHERE age > $1");
        assertEquals(List.of("id", "user_id", "amount", "_userid"), m.columns());
        List<MutationRow> rows = m.execute(List.of(26));
        assertEquals(1, rows.size());
        assertArrayEquals(new Object[] {101, 1L, 31.0, "t1"}, rows.get(0).values());
        List<MutationRow> values = session.prepareMutation("INSERT INTO users (id, name, token) VALUES (7, 'x', ?)")
                .execute(List.of(U1.toString()));
        assertArrayEquals(new Object[] {7L, "x", U1}, values.get(0).values());
    }

    @Test
    void temporalParametersAcceptCanonicalAndJavaTimeValues() throws SQLException {
        PreparedQuery q = session.prepare("SELECT id FROM users WHERE created = ?");
        assertEquals(KalamType.TIMESTAMP, q.parameters().get(0).type());
        long millisOnly = TS - 901; // the engine compares at millisecond precision
        assertEquals(List.of(1L), column(q.execute(List.of(millisOnly)).rows(), 0));
        assertEquals(List.of(1L), column(q.execute(List.of(java.time.LocalDateTime.of(2024, 1, 2, 3, 4, 5, 678_000_000)))
                .rows(), 0));
        assertEquals(List.of(1L), column(q.execute(List.of("2024-01-02 03:04:05.678")).rows(), 0));
        PreparedQuery d = session.prepare("SELECT count(*) FROM users WHERE CAST(created AS DATE) = ?");
        assertEquals(1L, d.execute(List.of(19724)).rows().get(0)[0]);
        assertEquals(1L, d.execute(List.of(java.time.LocalDate.of(2024, 1, 3))).rows().get(0)[0]);
    }

    @Test
    void resultsDoNotDependOnTheJvmTimeZone() throws SQLException {
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Kolkata"));
            Object[] row = rows("SELECT created, CAST(created AS DATE), CAST(created AS TIME) FROM users WHERE id = 1")
                    .get(0);
            assertArrayEquals(new Object[] {TS - 901, 19724, (3 * 3600 + 4 * 60 + 5) * 1_000_000L + 678_000L}, row);
            assertEquals(1L, session.prepare("SELECT count(*) FROM users WHERE created = ? AND CAST(created AS DATE) = ?")
                    .execute(List.of(TS - 901, 19724)).rows().get(0)[0]);
            assertEquals(1L, session.prepare("SELECT count(*) FROM users WHERE created = ?")
                    .execute(List.of(java.time.LocalDateTime.of(2024, 1, 2, 3, 4, 5, 678_000_000))).rows().get(0)[0]);
        } finally {
            java.util.TimeZone.setDefault(saved);
        }
    }

    @Test
    void badParameterValuesAreDataExceptions() throws SQLException {
        PreparedQuery q = session.prepare("SELECT id FROM users WHERE age = ?");
        assertEquals("22P02", assertThrows(SQLException.class, () -> q.execute(List.of("abc"))).getSQLState());
        assertEquals("22003", assertThrows(SQLException.class, () -> q.execute(List.of(1L << 40))).getSQLState());
        assertEquals("22023", assertThrows(SQLException.class, () -> q.execute(List.of())).getSQLState());
    }

    @Test
    void computedColumnMetadata() throws SQLException {
        List<ResultColumn> cols = session.prepare(
                "SELECT balance * 2 AS b2, avg(age) OVER () AS a, count(*) OVER (), name || '!', NULL, "
                        + "CAST(name AS VARCHAR(5)) FROM users").columns();
        assertEquals(KalamType.Kind.DECIMAL, cols.get(0).type().kind());
        assertEquals("b2", cols.get(0).label());
        assertEquals(KalamType.decimal(38, 16), cols.get(1).type());
        assertEquals(KalamType.BIGINT, cols.get(2).type());
        assertEquals("count", cols.get(2).label());
        assertEquals(KalamType.TEXT, cols.get(3).type());
        assertEquals("?column?", cols.get(3).label());
        assertTrue(cols.get(4).nullable());
        assertEquals(KalamType.TEXT, cols.get(4).type());
        assertEquals(5, cols.get(5).precision());
    }

    @Test
    void duplicateColumnNamesKeepTheirNames() throws SQLException {
        List<ResultColumn> cols = session.prepare("SELECT u.id, o.id FROM users u JOIN orders o ON o.user_id = u.id")
                .columns();
        assertEquals(List.of("id", "id"), List.of(cols.get(0).label(), cols.get(1).label()));
    }

    @Test
    void qualifiedNamesAndTheDefaultNamespace() throws SQLException {
        assertEquals(3L, rows("SELECT count(*) FROM app.users").get(0)[0]);
        assertEquals(3L, rows("SELECT count(*) FROM kalam.app.users").get(0)[0]);
        source.add(new TableDefinition("other", "users", TableKind.SHARED, List.of(pk("id", KalamType.INT))),
                List.<Object[]>of(new Object[] {9}));
        session.invalidateSchema();
        session.setDefaultNamespace("other");
        assertEquals(9, rows("SELECT id FROM users").get(0)[0]);
        assertEquals(3L, rows("SELECT count(*) FROM app.users").get(0)[0]);
    }

    @Test
    void pgjdbcEscapedJsonOperator() throws SQLException {
        assertEquals(List.of(2L), column(rows("SELECT id FROM users WHERE doc ?? 'n'"), 0));
    }

    @Test
    void mutationErrors() throws SQLException {
        source.add(new TableDefinition("app", "events", TableKind.STREAM, List.of(nullable("v", KalamType.TEXT))),
                List.of());
        session.invalidateSchema();
        assertEquals("0A000", assertThrows(SQLException.class,
                () -> session.prepareMutation("DELETE FROM events WHERE v = 'x'")).getSQLState());
        assertEquals("42703", assertThrows(SQLException.class,
                () -> session.prepareMutation("UPDATE users SET nope = 1 WHERE id = 1")).getSQLState());
        assertEquals("42P01", assertThrows(SQLException.class,
                () -> session.prepareMutation("UPDATE nope SET a = 1")).getSQLState());
        assertEquals("42601", assertThrows(SQLException.class,
                () -> session.prepareMutation("SELECT 1")).getSQLState());
    }

    @Test
    void updateParametersTakeTheTargetColumnType() throws SQLException {
        PreparedMutation m = session.prepareMutation("UPDATE users SET balance = $1, name = $2 WHERE id = $3");
        assertEquals(KalamType.Kind.DECIMAL, m.parameters().get(0).type().kind());
        List<MutationRow> rows = m.execute(List.of(new BigDecimal("1.255"), "zed", 3L));
        assertEquals(1, rows.size());
        assertEquals(3L, rows.get(0).key());
        assertArrayEquals(new Object[] {new BigDecimal("1.26"), "zed"}, rows.get(0).values());
    }

    @Test
    void cancelStopsARunningQuery() throws Exception {
        java.util.concurrent.CountDownLatch scanning = new java.util.concurrent.CountDownLatch(1);
        TableSource endless = new TableSource() {
            private final TableDefinition t = new TableDefinition("app", "endless", TableKind.SHARED,
                    List.of(pk("n", KalamType.BIGINT)));

            @Override
            public List<String> namespaces() {
                return List.of("app");
            }

            @Override
            public List<String> tableNames(String namespace) {
                return List.of("endless");
            }

            @Override
            public java.util.Optional<TableDefinition> table(String namespace, String name) {
                return name.equals("endless") ? java.util.Optional.of(t) : java.util.Optional.empty();
            }

            @Override
            public RowCursor scan(ScanRequest request) {
                return new RowCursor() {
                    private long n;

                    @Override
                    public Object[] next() {
                        scanning.countDown();
                        return new Object[] {n++};
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
        try (EngineSession s = QueryEngine.instance().openSession(endless, "app")) {
            PreparedQuery q = s.prepare("SELECT count(*) FROM endless WHERE n >= 0");
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                java.util.concurrent.Future<QueryResult> running = pool.submit(() -> q.execute(List.of()));
                assertTrue(scanning.await(30, java.util.concurrent.TimeUnit.SECONDS));
                q.cancel();
                java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                        () -> running.get(30, java.util.concurrent.TimeUnit.SECONDS));
                assertEquals("57014", ((SQLException) e.getCause()).getSQLState());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private void assertState(String state, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> rows(sql), sql);
        assertEquals(state, e.getSQLState(), sql + " -> " + e.getMessage());
    }

    private static List<Object> column(List<Object[]> rows, int index) {
        List<Object> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(r[index]);
        }
        return out;
    }
}
