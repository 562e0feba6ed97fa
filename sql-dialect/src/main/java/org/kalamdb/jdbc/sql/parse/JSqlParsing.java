package org.kalamdb.jdbc.sql.parse;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;

/**
 * The one place JSqlParser is called. Uses the generated parser directly instead of
 * {@code CCJSqlParserUtil.parse}, which starts a thread per call for its timeout and logs at
 * INFO; tries JSqlParser's simple mode first and its complex mode second, as that utility does.
 * Failures become 42601 at the source position of the offending token.
 */
public final class JSqlParsing {

    private JSqlParsing() {
    }

    /**
     * Parses one statement of normalised text.
     *
     * @param positions maps normalised offsets back to the source for error positions; null to report
     *                  positions in the normalised text
     */
    public static Statement parse(String normalizedSql, NormalizedSql positions) {
        try {
            return parseOnce(normalizedSql, false);
        } catch (ParseException | RuntimeException simpleFailure) {
            try {
                return parseOnce(normalizedSql, true);
            } catch (ParseException | RuntimeException complexFailure) {
                throw syntaxError(normalizedSql, positions, simpleFailure);
            }
        }
    }

    private static Statement parseOnce(String sql, boolean complex) throws ParseException {
        CCJSqlParser parser = CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(complex);
        Statement statement = parser.Statement();
        if (statement == null) {
            throw new ParseException("empty statement");
        }
        return statement;
    }

    /** Parses a scalar expression (a column DEFAULT). */
    public static Expression parseExpression(String normalizedSql, NormalizedSql positions) {
        try {
            CCJSqlParser parser = CCJSqlParserUtil.newParser(normalizedSql).withAllowComplexParsing(true);
            Expression e = parser.Expression();
            Token next = parser.getNextToken();
            if (next != null && next.kind != 0) {
                throw new ParseException("trailing input");
            }
            return e;
        } catch (ParseException | RuntimeException e) {
            throw syntaxError(normalizedSql, positions, e);
        }
    }

    private static SqlDialectException syntaxError(String sql, NormalizedSql positions, Throwable failure) {
        int normalizedOffset = -1;
        String near = null;
        if (failure instanceof ParseException pe && pe.currentToken != null) {
            Token bad = pe.currentToken.next != null ? pe.currentToken.next : pe.currentToken;
            normalizedOffset = offsetOf(sql, bad.beginLine, bad.beginColumn);
            near = bad.kind == 0 ? null : bad.image;
        }
        if (normalizedOffset < 0) {
            return new SqlDialectException(SqlStates.SYNTAX_ERROR, "syntax error: " + firstLine(failure.getMessage()),
                    0, failure);
        }
        int source = positions == null ? normalizedOffset : positions.sourceOffset(normalizedOffset);
        String message = near == null ? "syntax error at end of input" : "syntax error at or near \"" + near + "\"";
        return new SqlDialectException(SqlStates.SYNTAX_ERROR, message, source + 1, failure);
    }

    /** 0-based offset of a 1-based (line, column) position, or -1. */
    private static int offsetOf(String sql, int line, int column) {
        if (line < 1 || column < 1) {
            return -1;
        }
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int nl = sql.indexOf('\n', offset);
            if (nl < 0) {
                return -1;
            }
            offset = nl + 1;
        }
        return Math.min(sql.length(), offset + column - 1);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
