package org.kalamdb.jdbc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue item 6: transactions as design.md D6 and D8 describe them. */
public abstract class TransactionSuite extends ConformanceSupport {

    private void items(Connection c) throws SQLException {
        createShared(c, "items", "id BIGINT PRIMARY KEY, name TEXT");
    }

    @Test
    void autocommitOffKeepsWritesPrivateUntilCommit() throws Exception {
        try (Connection c = connect(); Connection other = connect()) {
            items(c);
            assertTrue(c.getAutoCommit());
            c.setAutoCommit(false);
            exec(c, "INSERT INTO " + ns + ".items (id, name) VALUES (1, 'a'), (2, 'b')");
            exec(c, "UPDATE " + ns + ".items SET name = 'B' WHERE id = 2");
            assertEquals(List.of(row("1", "a"), row("2", "B")), rows(c, "SELECT id, name FROM " + ns
                    + ".items ORDER BY id"), "read-your-writes");
            assertEquals(List.of(), rows(other, "SELECT id FROM " + ns + ".items"));
            c.commit();
            assertEquals(List.of(row("1", "a"), row("2", "B")), rows(other, "SELECT id, name FROM " + ns
                    + ".items ORDER BY id"));
            exec(c, "DELETE FROM " + ns + ".items WHERE id = 1");
            c.rollback();
            assertEquals(2, rows(other, "SELECT id FROM " + ns + ".items").size());
        }
    }

    @Test
    void beginCommitEndAndRollbackStatements() throws Exception {
        try (Connection c = connect(); Connection other = connect()) {
            items(c);
            exec(c, "BEGIN", "INSERT INTO " + ns + ".items (id, name) VALUES (1, 'kept')", "COMMIT");
            exec(c, "START TRANSACTION", "INSERT INTO " + ns + ".items (id, name) VALUES (2, 'dropped')", "ROLLBACK");
            exec(c, "BEGIN TRANSACTION; INSERT INTO " + ns + ".items (id, name) VALUES (3, 'ended'); END");
            assertTrue(c.getAutoCommit(), "a BEGIN block ends in autocommit mode");
            assertEquals(List.of(row("1", "kept"), row("3", "ended")), rows(other, "SELECT id, name FROM " + ns
                    + ".items ORDER BY id"));
            c.clearWarnings();
            exec(c, "COMMIT");
            assertNotNull(c.getWarnings(), "COMMIT outside a transaction warns");
            assertSqlState("25P01", c::commit);
        }
    }

    @Test
    void rollbackDiscardsEveryWriteOfTheTransaction() throws Exception {
        try (Connection c = connect(); Connection other = connect()) {
            items(c);
            exec(c, "INSERT INTO " + ns + ".items (id, name) VALUES (1, 'committed')");
            c.setAutoCommit(false);
            exec(c, "INSERT INTO " + ns + ".items (id, name) VALUES (2, 'temp')");
            exec(c, "UPDATE " + ns + ".items SET name = 'changed' WHERE id = 1");
            exec(c, "DELETE FROM " + ns + ".items WHERE id = 1");
            assertEquals(List.of(row("2")), rows(c, "SELECT id FROM " + ns + ".items"));
            c.rollback();
            assertEquals(List.of(row("1", "committed")), rows(other, "SELECT id, name FROM " + ns + ".items"));
            assertEquals(List.of(row("1", "committed")), rows(c, "SELECT id, name FROM " + ns + ".items"));
        }
    }

    @Test
    void ddlIsRefusedOnceTheTransactionHasTouchedData() throws Exception {
        try (Connection c = connect()) {
            items(c);
            c.setAutoCommit(false);
            createShared(c, "early", "id BIGINT PRIMARY KEY"); // nothing sent for the transaction yet: runs now
            exec(c, "INSERT INTO " + ns + ".items (id, name) VALUES (1, 'a')");
            SQLException e = assertSqlState("25001", () -> createShared(c, "late", "id BIGINT PRIMARY KEY"));
            assertTrue(e.getMessage().contains("COMMIT"), e.getMessage());
            c.commit();
            createShared(c, "late", "id BIGINT PRIMARY KEY");
        }
    }

