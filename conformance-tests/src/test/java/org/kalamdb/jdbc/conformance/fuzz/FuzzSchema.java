package org.kalamdb.jdbc.conformance.fuzz;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The tables the fuzz tests run against, (re)created idempotently. */
final class FuzzSchema {

    private FuzzSchema() {
    }

    static void ensure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS fuzz");
            s.execute("CREATE TABLE IF NOT EXISTS fuzz.t (id BIGINT PRIMARY KEY, s TEXT, n BIGINT) USING kalamdb "
                    + "WITH (type='shared')");
            s.execute("CREATE TABLE IF NOT EXISTS fuzz.u (id BIGINT PRIMARY KEY, v TEXT) USING kalamdb "
                    + "WITH (type='user')");
            s.execute("CREATE TABLE IF NOT EXISTS fuzz.p (id BIGINT PRIMARY KEY, i INTEGER, b BOOLEAN, "
                    + "d DOUBLE PRECISION, s TEXT, ts TIMESTAMP, dt DATE, dec NUMERIC(10,2), bin BYTEA, js JSONB, "
                    + "u UUID) USING kalamdb WITH (type='shared')");
        }
    }

    /** Five rows in fuzz.t, ids 1..5. */
    static void seed(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO fuzz.t (id, s, n) VALUES (1, 'a', 1), (2, 'b', 2), (3, 'c', 3), "
                    + "(4, NULL, 4), (5, 'it''s', 5)");
        }
    }
}
