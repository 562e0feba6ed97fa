package org.kalamdb.jdbc.conformance;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;

import org.junit.jupiter.api.Test;

/** Issue item 9: every SQLException has the SQLState of design.md section 4 and keeps the server's text. */
public abstract class ErrorSuite extends ConformanceSupport {

    @Test
    void syntaxErrorsAre42601() throws Exception {
        try (Connection c = connect()) {
            SQLException e = assertSqlState("42601", () -> exec(c, "SELEC id FROM t"));
            assertInstanceOf(SQLSyntaxErrorException.class, e);
        }
    }

    @Test
    void missingTableAndColumn() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "items", "id BIGINT PRIMARY KEY, name TEXT");
            SQLException table = assertSqlState("42P01", () -> rows(c, "SELECT id FROM " + ns + ".nope"));
            assertInstanceOf(SQLSyntaxErrorException.class, table);
            assertTrue(table.getMessage().contains("nope"), table.getMessage());
            SQLException column = assertSqlState("42703", () -> rows(c, "SELECT colour FROM " + ns + ".items"));
            assertTrue(column.getMessage().contains("colour"), column.getMessage());
            assertSqlState("42703", () -> exec(c, "INSERT INTO " + ns + ".items (id, colour) VALUES (1, 'x')"));
            assertSqlState("42703", () -> exec(c, "UPDATE " + ns + ".items SET colour = 'x' WHERE id = 1"));
        }
    }

    @Test
    void duplicatePrimaryKeyKeepsTheServerText() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "items", "id BIGINT PRIMARY KEY, name TEXT");
            exec(c, "INSERT INTO " + ns + ".items (id, name) VALUES (1, 'a')");
            SQLException e = assertSqlState("23505", () -> exec(c, "INSERT INTO " + ns
                    + ".items (id, name) VALUES (1, 'again')"));
            assertInstanceOf(SQLIntegrityConstraintViolationException.class, e);
            assertTrue(e.getMessage().contains("Primary key violation"), e.getMessage());
        }
    }

    @Test
    void badValuesAreDataExceptions() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "nums", "id BIGINT PRIMARY KEY, small SMALLINT, n INT");
            SQLException text = assertSqlState("22P02", () -> exec(c, "INSERT INTO " + ns
                    + ".nums (id, n) VALUES (1, 'abc')"));
            assertInstanceOf(SQLDataException.class, text);
            SQLException range = assertSqlState("22003", () -> exec(c, "INSERT INTO " + ns
                    + ".nums (id, small) VALUES (1, 100000)"));
            assertInstanceOf(SQLDataException.class, range);
        }
    }

    @Test
    void existingTableIs42P07() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "items", "id BIGINT PRIMARY KEY");
            SQLException e = assertSqlState("42P07", () -> createShared(c, "items", "id BIGINT PRIMARY KEY"));
            assertTrue(e.getMessage().contains("items"), e.getMessage());
            exec(c, "CREATE TABLE IF NOT EXISTS " + ns + ".items (id BIGINT PRIMARY KEY) USING kalamdb");
        }
    }

    @Test
    void unsupportedStatementsAre0A000() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "items", "id BIGINT PRIMARY KEY");
            SQLException e = assertSqlState("0A000", () -> exec(c, "TRUNCATE " + ns + ".items"));
            assertInstanceOf(SQLFeatureNotSupportedException.class, e);
            assertSqlState("0A000", () -> c.prepareCall("{call x()}"));
        }
    }

    @Test
    void systemTablesCannotBeWritten() throws Exception {
        try (Connection c = connect()) {
            assertSqlState("42501", () -> exec(c, "DELETE FROM system.namespaces WHERE namespace_id = 'x'"));
        }
    }
}
