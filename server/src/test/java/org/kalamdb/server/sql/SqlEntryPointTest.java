package org.kalamdb.server.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * protocol.md 8 and server.md 6 (classification, statement size) and 7 (SQL transactions on gRPC):
 * what every statement goes through before its handler.
 */
class SqlEntryPointTest extends SqlTestSupport {

    @Test
    void statementsOverOneMebibyteAreRefused() {
        String big = "SELECT '" + "x".repeat(KalamSqlExecutor.MAX_SQL_BYTES) + "'";
        int bytes = big.length();
        assertError("Invalid SQL: SQL query too long: " + bytes + " bytes (maximum 1048576 bytes)", big);
        // The limit counts UTF-8 bytes, not characters.
        String multiByte = "SELECT '" + "é".repeat(KalamSqlExecutor.MAX_SQL_BYTES / 2) + "'";
        assertTrue(error(multiByte).startsWith("Invalid SQL: SQL query too long: 1048585 bytes"));
    }

    @Test
    void sqlTransactionControlNeedsARequestContext() {
        assertError("Invalid operation: BEGIN requires a request-scoped execution context", "BEGIN");
        assertError("Invalid operation: BEGIN requires a request-scoped execution context", "START TRANSACTION");
        assertError("Invalid operation: BEGIN requires a request-scoped execution context", "begin transaction;");
        assertError("Invalid operation: COMMIT requires a request-scoped execution context", "COMMIT");
        assertError("Invalid operation: ROLLBACK requires a request-scoped execution context", "ROLLBACK");
    }

    @Test
    void unknownStatementsAreInvalidSql() {
        assertError("Invalid SQL: Unsupported statement type: TRUNCATE app.t", "TRUNCATE app.t;");
        assertError("Invalid SQL: Unsupported statement type: CREATE INDEX i ON t (a)", "CREATE INDEX i ON t (a)");
        assertError("Invalid SQL: Unsupported statement type: COMMIT", "END");
        assertError("Invalid SQL: sql parser error: Expected: an SQL statement, found: FROB at Line: 1, Column: 1",
                "FROB the table");
        assertError("Invalid SQL: sql parser error: Expected: an SQL statement, found: EOF", "  ");
    }

    @Test
    void kalamdbStatementsThisServerDoesNotImplementSaySo() {
        assertError("Invalid operation: 'STORAGE FLUSH' is not supported by this KalamDB-compatible server",
                "STORAGE FLUSH TABLE app.t");
        assertError("Invalid operation: 'EXPLAIN SELECT' is not supported by this KalamDB-compatible server",
                "EXPLAIN SELECT 1");
        assertError("Invalid operation: 'CREATE VIEW' is not supported by this KalamDB-compatible server",
                "CREATE VIEW v AS SELECT 1");
    }

    @Test
    void classifierRoutesByLeadingWords() {
        assertEquals(StatementKind.SELECT, StatementClassifier.classify("(SELECT 1)"));
        assertEquals(StatementKind.SELECT, StatementClassifier.classify("WITH x AS (SELECT 1) SELECT * FROM x"));
        assertEquals(StatementKind.CREATE_TABLE, StatementClassifier.classify("create user table t (id int)"));
        assertEquals(StatementKind.CREATE_USER, StatementClassifier.classify("CREATE USER u WITH INTERNAL ROLE user"));
        assertEquals(StatementKind.DROP_TABLE, StatementClassifier.classify("DROP USER TABLE t"));
        assertEquals(StatementKind.DROP_USER, StatementClassifier.classify("DROP USER u"));
        assertEquals(StatementKind.USE_NAMESPACE, StatementClassifier.classify("SET NAMESPACE app"));
        assertEquals(StatementKind.NOT_SUPPORTED, StatementClassifier.classify("SET datafusion.x = 1"));
        assertEquals(StatementKind.DESCRIBE_TABLE, StatementClassifier.classify("DESC TABLE t"));
        assertEquals(StatementKind.NOT_SUPPORTED, StatementClassifier.classify("DESCRIBE t"));
        assertEquals(StatementKind.UNKNOWN, StatementClassifier.classify("VACUUM"));
    }
}
