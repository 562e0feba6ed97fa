package org.kalamdb.jdbc.conformance.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.function.Executable;

/** Small JDBC helpers and SQLState assertions shared by the fault, tenant, fuzz and security tests. */
public final class Jdbc {

    private Jdbc() {
    }

    public static int exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    public static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    public static long scalarLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), "no row from " + sql);
            return rs.getLong(1);
        }
    }

    public static String scalarString(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), "no row from " + sql);
            return rs.getString(1);
        }
    }

    /** {@code id -> amount} of every row of a table with those two BIGINT columns. */
    public static Map<Long, Long> amounts(Connection c, String table) throws SQLException {
        Map<Long, Long> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, amount FROM " + table)) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return out;
    }

    /** How many rows a single-table SELECT returns (counted here: no aggregate needed). */
    public static int rowCount(Connection c, String select) throws SQLException {
        int n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select)) {
            while (rs.next()) {
                n++;
            }
        }
        return n;
    }

    /** The ids of every row of a table, in order. */
    public static List<Long> ids(Connection c, String table) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /** A shared table {@code <ns>.<table> (id BIGINT PRIMARY KEY, amount BIGINT)}, namespace created first. */
    public static void createAmountsTable(Connection c, String namespace, String table) throws SQLException {
        execute(c, "CREATE SCHEMA IF NOT EXISTS " + namespace);
        execute(c, "CREATE TABLE " + namespace + "." + table
                + " (id BIGINT PRIMARY KEY, amount BIGINT) USING kalamdb WITH (type='shared')");
    }

    /** Asserts that {@code action} fails with exactly this SQLState; returns the exception. */
    public static SQLException assertSqlState(String sqlState, Executable action) {
        SQLException e = assertThrows(SQLException.class, action);
        assertEquals(sqlState, e.getSQLState(), () -> "SQLState of: " + describe(e));
        return e;
    }

    /** Asserts that {@code action} fails with an SQLState of this class (first two characters). */
    public static SQLException assertSqlStateClass(String sqlStateClass, Executable action) {
        SQLException e = assertThrows(SQLException.class, action);
        assertNotNull(e.getSQLState(), () -> "no SQLState: " + describe(e));
        assertTrue(e.getSQLState().startsWith(sqlStateClass), () -> "SQLState class " + sqlStateClass + " expected: "
                + describe(e));
        return e;
    }

    /** SQLState, class and message of an exception, for assertion messages. */
    public static String describe(SQLException e) {
        return e.getSQLState() + " " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
