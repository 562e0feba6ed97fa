package org.kalamdb.jdbc.conformance.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.assertSqlState;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.describe;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.exec;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.execute;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.scalarString;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.kalamdb.jdbc.conformance.faults.Outcome;
import org.kalamdb.jdbc.conformance.faults.RelayedServer;

/**
 * With {@code userIdLocked}, no SQL path of a connection reads or writes another tenant's rows:
 * SET/RESET/set_config of kalam.user_id, {@code _userid} on INSERT, UPDATE/DELETE, kalam_exec,
 * queries planned by Calcite, the fast path, and the metadata methods. Alice's connection is
 * locked; Bob's rows carry the marker {@code bob} that must never show on it.
 */
@Timeout(60)
class TenantIsolationTest {

    static final String TABLE = "tenants.notes";

    private static RelayedServer server;
    private static Connection alice;
    private static Connection bob;

    @BeforeAll
    static void start() throws SQLException {
        server = RelayedServer.start();
        try (Connection admin = server.connectDirect()) {
            execute(admin, "CREATE SCHEMA IF NOT EXISTS tenants");
            execute(admin, "CREATE TABLE " + TABLE + " (id BIGINT PRIMARY KEY, body TEXT, n BIGINT) USING kalamdb "
                    + "WITH (type='user')");
        }
        alice = server.connect(locked("alice"));
        bob = server.connect(locked("bob"));
    }

    @AfterAll
    static void stop() throws SQLException {
        alice.close();
        bob.close();
        server.close();
    }

    static Properties locked(String tenant) {
        Properties p = new Properties();
        p.setProperty("userId", tenant);
        p.setProperty("userIdLocked", "true");
        return p;
    }

    /** Both tenants start with ids 1..3 (the same keys: rows are scoped per tenant). */
    @BeforeEach
    void rows() throws SQLException {
        for (Connection c : List.of(alice, bob)) {
            exec(c, "DELETE FROM " + TABLE);
        }
        for (long id = 1; id <= 3; id++) {
            exec(alice, "INSERT INTO " + TABLE + " (id, body, n) VALUES (" + id + ", 'alice:" + id + "', " + id + ")");
            exec(bob, "INSERT INTO " + TABLE + " (id, body, n) VALUES (" + id + ", 'bob:" + id + "', " + id * 10 + ")");
        }
    }

    /** {@code id -> body} as a tenant's own connection sees it. */
    private static Map<Long, String> bodies(Connection c) throws SQLException {
        Map<Long, String> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, body FROM " + TABLE)) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        }
        return out;
    }

    private static final Map<Long, String> BOB_ROWS = Map.of(1L, "bob:1", 2L, "bob:2", 3L, "bob:3");
    private static final Map<Long, String> ALICE_ROWS = Map.of(1L, "alice:1", 2L, "alice:2", 3L, "alice:3");

    private static void assertBobUntouched() throws SQLException {
        assertEquals(new TreeMap<>(BOB_ROWS), bodies(bob), "Bob's rows");
    }

