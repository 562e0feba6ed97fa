package org.kalamdb.jdbc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * One test per row of the pg_kalam documentation's "Supported Today" and "Hard Limits" lists
 * (spec/seeds/003), each showing what this driver does with it: the same behaviour, or the
 * documented limit lifted.
 */
public abstract class PgKalamDocsSuite extends ConformanceSupport {

    // ---- Supported Today ----------------------------------------------------------------------

    @Test
    void supportedRemoteModeBridge() throws Exception {
        try (Connection c = connect()) {
            assertTrue(c.isValid(5));
            assertEquals("remote", scalar(c, "SELECT kalam_compiled_mode()"));
        }
    }

    @Test
    void supportedSharedAndUserTableReadsAndWrites() throws Exception {
        try (Connection c = connect("userId", "u1")) {
            createShared(c, "s", "id BIGINT PRIMARY KEY, v TEXT");
            createUser(c, "u", "id BIGINT PRIMARY KEY, v TEXT");
            for (String t : List.of("s", "u")) {
                exec(c, "INSERT INTO " + ns + "." + t + " (id, v) VALUES (1, 'one'), (2, 'two')",
                        "UPDATE " + ns + "." + t + " SET v = 'TWO' WHERE id = 2",
                        "DELETE FROM " + ns + "." + t + " WHERE id = 1");
            }
        }
        try (Connection other = connect("userId", "u1")) {
            assertEquals(List.of(row("2", "TWO")), rows(other, "SELECT id, v FROM " + ns + ".s"));
            assertEquals(List.of(row("2", "TWO")), rows(other, "SELECT id, v FROM " + ns + ".u"));
        }
    }

    @Test
    void supportedStreamTablesOutsideTransactions() throws Exception {
        try (Connection c = connect("userId", "u1")) {
            createStream(c, "events", "id BIGINT PRIMARY KEY, kind TEXT");
            exec(c, "INSERT INTO " + ns + ".events (id, kind) VALUES (1, 'open'), (2, 'close')");
        }
        try (Connection other = connect("userId", "u1")) {
            assertEquals(List.of(row("1", "open"), row("2", "close")),
                    rows(other, "SELECT id, kind FROM " + ns + ".events ORDER BY id"));
        }
    }

    @Test
    void supportedExplicitTransactionBlocks() throws Exception {
        try (Connection c = connect(); Connection other = connect()) {
            createShared(c, "t", "id BIGINT PRIMARY KEY, v TEXT");
            exec(c, "BEGIN", "INSERT INTO " + ns + ".t (id, v) VALUES (1, 'x')");
            assertEquals(List.of(row("1")), rows(c, "SELECT id FROM " + ns + ".t"));
            assertEquals(List.of(), rows(other, "SELECT id FROM " + ns + ".t"));
            exec(c, "COMMIT");
            assertEquals(List.of(row("1")), rows(other, "SELECT id FROM " + ns + ".t"));
        }
    }

    @Test
    void supportedCreateTableUsingKalamdbAsInTheDocs() throws Exception {
        try (Connection c = connect()) {
            exec(c, "CREATE TABLE " + ns + ".items (id BIGSERIAL PRIMARY KEY, title VARCHAR(200) NOT NULL, doc JSONB, "
                    + "attachment FILE, created TIMESTAMP DEFAULT NOW()) USING kalamdb WITH (type = 'shared', "
                    + "storage_id = 'local', access_level = 'public')");
            exec(c, "INSERT INTO " + ns + ".items (title, doc) VALUES ('hello', '{\"a\":1}')");
            assertEquals(List.of(row("hello", "{\"a\":1}")), rows(c, "SELECT title, doc FROM " + ns + ".items"));
        }
    }

