package org.kalamdb.jdbc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Issue item 3: DDL as pg_kalam mirrors it (extension.md section 1), with its defects fixed. */
public abstract class DdlSuite extends ConformanceSupport {

    private String tableType(Connection c, String table) throws SQLException {
        List<List<String>> r = rows(c, "SELECT table_type FROM system.tables WHERE namespace_id = '" + ns
                + "' AND table_name = '" + table + "'");
        return r.isEmpty() ? null : r.get(0).get(0).toLowerCase(Locale.ROOT);
    }

    /** (column_name, data_type, primary_key) of a table, in ordinal order, system columns included. */
    private List<List<String>> columns(Connection c, String table) throws SQLException {
        return rows(c, "SELECT column_name, data_type, primary_key FROM system.columns WHERE namespace_id = '" + ns
                + "' AND table_name = '" + table + "' ORDER BY ordinal");
    }

    private boolean namespaceExists(Connection c) throws SQLException {
        return !rows(c, "SELECT namespace_id FROM system.namespaces WHERE namespace_id = '" + ns + "'").isEmpty();
    }

    @Test
    void createTableUsingKalamdbMakesTheNamespaceAndATableOfEachType() throws Exception {
        try (Connection c = connect()) {
            exec(c, "CREATE TABLE " + ns + ".items (id BIGINT PRIMARY KEY, title TEXT NOT NULL) USING kalamdb "
                    + "WITH (type = 'shared')");
            exec(c, "CREATE TABLE " + ns + ".profiles (id TEXT, name TEXT) USING kalamdb WITH (type = 'user')");
            exec(c, "CREATE TABLE " + ns + ".events (id BIGINT PRIMARY KEY, kind TEXT) USING kalamdb "
                    + "WITH (type = 'stream', ttl_seconds = '45')");
            exec(c, "CREATE TABLE " + ns + ".plain (id BIGINT PRIMARY KEY, v TEXT) USING kalamdb");
        }
        try (Connection other = connect()) {
            assertTrue(namespaceExists(other));
            assertEquals("shared", tableType(other, "items"));
            assertEquals("user", tableType(other, "profiles"));
            assertEquals("stream", tableType(other, "events"));
            assertEquals("shared", tableType(other, "plain"));
            assertEquals(List.of(row("id", "BIGINT", "true"), row("title", "TEXT", "false"),
                    row("_seq", "BIGINT", "false"), row("_deleted", "BOOLEAN", "false")), columns(other, "items"));
        }
    }

    @Test
    void plainCreateTableUsesDefaultTableType() throws Exception {
        try (Connection c = connect()) {
            exec(c, "CREATE TABLE " + ns + ".a (id BIGINT PRIMARY KEY, v TEXT)");
            assertEquals("shared", tableType(c, "a"));
        }
        try (Connection c = connect("defaultTableType", "user")) {
            exec(c, "CREATE TABLE " + ns + ".b (id BIGINT PRIMARY KEY, v TEXT)");
            assertEquals("user", tableType(c, "b"));
        }
    }

    @Test
    void idColumnBecomesThePrimaryKeyOfUserAndSharedTables() throws Exception {
        try (Connection c = connect()) {
            exec(c, "CREATE TABLE " + ns + ".profiles (id TEXT, name TEXT) USING kalamdb WITH (type = 'user')");
            assertEquals(List.of(row("id", "TEXT", "true"), row("name", "TEXT", "false"),
                    row("_seq", "BIGINT", "false"), row("_deleted", "BOOLEAN", "false")), columns(c, "profiles"));
        }
    }

    @Test
    void serialAndIdentityColumnsGetSnowflakeDefaults() throws Exception {
        long before = System.currentTimeMillis();
        try (Connection c = connect()) {
            exec(c, "CREATE TABLE " + ns + ".s (id BIGSERIAL PRIMARY KEY, name TEXT) USING kalamdb");
            exec(c, "CREATE TABLE " + ns + ".g (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name TEXT) "
                    + "USING kalamdb");
            assertEquals("BIGINT", columns(c, "s").get(0).get(1));
            exec(c, "INSERT INTO " + ns + ".s (name) VALUES ('first')", "INSERT INTO " + ns + ".s (name) VALUES ('second')",
                    "INSERT INTO " + ns + ".g (name) VALUES ('only')");
        }
        try (Connection other = connect()) {
            List<List<String>> s = rows(other, "SELECT id, name FROM " + ns + ".s ORDER BY id");
            assertEquals(2, s.size());
            assertEquals("first", s.get(0).get(1));
            assertEquals("second", s.get(1).get(1));
            long first = Long.parseLong(s.get(0).get(0));
            long second = Long.parseLong(s.get(1).get(0));
            assertTrue(second > first);
            long millis = (first >> 22) + 1_704_067_200_000L;
            assertTrue(millis >= before - 60_000 && millis <= System.currentTimeMillis() + 60_000, "id time " + millis);
            long g = Long.parseLong(scalar(other, "SELECT id FROM " + ns + ".g"));
            assertTrue(g > 0);
        }
    }