    /** Every value of every row of the query, as text; fails if Bob's marker is among them. */
    private static List<String> assertNoBob(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return assertNoBob(rs, sql);
        }
    }

    static List<String> assertNoBob(ResultSet rs, String what) throws SQLException {
        List<String> values = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
                String v = rs.getString(i);
                assertFalse(v != null && v.contains("bob"), () -> what + " showed Bob's data: " + v);
                values.add(v);
            }
        }
        return values;
    }

    // ---- the tenant setting ----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "SET kalam.user_id = 'bob'",
        "SET kalam.user_id TO 'bob'",
        "SET SESSION kalam.user_id = 'bob'",
        "SET kalam.user_id = ''",
        "SELECT set_config('kalam.user_id', 'bob', false)"})
    void changingTheLockedTenantIsRefused(String sql) throws SQLException {
        assertSqlState("42501", () -> execute(alice, sql));
        assertEquals("alice", scalarString(alice, "SELECT kalam_user_id()"));
        assertEquals(new TreeMap<>(ALICE_ROWS), bodies(alice));
    }

    /**
     * Transaction-local changes outside a transaction last for no statement (PostgreSQL: a warning
     * and no effect): refusing them or accepting them without effect are both right.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "SET LOCAL kalam.user_id = 'bob'",
        "SELECT set_config('kalam.user_id', 'bob', true)"})
    void aTransactionLocalChangeOutsideATransactionChangesNothing(String sql) throws SQLException {
        Outcome<Void> outcome = Outcome.of(() -> {
            execute(alice, sql);
            return null;
        });
        if (outcome instanceof Outcome.Failed<Void> f) {
            assertEquals("42501", f.exception().getSQLState(), () -> describe(f.exception()));
        }
        assertEquals("alice", scalarString(alice, "SELECT kalam_user_id()"));
        assertEquals(new TreeMap<>(ALICE_ROWS), bodies(alice));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SET LOCAL kalam.user_id = 'bob'",
        "SELECT set_config('kalam.user_id', 'bob', true)"})
    void aTransactionLocalChangeInsideATransactionIsRefused(String sql) throws SQLException {
        alice.setAutoCommit(false);
        try {
            assertSqlState("42501", () -> execute(alice, sql));
        } finally {
            alice.rollback();
            alice.setAutoCommit(true);
        }
        assertEquals(new TreeMap<>(ALICE_ROWS), bodies(alice));
    }

    @Test
    void resetKeepsTheLockedTenant() throws SQLException {
        for (String sql : List.of("RESET kalam.user_id", "RESET ALL", "SET kalam.user_id = DEFAULT",
                "SET kalam.user_id = 'alice'")) {
            Outcome<Void> outcome = Outcome.of(() -> {
                execute(alice, sql);
                return null;
            });
            if (outcome instanceof Outcome.Failed<Void> f) {
                assertEquals("42501", f.exception().getSQLState(), () -> sql + ": " + describe(f.exception()));
            }
            assertEquals("alice", scalarString(alice, "SELECT kalam_user_id()"), sql);
            assertEquals(new TreeMap<>(ALICE_ROWS), bodies(alice), sql);
        }
    }

    @Test
    void aParameterCannotChangeTheTenant() throws SQLException {
        Outcome<Void> outcome = Outcome.of(() -> {
            try (PreparedStatement ps = alice.prepareStatement("SELECT set_config('kalam.user_id', ?, false)")) {
                ps.setString(1, "bob");
                ps.executeQuery().close();
            }
            return null;
        });
        assertTrue(outcome instanceof Outcome.Failed<Void>, "set_config with a parameter must be refused");
        assertEquals(new TreeMap<>(ALICE_ROWS), bodies(alice));
    }

    // ---- writes ------------------------------------------------------------------------------------

    @Test
    void anExplicitUseridOfAnotherTenantIsRefused() throws SQLException {
        assertSqlState("42501", () -> exec(alice,
                "INSERT INTO " + TABLE + " (_userid, id, body, n) VALUES ('bob', 9, 'alice wrote this', 0)"));
        assertSqlState("42501", () -> {
            try (PreparedStatement ps = alice.prepareStatement(
                    "INSERT INTO " + TABLE + " (_userid, id, body, n) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, "bob");
                ps.setLong(2, 10);
                ps.setString(3, "alice wrote this");
                ps.setLong(4, 0);
                ps.executeUpdate();
            }
        });
        // Alice's own id as _userid is fine.
        assertEquals(1, exec(alice, "INSERT INTO " + TABLE + " (_userid, id, body, n) VALUES ('alice', 4, 'alice:4', 4)"));
        assertBobUntouched();
    }

    @Test
    void updateAndDeleteReachOnlyTheTenantsRows() throws SQLException {
        assertEquals(3, exec(alice, "UPDATE " + TABLE + " SET n = n + 1"));
        assertEquals(1, exec(alice, "UPDATE " + TABLE + " SET body = 'alice:changed' WHERE id = 2"));
        assertEquals(1, exec(alice, "DELETE FROM " + TABLE + " WHERE id = 3"));
        assertBobUntouched();
        assertEquals(2, exec(alice, "DELETE FROM " + TABLE));
        assertBobUntouched();
    }

    @Test
    void updatingTheOwnerIsRefused() throws SQLException {
        assertTrue(Outcome.of(() -> exec(alice, "UPDATE " + TABLE + " SET _userid = 'bob' WHERE id = 1"))
                instanceof Outcome.Failed<Integer>, "UPDATE ... SET _userid is not supported");
        assertEquals(new TreeMap<>(ALICE_ROWS), bodies(alice));
        assertBobUntouched();
    }

    @Test
    void transactionsStayInTheTenant() throws SQLException {
        alice.setAutoCommit(false);
        try {
            exec(alice, "INSERT INTO " + TABLE + " (id, body, n) VALUES (7, 'alice:7', 7)");
            assertEquals(4, exec(alice, "UPDATE " + TABLE + " SET n = 0"));
            assertNoBob(alice, "SELECT * FROM " + TABLE);
            alice.commit();
        } finally {
            alice.setAutoCommit(true);
        }
        assertBobUntouched();
    }

    // ---- reads -------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM " + TABLE,
        "SELECT id, body, _userid FROM " + TABLE + " WHERE id = 2",
        "SELECT * FROM " + TABLE + " WHERE _userid = 'bob'",
        "SELECT * FROM " + TABLE + " WHERE _userid <> 'alice'",
        "SELECT * FROM " + TABLE + " WHERE body LIKE 'bob%' OR n > 0",
        "SELECT * FROM " + TABLE + " ORDER BY id LIMIT 10 OFFSET 0"})
    void singleTableQueriesSeeOnlyTheTenantsRows(String sql) throws SQLException {
        assertSeesOnlyAlice(sql);
    }

    /** Queries the driver plans with Calcite (design.md D3): scans through the same tenant-scoped Scan. */
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT count(*), sum(n), max(body) FROM " + TABLE,
        "SELECT DISTINCT _userid FROM " + TABLE,
        "SELECT a.body, b.body FROM " + TABLE + " a JOIN " + TABLE + " b ON a.id = b.id",
        "SELECT body FROM " + TABLE + " WHERE id IN (SELECT id FROM " + TABLE + " WHERE n >= 0)",
        "SELECT body FROM " + TABLE + " UNION ALL SELECT body FROM " + TABLE,
        "WITH x AS (SELECT body, n FROM " + TABLE + ") SELECT body FROM x ORDER BY n DESC",
        "SELECT body, row_number() OVER (ORDER BY n) FROM " + TABLE,
        "SELECT _userid, count(*) FROM " + TABLE + " GROUP BY _userid"})
    void queriesPlannedByCalciteSeeOnlyTheTenantsRows(String sql) throws SQLException {
        assertSeesOnlyAlice(sql);
    }

    private static void assertSeesOnlyAlice(String sql) throws SQLException {
        List<String> values = assertNoBob(alice, sql);
        if (!sql.contains("'bob'") && !sql.contains("<> 'alice'")) {
            assertFalse(values.isEmpty(), "the query sees Alice's rows (else the check proves nothing): " + sql);
        }
    }

    @Test
    void theFastPathWithParametersSeesOnlyTheTenantsRows() throws SQLException {
        try (PreparedStatement ps = alice.prepareStatement("SELECT body FROM " + TABLE + " WHERE id = ?")) {
            for (long id = 1; id <= 3; id++) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    assertEquals(List.of("alice:" + id), assertNoBob(rs, "fast path id " + id));
                }
            }
        }
    }

    @Test
    void metadataNeverShowsAnotherTenantsRows() throws SQLException {
        DatabaseMetaData md = alice.getMetaData();
        assertNoBob(md.getTables(null, null, "%", null), "getTables");
        assertNoBob(md.getColumns(null, "tenants", "%", "%"), "getColumns");
        assertNoBob(md.getPrimaryKeys(null, "tenants", "notes"), "getPrimaryKeys");
        assertNoBob(md.getIndexInfo(null, "tenants", "notes", false, true), "getIndexInfo");
        assertNoBob(md.getSchemas(), "getSchemas");
        assertNoBob(md.getBestRowIdentifier(null, "tenants", "notes", DatabaseMetaData.bestRowSession, true),
                "getBestRowIdentifier");
    }

    @Test
    void kalamExecCannotReachAnotherTenant() throws SQLException {
        List<String> statements = List.of(
                "SELECT * FROM " + TABLE,
                "EXECUTE AS USER 'bob' (SELECT * FROM " + TABLE + ")",
                "EXECUTE AS USER 'bob' (UPDATE " + TABLE + " SET body = 'alice was here' WHERE id = 1)",
                "EXECUTE AS USER 'bob' (DELETE FROM " + TABLE + " WHERE id = 2)",
                "EXECUTE AS USER 'bob' (INSERT INTO " + TABLE + " (id, body, n) VALUES (8, 'alice was here', 0))");
        for (String inner : statements) {
            String sql = "SELECT kalam_exec('" + inner.replace("'", "''") + "')";
            Outcome<String> outcome = Outcome.of(() -> scalarString(alice, sql));
            if (outcome instanceof Outcome.Returned<String> r) {
                assertFalse(r.value() != null && r.value().contains("bob:"), () -> inner + " returned Bob's rows: "
                        + r.value());
            } else {
                SQLException e = ((Outcome.Failed<String>) outcome).exception();
                assertTrue(e.getSQLState() != null && e.getSQLState().length() == 5, () -> describe(e));
            }
            assertBobUntouched();
        }
    }

    @Test
    void anUnlockedConnectionCanSwitchSoTheDataReallyExists() throws SQLException {
        try (Connection admin = server.connect()) {
            execute(admin, "SET kalam.user_id = 'bob'");
            assertEquals(new TreeMap<>(BOB_ROWS), bodies(admin));
            execute(admin, "SET kalam.user_id = 'alice'");
            assertEquals(new TreeMap<>(ALICE_ROWS), bodies(admin));
        }
    }
}
