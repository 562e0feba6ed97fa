package org.kalamdb.jdbc.engine.rewrite;

import java.util.List;

/**
 * A statement in the engine's SQL (Calcite's parser, PostgreSQL-like settings) with its bind
 * parameters all spelled {@code ?}.
 *
 * @param sql              the statement text
 * @param parameterSources for each {@code ?} in textual order, the 1-based index of the caller's
 *                         parameter it takes its value from ({@code $2} twice gives two entries 2)
 * @param parameterCount   the number of values the caller binds
 */
public record RewrittenSql(String sql, List<Integer> parameterSources, int parameterCount) {

    public RewrittenSql {
        parameterSources = List.copyOf(parameterSources);
    }

    /** The offset in {@link #sql()} of a 1-based line and column as parsers report them, or -1. */
    public int offsetOf(int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = sql.indexOf('\n', offset);
            if (offset < 0) {
                return -1;
            }
            offset++;
        }
        int result = offset + column - 1;
        return result >= 0 && result < sql.length() ? result : -1;
    }

    /**
     * This statement with the {@code ?} or {@code NULL} that starts at {@code offset} cast to
     * VARCHAR, the way PostgreSQL types an operand whose context tells nothing ("unknown" is
     * text); null when no such operand starts there.
     */
    public RewrittenSql withTextOperandAt(int offset) {
        for (Token t : SqlTokenizer.tokenize(sql)) {
            if (t.start() == offset && (t.kind() == TokenKind.PARAMETER || t.isWord("null"))) {
                String cast = "CAST(" + t.text() + " AS VARCHAR)";
                String text = sql.substring(0, offset) + cast + sql.substring(offset + t.text().length());
                return new RewrittenSql(text, parameterSources, parameterCount);
            }
        }
        return null;
    }
}
