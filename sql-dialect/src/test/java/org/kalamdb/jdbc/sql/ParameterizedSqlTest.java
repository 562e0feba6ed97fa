package org.kalamdb.jdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kalamdb.jdbc.sql.Assertions2.fails;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParameterizedSqlTest {

    static Stream<Arguments> markers() {
        return Stream.of(
                Arguments.of("SELECT * FROM t WHERE a = ? AND b = ?", 2, "SELECT * FROM t WHERE a = $1 AND b = $2"),
                Arguments.of("SELECT * FROM t WHERE doc ? 'key'", 0, "SELECT * FROM t WHERE doc ? 'key'"),
                Arguments.of("SELECT * FROM t WHERE doc ? 'key' AND id = ?", 1,
                        "SELECT * FROM t WHERE doc ? 'key' AND id = $1"),
                Arguments.of("SELECT * FROM t WHERE doc ?? ? AND x = ?", 2, "SELECT * FROM t WHERE doc ? $1 AND x = $2"),
                Arguments.of("SELECT * FROM t WHERE doc ??| array['a'] AND x = ?", 1,
                        "SELECT * FROM t WHERE doc ?| array['a'] AND x = $1"),
                Arguments.of("SELECT '?', \"?\", $$?$$ /* ? */ -- ?\n, ?", 1,
                        "SELECT '?', \"?\", $$?$$ /* ? */ -- ?\n, $1"),
                Arguments.of("SELECT (doc) ? 'k', f(?)", 1, "SELECT (doc) ? 'k', f($1)"),
                Arguments.of("SELECT ?", 1, "SELECT $1"),
                Arguments.of("UPDATE t SET a = ? WHERE b ? E'k'", 1, "UPDATE t SET a = $1 WHERE b ? E'k'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markers")
    void findsBindMarkersButNotTheJsonOperator(String sql, int count, String dollars) {
        ParameterizedSql p = ParameterizedSql.of(sql);
        assertEquals(count, p.parameterCount());
        assertEquals(dollars, p.withDollarPlaceholders());
    }

    @Test
    void dollarStyleUsesTheWrittenIndexes() {
        ParameterizedSql p = ParameterizedSql.of("SELECT $2, $1, $2");
        assertEquals(ParameterizedSql.Style.DOLLAR_NUMBERED, p.style());
        assertEquals(2, p.parameterCount());
        assertEquals(List.of(2, 1, 2), p.placeholders().stream().map(ParameterizedSql.Placeholder::index).toList());
        assertEquals(3, ParameterizedSql.of("SELECT $3").parameterCount());
    }

    @Test
    void placeholdersCarryOffsets() {
        ParameterizedSql p = ParameterizedSql.of("a = ? AND b = ?");
        assertEquals(new ParameterizedSql.Placeholder(1, 4, 5), p.placeholders().get(0));
        assertEquals(new ParameterizedSql.Placeholder(2, 14, 15), p.placeholders().get(1));
        assertEquals("a = :p1 AND b = :p2", p.render(i -> ":p" + i));
    }

    @Test
    void questionMarkRenderingUnescapesTheOperator() {
        assertEquals("SELECT doc ? 'k', ?", ParameterizedSql.of("SELECT doc ?? 'k', ?").withQuestionMarks());
    }

    @Test
    void mixingStylesIsASyntaxError() {
        fails(SqlStates.SYNTAX_ERROR, () -> ParameterizedSql.of("SELECT ?, $1"));
        fails(SqlStates.SYNTAX_ERROR, () -> ParameterizedSql.of("SELECT $0"));
    }

    @Test
    void noPlaceholders() {
        ParameterizedSql p = ParameterizedSql.of("SELECT 1");
        assertEquals(ParameterizedSql.Style.NONE, p.style());
        assertEquals(0, p.parameterCount());
    }
}
