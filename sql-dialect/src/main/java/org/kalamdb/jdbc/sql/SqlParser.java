package org.kalamdb.jdbc.sql;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.sql.lex.SqlLexer;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.lex.TokenKind;
import org.kalamdb.jdbc.sql.parse.StatementParser;
import org.kalamdb.jdbc.sql.plan.EmptyStatement;

/**
 * The entry point: PostgreSQL-dialect SQL as pg_kalam accepts it, to immutable
 * {@link org.kalamdb.jdbc.sql.plan.Plan}s. Pure (no I/O), stateless and thread-safe; the results
 * can be cached by SQL text.
 *
 * <pre>{@code
 * ParsedStatement st = SqlParser.parse("UPDATE app.accounts SET amount = amount + ? WHERE id = ?");
 * st.parameterCount();                 // 2
 * st.plan().accept(myPlanExecutor);    // an Update plan
 * }</pre>
 *
 * <p>Errors are {@link SqlDialectException}s with PostgreSQL SQLStates: 42601 for syntax (with
 * the 1-based position), 0A000 for what KalamDB cannot do, 22023 / 42701 / 42P16 / 42602 / 42703 /
 * 42704 for invalid DDL.
 */
public final class SqlParser {

    private SqlParser() {
    }

    /**
     * Parses exactly one statement (a trailing {@code ;} is allowed; text with nothing but
     * comments gives {@link EmptyStatement}).
     *
     * @throws SqlDialectException 42601 when the text holds several statements, as PostgreSQL
     *                             refuses them in a prepared statement
     */
    public static ParsedStatement parse(String sql) {
        List<Token> tokens = SqlLexer.tokenize(sql);
        List<int[]> ranges = statementRanges(tokens);
        if (ranges.size() > 1) {
            Token second = tokens.get(ranges.get(1)[0]);
            throw new SqlDialectException(SqlStates.SYNTAX_ERROR,
                    "cannot insert multiple commands into a prepared statement", second.start() + 1);
        }
        if (ranges.isEmpty()) {
            return new ParsedStatement(sql.strip(), new EmptyStatement(),
                    ParameterizedSql.of(sql, List.of(), 1));
        }
        return parseRange(sql, tokens, ranges.get(0), 1);
    }

    /**
     * Parses every statement of a script (split on {@code ;} outside quotes and comments; empty
     * statements dropped). Error positions refer to the whole script.
     */
    public static ParsedScript parseScript(String script) {
        List<Token> tokens = SqlLexer.tokenize(script);
        List<ParsedStatement> out = new ArrayList<>();
        int nextMarker = 1;
        int parameterCount = 0;
        for (int[] range : statementRanges(tokens)) {
            ParsedStatement st = parseRange(script, tokens, range, nextMarker);
            out.add(st);
            for (Token t : tokens.subList(range[0], range[1])) {
                if (t.kind() == TokenKind.BIND_MARKER) {
                    nextMarker++;
                }
            }
            parameterCount = Math.max(parameterCount, st.parameterCount());
        }
        return new ParsedScript(out, parameterCount);
    }

    /** [first, end) token index ranges of the non-empty statements. */
    private static List<int[]> statementRanges(List<Token> tokens) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean end = i == tokens.size() || (tokens.get(i).kind() == TokenKind.PUNCTUATION
                    && tokens.get(i).value().equals(";"));
            if (end) {
                if (i > start) {
                    out.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * Parses tokens [range) of {@code source} as one statement whose text is cut out of the
     * source; token offsets are re-based on that text so plans and positions refer to it, and
     * errors are reported against {@code source}.
     */
    private static ParsedStatement parseRange(String source, List<Token> tokens, int[] range, int firstMarker) {
        int from = tokens.get(range[0]).start();
        int to = tokens.get(range[1] - 1).end();
        String text = source.substring(from, to);
        List<Token> local = new ArrayList<>(range[1] - range[0]);
        for (Token t : tokens.subList(range[0], range[1])) {
            local.add(new Token(t.kind(), t.text(), t.value(), t.start() - from, t.end() - from));
        }
        try {
            ParameterizedSql parameters = ParameterizedSql.of(text, local, firstMarker);
            return new ParsedStatement(text, StatementParser.parse(text, local, firstMarker, parameters), parameters);
        } catch (SqlDialectException e) {
            if (e.position() == 0 || from == 0) {
                throw e;
            }
            throw new SqlDialectException(e.sqlState(), e.getMessage(), e.position() + from, e);
        }
    }
}