    @Test
    void supportedAutoInjectedSystemColumns() throws Exception {
        try (Connection c = connect("userId", "u1")) {
            createShared(c, "s", "id BIGINT PRIMARY KEY");
            createUser(c, "u", "id BIGINT PRIMARY KEY");
            exec(c, "INSERT INTO " + ns + ".s (id) VALUES (1)", "INSERT INTO " + ns + ".u (id) VALUES (1)");
            assertTrue(Long.parseLong(scalar(c, "SELECT _seq FROM " + ns + ".s")) > 0);
            assertEquals(List.of(row("1", "u1")), rows(c, "SELECT id, _userid FROM " + ns + ".u"));
            assertSqlState("42703", () -> rows(c, "SELECT _userid FROM " + ns + ".s"));
        }
    }

    @Test
    void supportedForwardedTableOptions() throws Exception {
        try (Connection c = connect()) {
            exec(c, "CREATE TABLE " + ns + ".t (id BIGINT PRIMARY KEY) USING kalamdb WITH (type = 'shared', "
                    + "flush_policy = 'rows:500', access_level = 'restricted')");
            String options = scalar(c, "SELECT options FROM system.tables WHERE namespace_id = '" + ns
                    + "' AND table_name = 't'").toLowerCase(java.util.Locale.ROOT);
            assertTrue(options.contains("500") && options.contains("restricted"), options);
        }
    }

