package org.kalamdb.server.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.kalamdb.server.KalamError;
import org.kalamdb.server.catalog.Catalog;

/** A fresh catalog, an in-memory row store and the executor, with assertion helpers. */
abstract class SqlTestSupport {

    final Catalog catalog = new Catalog();
    final InMemoryDataAccess data = new InMemoryDataAccess();
    final KalamSqlExecutor sql = new KalamSqlExecutor(catalog, data);

    /** Runs a statement that must succeed with a message, and returns the message. */
    String message(String statement) {
        StatementResult r = sql.run(statement);
        return assertInstanceOf(StatementResult.Message.class, r, statement).text();
    }

    long affected(String statement) {
        StatementResult r = sql.run(statement);
        return assertInstanceOf(StatementResult.Affected.class, r, statement).count();
    }

    ResultTable query(String statement) {
        StatementResult r = sql.run(statement);
        return assertInstanceOf(StatementResult.Table.class, r, statement).table();
    }

    /** Runs a statement that must fail; checks the code is INTERNAL and returns the message. */
    String error(String statement) {
        KalamError e = assertThrows(KalamError.class, () -> sql.run(statement), statement);
        assertEquals(KalamError.Code.INTERNAL, e.code(), statement);
        return e.getMessage();
    }

    void assertError(String expected, String statement) {
        assertEquals(expected, error(statement), statement);
    }

    /** Rows as lists (arrays do not compare by value). */
    static List<List<Object>> rows(ResultTable table) {
        List<List<Object>> out = new ArrayList<>();
        for (Object[] row : table.rows()) {
            out.add(Arrays.asList(row));
        }
        return out;
    }

    static List<String> names(ResultTable table) {
        return table.fields().stream().map(org.kalamdb.jdbc.types.arrow.Field::name).toList();
    }

    /** Namespace app with SHARED table app.items(id BIGINT PK, name TEXT, qty INT). */
    void itemsTable() {
        message("CREATE NAMESPACE app");
        message("CREATE TABLE app.items (id BIGINT PRIMARY KEY, name TEXT, qty INT)");
    }
}
