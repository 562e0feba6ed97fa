package org.kalamdb.jdbc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/**
 * Shared plumbing of the conformance suites: the target, a fresh namespace per test (so tests never
 * see each other's tables, on a shared in-process server or a real one), and small helpers that
 * keep the tests about values: {@link #exec}, {@link #rows}, {@link #assertSqlState}.
 */
public abstract class ConformanceSupport {

    /** The namespace of the running test, e.g. {@code ct_k3j9x0a1}; created by the first CREATE TABLE. */
    protected String ns;

    /** Where the suite runs; implemented by the runners. */
    protected abstract KalamTarget target();

    @BeforeEach
    void freshNamespace() {
        ns = "ct_" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }

    @AfterEach
    void dropNamespace() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + ns + " CASCADE");
        } catch (SQLException e) {
            // best effort: the test may not have created the namespace at all
        }
    }

    protected Connection connect() throws SQLException {
        return target().connect(null);
    }

    /** A connection with extra properties, e.g. {@code props("userId", "alice")}. */
    protected Connection connect(String... keyValues) throws SQLException {
        return target().connect(props(keyValues));
    }

    protected static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    /** Runs each statement with its own Statement.execute. */
    protected static void exec(Connection c, String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    /** executeUpdate of one statement. */
    protected static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /** Every row of a query, each cell as {@code getString} gives it. */
    protected static List<List<String>> rows(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rows(rs);
        }
    }

    protected static List<List<String>> rows(ResultSet rs) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            List<String> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                row.add(rs.getString(i));
            }
            out.add(row);
        }
        return out;
    }

    /** One expected row, written out. */
    protected static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    /** The single value of a one-row, one-column query. */
    protected static String scalar(Connection c, String sql) throws SQLException {
        List<List<String>> r = rows(c, sql);
        assertEquals(1, r.size(), "rows of " + sql);
        assertEquals(1, r.get(0).size(), "columns of " + sql);
        return r.get(0).get(0);
    }

    /** Asserts the SQLState of the failure and returns it for message checks. */
    protected static SQLException assertSqlState(String sqlState, Executable action) {
        SQLException e = assertThrows(SQLException.class, action);
        assertEquals(sqlState, e.getSQLState(), () -> "SQLState of: " + e.getMessage());
        return e;
    }

    /** A shared table {@code <ns>.<name>} created with the given column list. */
    protected void createShared(Connection c, String name, String columns) throws SQLException {
        exec(c, "CREATE TABLE " + ns + "." + name + " (" + columns + ") USING kalamdb WITH (type = 'shared')");
    }

    /** A user table {@code <ns>.<name>}. */
    protected void createUser(Connection c, String name, String columns) throws SQLException {
        exec(c, "CREATE TABLE " + ns + "." + name + " (" + columns + ") USING kalamdb WITH (type = 'user')");
    }

    /** A stream table {@code <ns>.<name>} with a one-hour TTL. */
    protected void createStream(Connection c, String name, String columns) throws SQLException {
        exec(c, "CREATE TABLE " + ns + "." + name + " (" + columns + ") USING kalamdb WITH (type = 'stream', "
                + "ttl_seconds = '3600')");
    }
}
