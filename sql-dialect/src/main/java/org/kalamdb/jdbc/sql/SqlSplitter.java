package org.kalamdb.jdbc.sql;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.sql.lex.SqlLexer;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.lex.TokenKind;

/**
 * Splits a script into statements on {@code ;} outside string literals, quoted identifiers,
 * dollar-quoted bodies and comments (all PostgreSQL lexical rules of {@link SqlLexer}).
 * Statements that hold nothing but whitespace and comments are dropped.
 */
public final class SqlSplitter {

    private SqlSplitter() {
    }

    /**
     * @throws SqlDialectException 42601 when a string, identifier or comment is not terminated
     */
    public static List<StatementText> split(String script) {
        List<Token> tokens = SqlLexer.tokenize(script);
        List<StatementText> out = new ArrayList<>();
        int segmentStart = 0;
        boolean hasTokens = false;
        for (Token t : tokens) {
            if (t.kind() == TokenKind.PUNCTUATION && t.value().equals(";")) {
                if (hasTokens) {
                    out.add(cut(script, segmentStart, t.start()));
                }
                segmentStart = t.end();
                hasTokens = false;
            } else {
                hasTokens = true;
            }
        }
        if (hasTokens) {
            out.add(cut(script, segmentStart, script.length()));
        }
        return List.copyOf(out);
    }

    private static StatementText cut(String script, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(script.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(script.charAt(end - 1))) {
            end--;
        }
        return new StatementText(script.substring(start, end), start);
    }
}
