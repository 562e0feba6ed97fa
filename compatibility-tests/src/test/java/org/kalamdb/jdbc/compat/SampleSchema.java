package org.kalamdb.jdbc.compat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The namespace the tool tests browse: one table of each KalamDB type, with a SNOWFLAKE_ID key,
 * a NOT NULL column with a default and a DECIMAL, and a few rows.
 */
final class SampleSchema {

    /** Table name, KalamDB type, declared columns in order. */
    record SampleTable(String name, String kalamType, List<String> columns, String primaryKey) {
    }

    static final List<SampleTable> TABLES = List.of(
            new SampleTable("carts", "USER", List.of("cart_id", "items"), "cart_id"),
            new SampleTable("clicks", "STREAM", List.of("id", "url"), "id"),
            new SampleTable("orders", "SHARED", List.of("id", "status", "total", "placed"), "id"));

    private SampleSchema() {
    }

    static void create(Connection c, String namespace) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + namespace);
            s.execute("CREATE TABLE " + namespace + ".orders (id BIGINT PRIMARY KEY DEFAULT SNOWFLAKE_ID(), "
                    + "status TEXT NOT NULL DEFAULT 'new', total DECIMAL(10, 2), placed TIMESTAMP) "
                    + "USING kalamdb WITH (type = 'shared')");
            s.execute("CREATE TABLE " + namespace + ".carts (cart_id TEXT PRIMARY KEY, items JSON) "
                    + "USING kalamdb WITH (type = 'user')");
            s.execute("CREATE TABLE " + namespace + ".clicks (id BIGINT PRIMARY KEY, url TEXT) "
                    + "USING kalamdb WITH (type = 'stream', ttl_seconds = '3600')");
            s.execute("INSERT INTO " + namespace + ".orders (status, total) VALUES ('paid', 12.50), ('new', 3.00)");
        }
    }

    static void drop(Connection c, String namespace) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + namespace + " CASCADE");
        }
    }
}
