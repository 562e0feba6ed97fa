package org.kalamdb.jdbc.sql.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kalamdb.jdbc.sql.Assertions2.fails;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;

class SqlLexerTest {

    private static String kinds(String sql) {
        return SqlLexer.tokenize(sql).stream().map(t -> t.kind() + ":" + t.value()).collect(Collectors.joining(" "));
    }

    @Test
    void foldsUnquotedIdentifiersAndKeepsQuotedOnes() {
        assertEquals("IDENTIFIER:select QUOTED_IDENTIFIER:MixedCase PUNCTUATION:, IDENTIFIER:abc$1 IDENTIFIER:from "
                + "IDENTIFIER:t", kinds("SELECT \"MixedCase\", ABC$1 FROM T"));
        assertEquals("QUOTED_IDENTIFIER:a\"b", kinds("\"a\"\"b\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "'it''s'|it's",
            "E'a\\'b'|a'b",
            "e'line\\nbreak\\t!'|`line\nbreak\t!`",
            "E'\\x41\\101\\u00e9\\\\'|`AAé\\`",
            "N'national'|national",
            "$$it's $not$ a tag$$|it's $not$ a tag",
            "$fn$ body ; with $$ inside $fn$|` body ; with $$ inside `",
            "'C:\\path\\'|C:\\path\\",
    })
    void decodesStringLiterals(String sql, String expected) {
        List<Token> tokens = SqlLexer.tokenize(sql);
        assertEquals(1, tokens.size(), sql);
        assertEquals(TokenKind.STRING, tokens.get(0).kind());
        assertEquals(expected, tokens.get(0).value());
        assertEquals(sql, tokens.get(0).text());
    }

    @Test
    void skipsLineAndNestedBlockComments() {
        assertEquals("IDENTIFIER:a IDENTIFIER:b IDENTIFIER:c",
                kinds("a -- comment ; 'x'\n b /* outer /* inner ; */ still comment */ c"));
    }

    @Test
    void numbersAndPositionalParameters() {
        assertEquals("NUMBER:42 NUMBER:1.5 NUMBER:.5e-3 NUMBER:1e10 POSITIONAL_PARAMETER:12",
                kinds("42 1.5 .5e-3 1e10 $12"));
    }

    @Test
    void operatorsFollowPostgresRules() {
        assertEquals("IDENTIFIER:a OPERATOR:= OPERATOR:- NUMBER:1", kinds("a=-1"));
        assertEquals("IDENTIFIER:a OPERATOR:->> STRING:k", kinds("a->>'k'"));
        assertEquals("IDENTIFIER:a OPERATOR:<> IDENTIFIER:b OPERATOR:|| IDENTIFIER:c", kinds("a<>b||c"));
        assertEquals("IDENTIFIER:a PUNCTUATION::: IDENTIFIER:int", kinds("a::int"));
        assertEquals("IDENTIFIER:a OPERATOR:- IDENTIFIER:b", kinds("a - b -- trailing comment"));
    }

    @Test
    void questionMarks() {
        assertEquals("IDENTIFIER:doc OPERATOR:? STRING:key", kinds("doc ? 'key'"));
        assertEquals("IDENTIFIER:a OPERATOR:= BIND_MARKER:?", kinds("a = ?"));
        assertEquals("IDENTIFIER:doc OPERATOR:? IDENTIFIER:col", kinds("doc ?? col"));
        assertEquals("IDENTIFIER:doc BIND_MARKER:? IDENTIFIER:col", kinds("doc ? col"));
        // after a keyword a ? is never the JSON operator
        assertEquals("IDENTIFIER:where BIND_MARKER:? STRING:x", kinds("WHERE ? 'x'"));
        assertEquals("PUNCTUATION:) OPERATOR:? STRING:k", kinds(") ? 'k'"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SELECT 'abc|unterminated quoted string|8",
            "SELECT \"abc|unterminated quoted identifier|8",
            "SELECT /* never closed|unterminated /* comment|8",
            "SELECT $x$ body|unterminated dollar-quoted string|8",
            "SELECT E'abc|unterminated quoted string|8",
            "SELECT \"\"|zero-length delimited identifier|8",
            "SELECT $ 1|syntax error|8",
    })
    void reportsUnterminatedTokensWithPosition(String sql, String message, int position) {
        SqlDialectException e = fails(SqlStates.SYNTAX_ERROR, () -> SqlLexer.tokenize(sql));
        assertEquals(position, e.position());
        assertEquals(true, e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void tokenOffsetsPointIntoTheSource() {
        Token t = SqlLexer.tokenize("  SELECT  x").get(1);
        assertEquals(10, t.start());
        assertEquals(11, t.end());
    }
}
