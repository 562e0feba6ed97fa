package org.kalamdb.jdbc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.junit.jupiter.api.Test;

/** Issue item 7: pg_kalam's functions (extension.md 5.2–5.4), with kalam_exec's defects fixed. */
public abstract class FunctionSuite extends ConformanceSupport {

    @Test
    void kalamExecReturnsRowsAsJsonWithRealValuesInColumnOrder() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "items", "id BIGINT PRIMARY KEY, name TEXT, price DOUBLE, ok BOOLEAN");
            exec(c, "INSERT INTO " + ns + ".items (id, name, price, ok) VALUES (1, 'a', 1.5, true), (2, 'b', NULL, false)");
            assertEquals("[{\"name\":\"a\",\"id\":1,\"price\":1.5,\"ok\":true},"
                            + "{\"name\":\"b\",\"id\":2,\"price\":null,\"ok\":false}]",
                    scalar(c, "SELECT kalam_exec('SELECT name, id, price, ok FROM " + ns + ".items ORDER BY id LIMIT 10')"));
            assertEquals("[]", scalar(c, "SELECT kalam_exec('SELECT id FROM " + ns + ".items WHERE id = 99 LIMIT 10')"));
        }
    }

    @Test
    void kalamExecReturnsTheServerMessageForOtherStatementsAndKeepsErrors() throws Exception {
        try (Connection c = connect()) {
            String message = scalar(c, "SELECT kalam_exec('CREATE NAMESPACE " + ns + "')");
            assertTrue(message.startsWith("\"") && message.endsWith("\"") && message.length() > 2, message);
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> scalar(c, "SELECT kalam_exec('SELECT * FROM " + ns + ".no_such_table LIMIT 1')"));
            assertTrue(e.getMessage().contains("no_such_table"), "server text kept: " + e.getMessage());
        }
    }

    @Test
    void kalamExecCanBeDisabled() throws Exception {
        try (Connection c = connect("allowKalamExec", "false")) {
            SQLException e = assertSqlState("42501", () -> scalar(c, "SELECT kalam_exec('SELECT 1')"));
            assertTrue(e.getMessage().contains("allowKalamExec"), e.getMessage());
        }
    }

    @Test
    void versionModeAndTenantFunctions() throws Exception {
        try (Connection c = connect("userId", "t-1")) {
            assertEquals(c.getMetaData().getDriverVersion(), scalar(c, "SELECT kalam_version()"));
            assertEquals("remote", scalar(c, "SELECT kalam_compiled_mode()"));
            assertEquals("t-1", scalar(c, "SELECT kalam_user_id()"));
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT kalam_version() AS v, kalam_compiled_mode() AS mode, kalam_user_id() AS uid")) {
                assertEquals("v", rs.getMetaData().getColumnLabel(1));
                assertEquals("mode", rs.getMetaData().getColumnLabel(2));
                assertEquals(Types.VARCHAR, rs.getMetaData().getColumnType(2));
                assertTrue(rs.next());
                assertEquals("remote", rs.getString("mode"));
            }
        }
        try (Connection c = connect()) {
            assertNull(scalar(c, "SELECT kalam_user_id()"));
        }
    }

    @Test
    void snowflakeIdHasTheServerLayoutAndIncreases() throws Exception {
        long before = System.currentTimeMillis();
        try (Connection c = connect()) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT SNOWFLAKE_ID() AS a, snowflake_id() AS b")) {
                assertTrue(rs.next());
                assertEquals(Types.BIGINT, rs.getMetaData().getColumnType(1));
                long a = rs.getLong("a");
                long b = rs.getLong("b");
                assertTrue(b > a, a + " then " + b);
                long millis = (a >> 22) + 1_704_067_200_000L;
                assertTrue(millis >= before - 5_000 && millis <= System.currentTimeMillis() + 5_000,
                        "2024-epoch milliseconds " + millis);
            }
            createShared(c, "ids", "id BIGINT PRIMARY KEY, v TEXT");
            exec(c, "INSERT INTO " + ns + ".ids (id, v) VALUES (SNOWFLAKE_ID(), 'x')");
            long id = Long.parseLong(scalar(c, "SELECT id FROM " + ns + ".ids"));
            assertTrue(Math.abs(((id >> 22) + 1_704_067_200_000L) - before) < 60_000);
        }
    }
}
