package org.kalamdb.jdbc.transport;

import java.util.Locale;
import java.util.Set;

/**
 * Tells whether the text of an ExecuteQuery is one read-only statement, which may be sent again
 * after the link failed under it. Deliberately narrow: one statement whose first word is SELECT,
 * SHOW or DESCRIBE/DESC (after comments and opening parentheses). Anything else, including text
 * with a {@code ;} before its end, counts as a possible write and is never repeated.
 */
final class ReadOnlySql {

    private static final Set<String> READ_KEYWORDS = Set.of("select", "show", "describe", "desc");

    private ReadOnlySql() {}

    static boolean isRead(String sql) {
        int start = skipNoise(sql, 0);
        int end = start;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        if (!READ_KEYWORDS.contains(sql.substring(start, end).toLowerCase(Locale.ROOT))) {
            return false;
        }
        // A ';' may only end the text: a second statement could write. Conservative: a ';' inside
        // a string literal also makes the text "not a read", which only costs the retry.
        int semicolon = sql.indexOf(';', end);
        return semicolon < 0 || sql.substring(semicolon + 1).isBlank();
    }

    // Skips white space, -- and /* */ comments and '(' before the first word.
    private static int skipNoise(String sql, int from) {
        int i = from;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? sql.length() : eol + 1;
            } else if (sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? sql.length() : close + 2;
            } else {
                return i;
            }
        }
        return i;
    }
}