    @Test
    void reservedSystemColumnsAreRejectedBeforeAnythingIsSent() throws Exception {
        try (Connection c = connect()) {
            for (String column : List.of("_seq BIGINT", "_userid TEXT", "_deleted BOOLEAN")) {
                SQLException e = assertSqlState("42701", () -> exec(c, "CREATE TABLE " + ns
                        + ".t (id BIGINT PRIMARY KEY, " + column + ") USING kalamdb"));
                assertTrue(e.getMessage().contains("must not be declared explicitly"), e.getMessage());
            }
            assertTrue(!namespaceExists(c), "nothing may be created");
        }
    }

    @Test
    void withOptionsAreForwardedAndUnknownKeysRefusedFirst() throws Exception {
        try (Connection c = connect()) {
            exec(c, "CREATE TABLE " + ns + ".items (id BIGINT PRIMARY KEY, title TEXT) USING kalamdb "
                    + "WITH (type = 'shared', storage_id = 'local', access_level = 'public', flush_policy = 'rows:100')");
            String options = scalar(c, "SELECT options FROM system.tables WHERE namespace_id = '" + ns
                    + "' AND table_name = 'items'").toLowerCase(Locale.ROOT);
            assertTrue(options.contains("public"), options);
            assertTrue(options.contains("local"), options);
            assertTrue(options.contains("100"), options);
        }
        String other = ns + "x";
        try (Connection c = connect()) {
            SQLException e = assertSqlState("22023", () -> exec(c, "CREATE TABLE " + other
                    + ".t (id BIGINT PRIMARY KEY) USING kalamdb WITH (type = 'shared', colour = 'red')"));
            assertTrue(e.getMessage().contains("colour"), e.getMessage());
            assertEquals(List.of(), rows(c, "SELECT namespace_id FROM system.namespaces WHERE namespace_id = '"
                    + other + "'"));
            assertSqlState("22023", () -> exec(c, "CREATE TABLE " + other
                    + ".t (id BIGINT PRIMARY KEY) USING kalamdb WITH (type = 'system')"));
        }
    }