    @Test
    void supportedKalamExecPassThrough() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "t", "id BIGINT PRIMARY KEY, v TEXT");
            exec(c, "INSERT INTO " + ns + ".t (id, v) VALUES (1, 'x')");
            assertEquals("[{\"id\":1,\"v\":\"x\"}]", scalar(c, "SELECT kalam_exec('SELECT id, v FROM " + ns
                    + ".t LIMIT 5')"));
        }
    }

    @Test
    void supportedSessionScopedTenantRouting() throws Exception {
        try (Connection c = connect()) {
            createUser(c, "u", "id BIGINT PRIMARY KEY, v TEXT");
            exec(c, "SET kalam.user_id = 'user-alice'", "INSERT INTO " + ns + ".u (id, v) VALUES (1, 'alice')",
                    "SET kalam.user_id = 'user-bob'", "INSERT INTO " + ns + ".u (id, v) VALUES (1, 'bob')");
            assertEquals("bob", scalar(c, "SELECT v FROM " + ns + ".u"));
            exec(c, "SET kalam.user_id = 'user-alice'");
            assertEquals("alice", scalar(c, "SELECT v FROM " + ns + ".u"));
        }
    }

    @Test
    void supportedHelperFunctions() throws Exception {
        try (Connection c = connect()) {
            assertEquals(c.getMetaData().getDriverVersion(), scalar(c, "SELECT kalam_version()"));
            assertTrue(Long.parseLong(scalar(c, "SELECT SNOWFLAKE_ID()")) > 0);
        }
    }

    // ---- Hard Limits and Current Constraints ----------------------------------------------------

    @Test
    void limitCompileModeIsRemote() throws Exception {
        try (Connection c = connect()) {
            assertEquals("remote", scalar(c, "SELECT kalam_compiled_mode()"));
        }
    }

    @Test
    void limitDdlHookNeedsNoPreloadOrRestart() throws Exception {
        try (Connection c = connect()) {
            exec(c, "CREATE TABLE " + ns + ".t (id BIGINT PRIMARY KEY) USING kalamdb");
            assertEquals(List.of(), rows(c, "SELECT id FROM " + ns + ".t"));
        }
    }

    @Test
    void limitDefaultServerBindingIsNotNeeded() throws Exception {
        try (Connection c = connect()) {
            // pg_kalam setup statements are accepted as no-ops; no server object is required.
            assertEquals(0, update(c, "CREATE EXTENSION IF NOT EXISTS pg_kalam"));
            assertEquals(0, update(c, "CREATE SERVER kalam_server FOREIGN DATA WRAPPER pg_kalam OPTIONS "
                    + "(host '127.0.0.1', port '9188')"));
            assertEquals("[]", scalar(c, "SELECT kalam_exec('SELECT namespace_id FROM system.namespaces "
                    + "WHERE namespace_id = ''" + ns + "'' LIMIT 1')"));
        }
    }

    @Test
    void limitSchemaImportIsNotAvailable() throws Exception {
        try (Connection c = connect()) {
            assertSqlState("0A000", () -> exec(c, "IMPORT FOREIGN SCHEMA x FROM SERVER kalam_server INTO y"));
        }
    }

    @Test
    void limitRuntimeMappingIsSchemaAndRelationName() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "real_name", "id BIGINT PRIMARY KEY");
            exec(c, "CREATE FOREIGN TABLE " + ns + ".real_name (id BIGINT) SERVER kalam_server "
                    + "OPTIONS (table_type 'shared', namespace 'other', table 'other_name')");
            exec(c, "INSERT INTO " + ns + ".real_name (id) VALUES (3)");
            assertEquals("3", scalar(c, "SELECT id FROM " + ns + ".real_name"));
        }
    }

    @Test
    void limitOnlyEqualityIsPushedYetEveryPredicateIsCorrect() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "t", "id BIGINT PRIMARY KEY, v INT");
            exec(c, "INSERT INTO " + ns + ".t (id, v) VALUES (1, 10), (2, 20), (3, 30)");
            assertEquals(List.of(row("2")), rows(c, "SELECT id FROM " + ns + ".t WHERE v = 20"));
            assertEquals(List.of(row("2"), row("3")), rows(c, "SELECT id FROM " + ns + ".t WHERE v >= 20 ORDER BY id"));
            assertEquals(List.of(row("3")), rows(c, "SELECT id FROM " + ns + ".t WHERE v = 30 AND v > 25"));
        }
    }

    @Test
    void limitOrderByAndLimitAreAppliedCorrectly() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "t", "id BIGINT PRIMARY KEY, v INT");
            exec(c, "INSERT INTO " + ns + ".t (id, v) VALUES (1, 30), (2, 10), (3, 20)");
            assertEquals(List.of(row("2"), row("3")), rows(c, "SELECT id FROM " + ns + ".t ORDER BY v LIMIT 2"));
        }
    }

    @Test
    void limitUserScopingAndTheUseridInsertOverride() throws Exception {
        try (Connection c = connect("userId", "a")) {
            createUser(c, "u", "id BIGINT PRIMARY KEY, v TEXT");
            exec(c, "INSERT INTO " + ns + ".u (id, v, _userid) VALUES (1, 'for b', 'b')");
            assertEquals(List.of(), rows(c, "SELECT id FROM " + ns + ".u"));
            assertEquals(0, update(c, "UPDATE " + ns + ".u SET v = 'x' WHERE id = 1"), "scoped to a");
        }
        try (Connection b = connect("userId", "b")) {
            assertEquals("for b", scalar(b, "SELECT v FROM " + ns + ".u WHERE id = 1"));
        }
    }

    @Test
    void limitTenantPrivilegeIsTheUserIdLockedProperty() throws Exception {
        try (Connection c = connect("userId", "a", "userIdLocked", "true")) {
            assertSqlState("42501", () -> exec(c, "SET kalam.user_id = 'b'"));
        }
    }

    @Test
    void limitRowIdentityIsTheDeclaredPrimaryKey() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "t", "label TEXT, pk BIGINT PRIMARY KEY");
            exec(c, "INSERT INTO " + ns + ".t (label, pk) VALUES ('dup', 1), ('dup', 2)");
            assertEquals(1, update(c, "UPDATE " + ns + ".t SET label = 'one' WHERE pk = 1"));
            assertEquals(List.of(row("one", "1"), row("dup", "2")), rows(c, "SELECT label, pk FROM " + ns
                    + ".t ORDER BY pk"));
        }
    }

    @Test
    void limitTopLevelTransactionsOnly() throws Exception {
        try (Connection c = connect()) {
            exec(c, "BEGIN");
            assertSqlState("0A000", () -> exec(c, "SAVEPOINT sp"));
            exec(c, "ROLLBACK");
        }
    }

    @Test
    void limitDdlInTransactionsIsRejected() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "t", "id BIGINT PRIMARY KEY");
            exec(c, "BEGIN", "SELECT id FROM " + ns + ".t");
            assertSqlState("25001", () -> exec(c, "DROP TABLE " + ns + ".t"));
            exec(c, "ROLLBACK");
        }
    }

    @Test
    void limitStreamWritesInTransactionsAreRejected() throws Exception {
        try (Connection c = connect("userId", "a")) {
            createStream(c, "e", "id BIGINT PRIMARY KEY");
            exec(c, "BEGIN");
            assertSqlState("0A000", () -> exec(c, "INSERT INTO " + ns + ".e (id) VALUES (1)"));
            exec(c, "ROLLBACK");
        }
    }

    @Test
    void limitKalamExecIsGuardedAndIgnoresTheCurrentSchema() throws Exception {
        try (Connection c = connect("allowKalamExec", "false")) {
            assertSqlState("42501", () -> scalar(c, "SELECT kalam_exec('SELECT 1')"));
        }
        try (Connection c = connect()) {
            createShared(c, "t", "id BIGINT PRIMARY KEY");
            c.setSchema(ns);
            // kalam_exec runs in KalamDB's namespace "default", not the connection's schema.
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> scalar(c, "SELECT kalam_exec('SELECT id FROM t LIMIT 1')"));
            assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("not found"), e.getMessage());
        }
    }

    @Test
    void limitTypeConversionsRoundTripEveryKalamType() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "t", "id BIGINT PRIMARY KEY, n NUMERIC(6,2), u UUID, tm TIME, b BYTEA");
            exec(c, "INSERT INTO " + ns + ".t (id, n, u, tm, b) VALUES (1, 12.5, "
                    + "'0190f3a2-7b1c-7d2e-8f3a-0123456789ab', '10:11:12.5', '\\x0102')");
            assertEquals(List.of(row("12.50", "0190f3a2-7b1c-7d2e-8f3a-0123456789ab", "10:11:12.5")),
                    rows(c, "SELECT n, u, tm FROM " + ns + ".t"));
            try (var rs = c.createStatement().executeQuery("SELECT b FROM " + ns + ".t")) {
                assertTrue(rs.next());
                org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[] {1, 2}, rs.getBytes(1));
            }
        }
    }

    @Test
    void limitReservedColumnNames() throws Exception {
        try (Connection c = connect()) {
            assertSqlState("42701", () -> exec(c, "CREATE TABLE " + ns + ".t (id BIGINT PRIMARY KEY, _deleted BOOLEAN) "
                    + "USING kalamdb"));
        }
    }

    @Test
    void limitSeqIsReadOnlyAndMultiRowUseridMustAgree() throws Exception {
        try (Connection c = connect("userId", "a")) {
            createUser(c, "u", "id BIGINT PRIMARY KEY");
            exec(c, "INSERT INTO " + ns + ".u (id, _seq) VALUES (1, 5)");
            assertTrue(!"5".equals(scalar(c, "SELECT _seq FROM " + ns + ".u")));
            assertSqlState("22023", () -> exec(c, "INSERT INTO " + ns + ".u (id, _userid) VALUES (2, 'a'), (3, 'b')"));
        }
    }

    @Test
    void limitOptionsAreValidatedBeforeFirstUse() throws Exception {
        try (Connection c = connect()) {
            assertSqlState("22023", () -> exec(c, "CREATE TABLE " + ns + ".t (id BIGINT PRIMARY KEY) USING kalamdb "
                    + "WITH (type = 'shared', ttl_seconds = '10')"));
            assertSqlState("22023", () -> exec(c, "CREATE TABLE " + ns + ".t (id BIGINT PRIMARY KEY) USING kalamdb "
                    + "WITH (type = 'shared', flush_policy = 'bogus')"));
        }
    }
}
