package org.kalamdb.jdbc.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Issue item 8: Statement, PreparedStatement, results and their JDBC semantics. */
public abstract class StatementSuite extends ConformanceSupport {

    private void items(Connection c) throws SQLException {
        createShared(c, "items", "id BIGINT PRIMARY KEY, name TEXT, qty INT");
    }

    @Test
    void preparedStatementsBindByIndexAndRunMany() throws Exception {
        try (Connection c = connect()) {
            items(c);
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + ns + ".items (id, name, qty) VALUES (?, ?, ?)")) {
                assertEquals(3, ins.getParameterMetaData().getParameterCount());
                for (int i = 1; i <= 3; i++) {
                    ins.setLong(1, i);
                    ins.setString(2, "n" + i);
                    ins.setInt(3, i * 10);
                    assertEquals(1, ins.executeUpdate());
                }
                ins.clearParameters();
                ins.setLong(1, 4);
                assertSqlState("07002", ins::executeUpdate);
                assertSqlState("22023", () -> ins.setString(4, "x"));
            }
            try (PreparedStatement q = c.prepareStatement("SELECT name FROM " + ns + ".items WHERE qty = $1")) {
                q.setInt(1, 20);
                assertEquals(List.of(row("n2")), rows(q.executeQuery()));
                q.setInt(1, 30);
                assertEquals(List.of(row("n3")), rows(q.executeQuery()));
            }
        }
    }

    @Test
    void questionMarkPlaceholdersDoNotClashWithTheJsonOperator() throws Exception {
        try (Connection c = connect()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM " + ns + ".docs WHERE payload ? 'kind' AND id = ?")) {
                assertEquals(1, ps.getParameterMetaData().getParameterCount());
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT ?::text AS a, ? AS b")) {
                assertEquals(2, ps.getParameterMetaData().getParameterCount());
                ps.setString(1, "x?y");
                ps.setInt(2, 7);
                assertEquals(List.of(row("x?y", "7")), rows(ps.executeQuery()));
            }
        }
    }

    @Test
    void executeVariantsFollowTheSpec() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            items(c);
            assertFalse(s.execute("INSERT INTO " + ns + ".items (id, name, qty) VALUES (1, 'a', 1)"));
            assertEquals(1, s.getUpdateCount());
            assertNull(s.getResultSet());
            assertTrue(s.execute("SELECT id FROM " + ns + ".items"));
            assertEquals(-1, s.getUpdateCount());
            assertTrue(s.getResultSet().next());
            assertEquals(1L, s.executeLargeUpdate("UPDATE " + ns + ".items SET qty = 2 WHERE id = 1"));
            assertSqlState("02000", () -> s.executeQuery("UPDATE " + ns + ".items SET qty = 3 WHERE id = 1"));
            assertSqlState("0100E", () -> s.executeUpdate("SELECT id FROM " + ns + ".items"));
            assertEquals(0, s.executeUpdate("SET search_path TO " + ns));
        }
    }

    @Test
    void multiStatementStringsAreWalkedWithGetMoreResults() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            items(c);
            boolean first = s.execute("INSERT INTO " + ns + ".items (id, name, qty) VALUES (1, 'a', 1), (2, 'b', 2); "
                    + "SELECT id, name FROM " + ns + ".items ORDER BY id; "
                    + "UPDATE " + ns + ".items SET qty = 9 WHERE id = 2;");
            assertFalse(first);
            assertEquals(2, s.getUpdateCount());
            assertTrue(s.getMoreResults());
            assertEquals(-1, s.getUpdateCount());
            assertEquals(List.of(row("1", "a"), row("2", "b")), rows(s.getResultSet()));
            assertFalse(s.getMoreResults());
            assertEquals(1, s.getUpdateCount());
            assertFalse(s.getMoreResults());
            assertEquals(-1, s.getUpdateCount());
            assertNull(s.getResultSet());
        }
    }

    @Test
    void statementBatchesReportCountsAndFailuresPerEntry() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            items(c);
            s.addBatch("INSERT INTO " + ns + ".items (id, name, qty) VALUES (1, 'a', 1)");
            s.addBatch("INSERT INTO " + ns + ".items (id, name, qty) VALUES (2, 'b', 2), (3, 'c', 3)");
            s.addBatch("UPDATE " + ns + ".items SET qty = 0");
            assertArrayEquals(new int[] {1, 2, 3}, s.executeBatch());
            s.addBatch("INSERT INTO " + ns + ".items (id, name, qty) VALUES (4, 'd', 4)");
            s.addBatch("INSERT INTO " + ns + ".no_such_table (id) VALUES (1)");
            s.addBatch("INSERT INTO " + ns + ".items (id, name, qty) VALUES (5, 'e', 5)");
            BatchUpdateException e = assertThrows(BatchUpdateException.class, s::executeBatch);
            assertArrayEquals(new int[] {1}, e.getUpdateCounts());
            assertEquals("42P01", e.getSQLState());
        }
        try (Connection other = connect()) {
            assertEquals(List.of(row("1"), row("2"), row("3"), row("4")), rows(other, "SELECT id FROM " + ns
                    + ".items ORDER BY id"));
        }
    }

    @Test
    void resultSetsAreForwardOnlyReadOnlyAndDescribed() throws Exception {
        try (Connection c = connect()) {
            items(c);
            exec(c, "INSERT INTO " + ns + ".items (id, name, qty) VALUES (1, 'a', NULL)");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id AS key, name, qty FROM " + ns + ".items")) {
                assertEquals(ResultSet.TYPE_FORWARD_ONLY, rs.getType());
                assertEquals(ResultSet.CONCUR_READ_ONLY, rs.getConcurrency());
                assertEquals(s, rs.getStatement());
                ResultSetMetaData md = rs.getMetaData();
                assertEquals("key", md.getColumnLabel(1));
                assertEquals(Types.BIGINT, md.getColumnType(1));
                assertEquals("BIGINT", md.getColumnTypeName(1));
                assertEquals(Types.VARCHAR, md.getColumnType(2));
                assertEquals(Types.INTEGER, md.getColumnType(3));
                assertEquals(ResultSetMetaData.columnNullable, md.isNullable(3));
                assertEquals(Long.class.getName(), md.getColumnClassName(1));
                assertTrue(rs.isBeforeFirst());
                assertTrue(rs.next());
                assertEquals(1, rs.getRow());
                assertEquals(1L, rs.getObject("KEY"));
                assertEquals(0, rs.getInt("qty"));
                assertTrue(rs.wasNull());
                assertThrows(SQLFeatureNotSupportedException.class, rs::previous);
                assertThrows(SQLFeatureNotSupportedException.class, () -> rs.updateString(2, "x"));
                assertSqlState("42703", () -> rs.getString("nope"));
                assertFalse(rs.next());
                assertTrue(rs.isAfterLast());
            }
        }
    }

    @Test
    void closeOnCompletionAndClosedObjects() throws Exception {
        try (Connection c = connect()) {
            Statement s = c.createStatement();
            s.closeOnCompletion();
            ResultSet rs = s.executeQuery("SELECT 1");
            assertTrue(rs.next());
            rs.close();
            assertTrue(s.isClosed());
            assertThrows(SQLException.class, () -> s.executeQuery("SELECT 1"));
        }
    }

    @Test
    void queryTimeoutIsAPerStatementSetting() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertEquals(0, s.getQueryTimeout());
            s.setQueryTimeout(30);
            assertEquals(30, s.getQueryTimeout());
            assertEquals("1", rows(s.executeQuery("SELECT 1")).get(0).get(0));
            assertSqlState("22023", () -> s.setQueryTimeout(-1));
        }
    }

    @Test
    void cancelFromAnotherThreadStopsTheRunningStatement() throws Exception {
        int n = 4000;
        try (Connection c = connect()) {
            items(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + ns + ".items (id, name, qty) VALUES (?, 'x', 0)")) {
                for (int i = 0; i < n; i++) {
                    ps.setInt(1, i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Statement s = c.createStatement();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            CountDownLatch started = new CountDownLatch(1);
            Future<Integer> running = pool.submit(() -> {
                started.countDown();
                return s.executeUpdate("UPDATE " + ns + ".items SET qty = qty + 1");
            });
            assertTrue(started.await(30, TimeUnit.SECONDS));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!running.isDone() && System.nanoTime() < deadline) {
                s.cancel(); // a no-op until the UPDATE is running; repeated until it stops
                Thread.onSpinWait();
            }
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> running.get(60, TimeUnit.SECONDS));
            SQLException cause = (SQLException) e.getCause();
            assertEquals("57014", cause.getSQLState());
            pool.shutdown();
            int updated = 0;
            for (List<String> r : rows(c, "SELECT qty FROM " + ns + ".items")) {
                updated += Integer.parseInt(r.get(0));
            }
            assertTrue(updated < n, "cancelled before the end: " + updated);
        }
    }

    @Test
    void aliasesAndLabels() throws Exception {
        try (Connection c = connect()) {
            items(c);
            exec(c, "INSERT INTO " + ns + ".items (id, name, qty) VALUES (5, 'five', 55)");
            try (ResultSet rs = c.createStatement().executeQuery("SELECT t.name AS label, t.qty FROM " + ns + ".items t")) {
                assertTrue(rs.next());
                assertEquals("five", rs.getString("label"));
                assertEquals(55, rs.getInt("qty"));
                assertEquals("label", rs.getMetaData().getColumnLabel(1));
            }
        }
    }
}
