package org.kalamdb.jdbc.sql.parse;

import java.util.List;

import org.kalamdb.jdbc.sql.lex.Token;

/**
 * The text JSqlParser reads, rebuilt from tokens so that its PostgreSQL gaps do not matter:
 * bind markers become {@code $n} with their final index, {@code ??} becomes {@code ?}, every
 * string literal is written in standard form ({@code 'it''s'}; {@code E'...'}, {@code N'...'} and
 * dollar quotes decoded), comments become a space. Keeps a map back to source offsets so that
 * JSqlParser's error positions can be reported against the text the user wrote.
 */
public final class NormalizedSql {

    private final String text;
    private final int[] normalizedStarts;
    private final int[] sourceStarts;

    private NormalizedSql(String text, int[] normalizedStarts, int[] sourceStarts) {
        this.text = text;
        this.normalizedStarts = normalizedStarts;
        this.sourceStarts = sourceStarts;
    }

    /**
     * @param tokens      the statement's tokens
     * @param firstMarker the parameter index of the first {@code ?} bind marker
     */
    public static NormalizedSql of(List<Token> tokens, int firstMarker) {
        StringBuilder sb = new StringBuilder();
        int[] normalizedStarts = new int[tokens.size()];
        int[] sourceStarts = new int[tokens.size()];
        int marker = firstMarker;
        Token previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (previous != null && previous.end() != t.start()) {
                sb.append(' ');
            }
            normalizedStarts[i] = sb.length();
            sourceStarts[i] = t.start();
            switch (t.kind()) {
                case STRING -> sb.append('\'').append(t.value().replace("'", "''")).append('\'');
                case BIND_MARKER -> sb.append('$').append(marker++);
                case OPERATOR -> sb.append(t.value().equals("?") ? "?" : t.text());
                default -> sb.append(t.text());
            }
            previous = t;
        }
        return new NormalizedSql(sb.toString(), normalizedStarts, sourceStarts);
    }

    public String text() {
        return text;
    }

    /** The source offset of the token that starts at or before {@code normalizedOffset}. */
    public int sourceOffset(int normalizedOffset) {
        int lo = 0;
        int hi = normalizedStarts.length - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (normalizedStarts[mid] <= normalizedOffset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return normalizedStarts.length == 0 ? 0 : sourceStarts[best];
    }
}
