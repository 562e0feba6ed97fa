package org.kalamdb.jdbc.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.kalamdb.jdbc.sql.lex.SqlLexer;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.lex.TokenKind;

/**
 * The bind placeholders of one statement: JDBC {@code ?} markers (numbered in textual order) or
 * PostgreSQL {@code $1..$n}; mixing both styles in one statement is a syntax error. A {@code ??}
 * is pgjdbc's escape for PostgreSQL's {@code ?} operator, and a {@code ?} between an operand and a
 * string literal ({@code doc ? 'key'}) is the JSON key-exists operator, not a placeholder (see
 * {@link SqlLexer}).
 *
 * @param sql            the statement text the offsets refer to
 * @param placeholders   every placeholder in textual order
 * @param escapedMarks   0-based offsets of each {@code ??} escape
 * @param parameterCount the highest parameter index referenced (0 when there are none): the
 *                       number of values to bind. For {@code $n} style this is the largest n.
 * @param style          the placeholder style used
 */
public record ParameterizedSql(String sql, List<Placeholder> placeholders, List<Integer> escapedMarks,
                               int parameterCount, Style style) {

    /** Placeholder spelling. */
    public enum Style {
        /** The statement has no placeholders. */
        NONE,
        /** JDBC {@code ?}. */
        QUESTION_MARK,
        /** PostgreSQL {@code $1}, {@code $2}, ... */
        DOLLAR_NUMBERED
    }

    /**
     * One placeholder occurrence.
     *
     * @param index 1-based parameter index (the JDBC {@code setXxx} index)
     * @param start 0-based offset of the placeholder in {@link #sql()}
     * @param end   offset just after it
     */
    public record Placeholder(int index, int start, int end) {
    }

    public ParameterizedSql {
        placeholders = List.copyOf(placeholders);
        escapedMarks = List.copyOf(escapedMarks);
    }

    /** Scans {@code sql}; {@code ?} markers are numbered from 1. */
    public static ParameterizedSql of(String sql) {
        return of(sql, SqlLexer.tokenize(sql), 1);
    }

    /**
     * Scans already-lexed {@code tokens} of {@code sql}; {@code ?} markers are numbered from
     * {@code firstIndex}, so that the statements of one script can share one parameter list.
     */
    public static ParameterizedSql of(String sql, List<Token> tokens, int firstIndex) {
        List<Placeholder> found = new ArrayList<>();
        List<Integer> escapes = new ArrayList<>();
        Style style = Style.NONE;
        int next = firstIndex;
        int highest = 0;
        for (Token t : tokens) {
            if (t.kind() == TokenKind.BIND_MARKER) {
                style = checkStyle(style, Style.QUESTION_MARK, t);
                found.add(new Placeholder(next, t.start(), t.end()));
                highest = next;
                next++;
            } else if (t.kind() == TokenKind.POSITIONAL_PARAMETER) {
                style = checkStyle(style, Style.DOLLAR_NUMBERED, t);
                int index = parseIndex(t);
                found.add(new Placeholder(index, t.start(), t.end()));
                highest = Math.max(highest, index);
            } else if (t.kind() == TokenKind.OPERATOR && t.text().equals("??")) {
                escapes.add(t.start());
            }
        }
        return new ParameterizedSql(sql, found, escapes, highest, style);
    }

    private static Style checkStyle(Style current, Style seen, Token t) {
        if (current != Style.NONE && current != seen) {
            throw SqlDialectException.syntax("cannot mix ? and $n parameter placeholders in one statement",
                    t.text(), t.start());
        }
        return seen;
    }

    private static int parseIndex(Token t) {
        try {
            int index = Integer.parseInt(t.value());
            if (index >= 1) {
                return index;
            }
        } catch (NumberFormatException e) {
            // fall through: too large
        }
        throw new SqlDialectException(SqlStates.SYNTAX_ERROR,
                "there is no parameter " + t.text(), t.start() + 1);
    }

    /** True when the statement has at least one placeholder. */
    public boolean hasParameters() {
        return !placeholders.isEmpty();
    }

    /**
     * The statement text with each placeholder replaced by {@code placeholderText.apply(index)}
     * and each {@code ??} by {@code ?}; everything else is kept byte for byte.
     */
    public String render(IntFunction<String> placeholderText) {
        StringBuilder sb = new StringBuilder(sql.length() + 8);
        int copied = 0;
        int p = 0;
        int e = 0;
        while (p < placeholders.size() || e < escapedMarks.size()) {
            boolean takePlaceholder = e >= escapedMarks.size()
                    || (p < placeholders.size() && placeholders.get(p).start() < escapedMarks.get(e));
            if (takePlaceholder) {
                Placeholder ph = placeholders.get(p++);
                sb.append(sql, copied, ph.start()).append(placeholderText.apply(ph.index()));
                copied = ph.end();
            } else {
                int at = escapedMarks.get(e++);
                sb.append(sql, copied, at).append('?');
                copied = at + 2;
            }
        }
        return sb.append(sql, copied, sql.length()).toString();
    }

    /** The statement with placeholders written {@code $1..$n}. */
    public String withDollarPlaceholders() {
        return render(i -> "$" + i);
    }

    /**
     * The statement with placeholders written {@code ?}. Only unambiguous when the statement has
     * no JSON {@code ?} operator.
     */
    public String withQuestionMarks() {
        return render(i -> "?");
    }
}
