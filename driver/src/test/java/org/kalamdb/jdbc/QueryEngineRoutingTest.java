package org.kalamdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Which statements reach the query engine (design.md D3, issue 9 item 4): simple CRUD never starts
 * it; every other query does, on the in-process server. Also: the engine follows the connection's
 * namespace and its DDL, and its local work honours the query timeout.
 */
class QueryEngineRoutingTest {

    private final String url = "jdbc:kalam:mem:routing-" + UUID.randomUUID();

    private KalamConnection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("userId", "u1");
        return DriverManager.getConnection(url, p).unwrap(KalamConnection.class);
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void simpleCrudNeverStartsTheEngine() throws Exception {
        try (KalamConnection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE app.items (id BIGINT PRIMARY KEY, name TEXT, qty INT) USING kalamdb "
                    + "WITH (type = 'shared')");
            s.execute("INSERT INTO app.items (id, name, qty) VALUES (1, 'a', 5), (2, 'b', 7)");
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM app.items WHERE id = ? ORDER BY id")) {
                ps.setLong(1, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("b", rs.getString(2));
                }
            }
            s.executeQuery("SELECT * FROM app.items WHERE qty > 5 AND name LIKE 'b%' ORDER BY qty DESC LIMIT 1").close();
            s.executeUpdate("UPDATE app.items SET qty = qty + 1 WHERE id = 1");
            s.executeUpdate("DELETE FROM app.items WHERE name = 'zzz'");
            s.executeQuery("SELECT kalam_user_id(), 1 + 2").close();
            assertFalse(c.queryEngineStarted(), "the fast path served every statement");

            assertEquals(List.of("6"), column(c, "SELECT qty FROM app.items WHERE id = 1"));
            assertEquals(List.of("2"), column(c, "SELECT count(*) FROM app.items"));
            assertTrue(c.queryEngineStarted());
        }
    }

    @Test
    void theEngineFollowsTheNamespaceAndDdl() throws Exception {
        try (KalamConnection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE one.t (id BIGINT PRIMARY KEY, v TEXT) USING kalamdb WITH (type = 'shared')");
            s.execute("CREATE TABLE two.t (id BIGINT PRIMARY KEY, v TEXT) USING kalamdb WITH (type = 'shared')");
            s.execute("INSERT INTO one.t (id, v) VALUES (1, 'one')");
            s.execute("INSERT INTO two.t (id, v) VALUES (1, 'two'), (2, 'two')");
            s.execute("SET search_path TO one");
            assertEquals(List.of("1"), column(c, "SELECT count(*) FROM t"));
            c.setSchema("two");
            assertEquals(List.of("2"), column(c, "SELECT count(*) FROM t"), "the same text, another namespace");
            s.execute("ALTER TABLE two.t ADD COLUMN extra INT");
            s.execute("UPDATE two.t SET extra = 9 WHERE id = 2");
            assertEquals(List.of("9"), column(c, "SELECT max(extra) FROM t"), "a column added by this connection");
            try (KalamConnection other = connect(); Statement o = other.createStatement()) {
                o.execute("CREATE TABLE two.u (id BIGINT PRIMARY KEY) USING kalamdb WITH (type = 'shared')");
                o.execute("INSERT INTO two.u (id) VALUES (1), (2), (3)");
            }
            assertEquals(List.of("3"), column(c, "SELECT count(*) FROM u"), "a table created by another connection");
        }
    }

    @Test
    @Timeout(120) // a guard against a hang, not a timing assertion
    void theQueryTimeoutStopsTheEnginesLocalWork() throws Exception {
        try (KalamConnection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE app.n (id BIGINT PRIMARY KEY) USING kalamdb WITH (type = 'shared')");
            StringBuilder values = new StringBuilder();
            for (int i = 1; i <= 60; i++) {
                values.append(i == 1 ? "" : ", ").append('(').append(i).append(')');
            }
            s.execute("INSERT INTO app.n (id) VALUES " + values);
            assertEquals(List.of("3600"), column(c, "SELECT count(*) FROM app.n a, app.n b"));
            s.setQueryTimeout(1);
            // 60^5 rows: far more than the engine can join in a second.
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(
                    "SELECT count(*) FROM app.n a, app.n b, app.n c, app.n d, app.n e WHERE a.id + b.id + c.id + d.id"
                            + " + e.id > 0"));
            assertInstanceOf(SQLTimeoutException.class, e, e.toString());
            assertEquals("57014", e.getSQLState());
            s.setQueryTimeout(0);
            assertEquals(List.of("60"), column(c, "SELECT count(*) FROM app.n"), "the connection is still usable");
        }
    }
}