    @Test
    void streamTablesAndTheIdRuleAreRefusedBeforeSending() throws Exception {
        try (Connection c = connect("userId", "alice")) {
            createStream(c, "events", "id BIGINT PRIMARY KEY, kind TEXT");
            createShared(c, "people", "code TEXT PRIMARY KEY, name TEXT");
            c.setAutoCommit(false);
            SQLException stream = assertSqlState("0A000", () -> exec(c, "INSERT INTO " + ns
                    + ".events (id, kind) VALUES (1, 'click')"));
            assertTrue(stream.getMessage().contains("stream"), stream.getMessage());
            SQLException idRule = assertSqlState("0A000", () -> exec(c, "INSERT INTO " + ns
                    + ".people (code, name) VALUES ('p1', 'x')"));
            assertTrue(idRule.getMessage().contains("id"), idRule.getMessage());
            c.rollback();
            c.setAutoCommit(true);
            exec(c, "INSERT INTO " + ns + ".events (id, kind) VALUES (1, 'click')");
            exec(c, "INSERT INTO " + ns + ".people (code, name) VALUES ('p1', 'x')");
            assertEquals("click", scalar(c, "SELECT kind FROM " + ns + ".events WHERE id = 1"));
            assertEquals("x", scalar(c, "SELECT name FROM " + ns + ".people WHERE code = 'p1'"));
        }
    }

    @Test
    void savepointsAreNotSupported() throws Exception {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            assertSqlState("0A000", c::setSavepoint);
            assertSqlState("0A000", () -> c.setSavepoint("s1"));
            assertSqlState("0A000", () -> exec(c, "SAVEPOINT s1"));
            assertSqlState("0A000", () -> exec(c, "ROLLBACK TO SAVEPOINT s1"));
            assertSqlState("0A000", () -> exec(c, "RELEASE SAVEPOINT s1"));
            c.rollback();
        }
    }

    @Test
    void isolationIsSnapshotReportedAsRepeatableRead() throws Exception {
        try (Connection c = connect(); Connection other = connect()) {
            items(c);
            exec(c, "INSERT INTO " + ns + ".items (id, name) VALUES (1, 'before')");
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            assertEquals(Connection.TRANSACTION_REPEATABLE_READ, c.getTransactionIsolation());
            assertSqlState("0A000", () -> c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE));
            c.setAutoCommit(false);
            assertEquals(List.of(row("before")), rows(c, "SELECT name FROM " + ns + ".items"));
            exec(other, "INSERT INTO " + ns + ".items (id, name) VALUES (2, 'concurrent')");
            assertEquals(List.of(row("before")), rows(c, "SELECT name FROM " + ns + ".items"), "snapshot at BEGIN");
            c.commit();
            assertEquals(2, rows(c, "SELECT name FROM " + ns + ".items").size());
        }
    }

    @Test
    void aFailedCommitLeavesNothingWrittenAndTheConnectionUsable() throws Exception {
        try (Connection c = connect(); Connection other = connect()) {
            items(c);
            exec(c, "INSERT INTO " + ns + ".items (id, name) VALUES (1, 'first')");
            c.setAutoCommit(false);
            exec(c, "INSERT INTO " + ns + ".items (id, name) VALUES (2, 'second')");
            exec(c, "INSERT INTO " + ns + ".items (id, name) VALUES (1, 'duplicate')");
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, c::commit);
            assertTrue(e.getMessage().contains("Primary key") || e.getMessage().contains("already exists"),
                    e.getMessage());
            assertEquals(List.of(row("1", "first")), rows(other, "SELECT id, name FROM " + ns + ".items"));
            exec(c, "INSERT INTO " + ns + ".items (id, name) VALUES (3, 'after')");
            c.commit();
            assertEquals(List.of(row("1"), row("3")), rows(other, "SELECT id FROM " + ns + ".items ORDER BY id"));
        }
    }

    @Test
    void setAutoCommitTrueCommits() throws Exception {
        try (Connection c = connect(); Connection other = connect()) {
            items(c);
            c.setAutoCommit(false);
            exec(c, "INSERT INTO " + ns + ".items (id, name) VALUES (1, 'a')");
            c.setAutoCommit(true);
            assertEquals(List.of(row("a")), rows(other, "SELECT name FROM " + ns + ".items"));
        }
    }

    @Test
    void beginInsideATransactionOnlyWarns() throws Exception {
        try (Connection c = connect()) {
            exec(c, "BEGIN");
            c.clearWarnings();
            exec(c, "BEGIN");
            assertNotNull(c.getWarnings());
            assertTrue(c.getWarnings().getMessage().contains("already a transaction"));
            exec(c, "ROLLBACK");
            try (Statement s = c.createStatement()) {
                assertFalse(s.execute("ROLLBACK"));
            }
        }
    }
}
