package org.kalamdb.jdbc.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.parser.ParsingContext;
import org.flywaydb.core.internal.resource.StringResource;
import org.flywaydb.core.internal.sqlscript.SqlStatement;
import org.flywaydb.core.internal.sqlscript.SqlStatementIterator;
import org.junit.jupiter.api.Test;

/** How {@link KalamParser} splits migration scripts. No database involved. */
class KalamParserTest {

    private static List<String> statements(String script) {
        KalamParser parser = new KalamParser(new FluentConfiguration(), new ParsingContext());
        List<String> sql = new ArrayList<>();
        try (SqlStatementIterator iterator = parser.parse(new StringResource(script))) {
            while (iterator.hasNext()) {
                sql.add(iterator.next().getSql());
            }
        }
        return sql;
    }

    @Test
    void splitsOnSemicolons() {
        assertEquals(List.of("CREATE TABLE t (id BIGINT PRIMARY KEY)", "INSERT INTO t (id) VALUES (1)"),
                statements("CREATE TABLE t (id BIGINT PRIMARY KEY);\nINSERT INTO t (id) VALUES (1);\n"));
    }

    @Test
    void aLastStatementNeedsNoSemicolon() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), statements("SELECT 1;\nSELECT 2"));
    }

    @Test
    void semicolonsInStringsAndQuotedIdentifiersDoNotSplit() {
        assertEquals(List.of("INSERT INTO t (id, \"a;b\") VALUES (1, 'x;y'' z;')", "SELECT 2"),
                statements("INSERT INTO t (id, \"a;b\") VALUES (1, 'x;y'' z;');\nSELECT 2;"));
    }

    @Test
    void semicolonsInDollarQuotesDoNotSplit() {
        assertEquals(List.of("SELECT $$a;b$$", "SELECT $fn$ c; $$ ; d $fn$", "SELECT 3"),
                statements("SELECT $$a;b$$;\nSELECT $fn$ c; $$ ; d $fn$;\nSELECT 3;"));
    }

    @Test
    void aDollarThatOpensNoQuoteIsAnOrdinarySymbol() {
        assertEquals(List.of("SELECT $1", "SELECT 2"), statements("SELECT $1;\nSELECT 2;"));
    }

    @Test
    void commentsAreSkippedAndDoNotSplit() {
        List<String> sql = statements("""
                -- leading comment; with a semicolon
                /* block; comment /* nested; */ still comment; */
                SELECT 1; -- trailing; comment
                SELECT 2;
                """);
        assertEquals(2, sql.size(), sql::toString);
        assertEquals("SELECT 1", sql.get(0).substring(sql.get(0).lastIndexOf("SELECT")));
        assertEquals("SELECT 2", sql.get(1).substring(sql.get(1).lastIndexOf("SELECT")));
    }

    @Test
    void noStatementIsMarkedTransactional() {
        KalamParser parser = new KalamParser(new FluentConfiguration(), new ParsingContext());
        try (SqlStatementIterator iterator = parser.parse(new StringResource("CREATE TABLE t (id INT PRIMARY KEY);"
                + "INSERT INTO t (id) VALUES (1);"))) {
            while (iterator.hasNext()) {
                SqlStatement statement = iterator.next();
                assertFalse(statement.canExecuteInTransaction(), statement.getSql());
            }
        }
    }
}