    @Test
    void postgresTypesMapToKalamTypesWhereExactAndOthersAreRefused() throws Exception {
        try (Connection c = connect()) {
            exec(c, "CREATE TABLE " + ns + ".typed (id BIGINT PRIMARY KEY, price NUMERIC(10,2), ratio FLOAT8, "
                    + "small INT2, flag BOOL, name VARCHAR(200), doc JSONB, raw BYTEA, at TIMESTAMPTZ) USING kalamdb");
            List<String> types = new ArrayList<>();
            for (List<String> col : columns(c, "typed")) {
                types.add(col.get(0) + " " + col.get(1));
            }
            assertEquals(List.of("id BIGINT", "price DECIMAL(10, 2)", "ratio DOUBLE", "small SMALLINT",
                    "flag BOOLEAN", "name TEXT", "doc JSON", "raw BYTES", "at DATETIME", "_seq BIGINT",
                    "_deleted BOOLEAN"), types);
            SQLException e = assertSqlState("0A000", () -> exec(c, "CREATE TABLE " + ns
                    + ".bad (id BIGINT PRIMARY KEY, span INTERVAL) USING kalamdb"));
            assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("interval"), e.getMessage());
        }
    }

    @Test
    void createForeignTableChecksThatTheRemoteTableExists() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "items", "id BIGINT PRIMARY KEY, title TEXT");
            exec(c, "CREATE FOREIGN TABLE " + ns + ".items (id BIGINT, title TEXT) SERVER kalam_server "
                    + "OPTIONS (table_type 'shared', namespace 'elsewhere', table 'ignored')");
            SQLException e = assertSqlState("42P01", () -> exec(c, "CREATE FOREIGN TABLE " + ns
                    + ".missing (id BIGINT) SERVER kalam_server OPTIONS (table_type 'shared')"));
            assertTrue(e.getMessage().contains("USING kalamdb"), e.getMessage());
        }
    }

    @Test
    void alterTableForwardsOneOperation() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "items", "id BIGINT PRIMARY KEY, title TEXT");
            exec(c, "INSERT INTO " + ns + ".items (id, title) VALUES (1, 'old')");
            exec(c, "ALTER FOREIGN TABLE " + ns + ".items ADD COLUMN status TEXT DEFAULT 'pending'");
            exec(c, "ALTER TABLE " + ns + ".items ADD COLUMN qty INT");
            exec(c, "INSERT INTO " + ns + ".items (id, title, qty) VALUES (2, 'new', 3)");
        }
        try (Connection other = connect()) {
            assertEquals(List.of(row("1", "old", null, null), row("2", "new", "pending", "3")),
                    rows(other, "SELECT id, title, status, qty FROM " + ns + ".items ORDER BY id"));
            exec(other, "ALTER TABLE " + ns + ".items DROP COLUMN qty");
            assertSqlState("42703", () -> rows(other, "SELECT qty FROM " + ns + ".items"));
            exec(other, "ALTER TABLE IF EXISTS " + ns + ".nothing ADD COLUMN x TEXT");
        }
    }

    @Test
    void dropTableDropsEveryListedTableOrNone() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "a", "id BIGINT PRIMARY KEY");
            createShared(c, "b", "id BIGINT PRIMARY KEY");
            createShared(c, "c", "id BIGINT PRIMARY KEY");
            assertSqlState("42P01", () -> exec(c, "DROP TABLE " + ns + ".c, " + ns + ".missing"));
            assertEquals("shared", tableType(c, "c"));
            exec(c, "DROP FOREIGN TABLE " + ns + ".a, " + ns + ".b");
            exec(c, "DROP TABLE IF EXISTS " + ns + ".a, " + ns + ".c");
        }
        try (Connection other = connect()) {
            assertEquals(List.of(), rows(other, "SELECT table_name FROM system.tables WHERE namespace_id = '"
                    + ns + "'"));
            assertSqlState("42P01", () -> rows(other, "SELECT id FROM " + ns + ".a"));
        }
    }

    @Test
    void schemasAreNamespaces() throws Exception {
        try (Connection c = connect()) {
            exec(c, "CREATE SCHEMA " + ns);
            assertTrue(namespaceExists(c));
            exec(c, "CREATE SCHEMA IF NOT EXISTS " + ns);
            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getSchemas()) {
                while (rs.next()) {
                    schemas.add(rs.getString("TABLE_SCHEM"));
                }
            }
            assertTrue(schemas.contains(ns), schemas.toString());
            createShared(c, "items", "id BIGINT PRIMARY KEY");
            SQLException e = assertSqlState("2BP01", () -> exec(c, "DROP SCHEMA " + ns));
            assertTrue(e.getMessage().contains("CASCADE"), e.getMessage());
            assertTrue(namespaceExists(c));
            exec(c, "DROP SCHEMA " + ns + " CASCADE");
            assertTrue(!namespaceExists(c));
        }
    }

    @Test
    void importForeignSchemaPointsToDatabaseMetaData() throws Exception {
        try (Connection c = connect()) {
            SQLException e = assertSqlState("0A000", () -> exec(c,
                    "IMPORT FOREIGN SCHEMA app FROM SERVER kalam_server INTO app"));
            assertTrue(e.getMessage().contains("DatabaseMetaData"), e.getMessage());
        }
    }

    @Test
    void unqualifiedNamesResolveInTheCurrentNamespace() throws Exception {
        try (Connection c = connect()) {
            exec(c, "CREATE SCHEMA " + ns);
            exec(c, "SET search_path TO " + ns);
            exec(c, "CREATE TABLE items (id BIGINT PRIMARY KEY, title TEXT) USING kalamdb");
            exec(c, "INSERT INTO items (id, title) VALUES (7, 'seven')");
            assertEquals("shared", tableType(c, "items"));
            assertEquals("seven", scalar(c, "SELECT title FROM items WHERE id = 7"));
            exec(c, "DROP TABLE items");
            assertEquals(null, tableType(c, "items"));
        }
    }
}
