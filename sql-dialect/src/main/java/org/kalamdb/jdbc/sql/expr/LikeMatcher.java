package org.kalamdb.jdbc.sql.expr;

import java.util.Locale;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;

/**
 * PostgreSQL LIKE / ILIKE: {@code %} matches any run of characters, {@code _} exactly one, the
 * escape character (default backslash; none when ESCAPE '') makes the next character literal.
 * The whole string must match. Matching is by code point with the classic wildcard algorithm
 * (backtracking only to the last {@code %}), so no regular expression is compiled per row.
 */
final class LikeMatcher {

    private static final int ANY_RUN = -1;
    private static final int ANY_ONE = -2;

    private LikeMatcher() {
    }

    /**
     * @param escape the ESCAPE string: null for the default {@code \}, empty for none, else one character
     */
    static boolean matches(String value, String pattern, String escape, boolean caseInsensitive) {
        int escapeChar = escapeCodePoint(escape);
        int[] compiled = compile(caseInsensitive ? fold(pattern) : pattern, escapeChar);
        int[] text = (caseInsensitive ? fold(value) : value).codePoints().toArray();
        return match(text, compiled);
    }

    private static int escapeCodePoint(String escape) {
        if (escape == null) {
            return '\\';
        }
        if (escape.isEmpty()) {
            return -1;
        }
        if (escape.codePointCount(0, escape.length()) != 1) {
            throw new SqlDialectException(SqlStates.INVALID_ESCAPE_CHARACTER,
                    "invalid escape string: escape string must be empty or one character");
        }
        return escape.codePointAt(0);
    }

    private static String fold(String s) {
        // PostgreSQL's ILIKE compares lower(value) with lower(pattern)
        return s.toLowerCase(Locale.ROOT);
    }

    /** Pattern as code points with {@link #ANY_RUN} / {@link #ANY_ONE} markers for the wildcards. */
    private static int[] compile(String pattern, int escapeChar) {
        int[] cps = pattern.codePoints().toArray();
        int[] out = new int[cps.length];
        int n = 0;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == escapeChar) {
                if (i + 1 >= cps.length) {
                    throw new SqlDialectException(SqlStates.INVALID_ESCAPE_SEQUENCE,
                            "LIKE pattern must not end with escape character");
                }
                out[n++] = cps[++i];
            } else if (c == '%') {
                if (n == 0 || out[n - 1] != ANY_RUN) {
                    out[n++] = ANY_RUN;
                }
            } else if (c == '_') {
                out[n++] = ANY_ONE;
            } else {
                out[n++] = c;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean match(int[] text, int[] pattern) {
        int t = 0;
        int p = 0;
        int starP = -1;
        int starT = -1;
        while (t < text.length) {
            if (p < pattern.length && (pattern[p] == ANY_ONE || pattern[p] == text[t])) {
                t++;
                p++;
            } else if (p < pattern.length && pattern[p] == ANY_RUN) {
                starP = p++;
                starT = t;
            } else if (starP >= 0) {
                p = starP + 1;
                t = ++starT;
            } else {
                return false;
            }
        }
        while (p < pattern.length && pattern[p] == ANY_RUN) {
            p++;
        }
        return p == pattern.length;
    }
}
