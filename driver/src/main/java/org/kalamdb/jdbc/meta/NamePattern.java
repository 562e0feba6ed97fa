package org.kalamdb.jdbc.meta;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JDBC name pattern ({@code %} any run, {@code _} one character, {@code \} escapes the next
 * character; {@code null} matches everything). Every metadata method takes one wherever a name is
 * expected, because tools pass patterns even where the spec says "a name" (DBeaver:
 * {@code getPrimaryKeys(cat, schema, "%")}).
 *
 * <p>KalamDB stores every name in lower case (server.md 0), so matching ignores case, and
 * {@link #sqlCondition} lowers the pattern before pushing it into a system-table query. The pushed
 * condition only narrows what the server sends; {@link #matches} still decides on the client, so a
 * server whose LIKE differs slightly can return more rows, never fewer.
 *
 * @param text the pattern as the caller gave it, or null
 */
record NamePattern(String text) {

    private static final NamePattern ANY = new NamePattern(null);

    static NamePattern of(String text) {
        return text == null ? ANY : new NamePattern(text);
    }

    /** True when every name matches (null, or a pattern of {@code %} only). */
    boolean matchesEverything() {
        return text == null || (!text.isEmpty() && text.chars().allMatch(c -> c == '%'));
    }

    boolean matches(String name) {
        return matchesEverything() || (name != null && regex().matcher(name).matches());
    }

    /**
     * A WHERE condition on {@code column} that selects a superset of the matching names: equality
     * for a pattern without wildcards, LIKE for one without escapes, nothing otherwise.
     */
    Optional<String> sqlCondition(String column) {
        if (matchesEverything()) {
            return Optional.empty();
        }
        String literal = literalName();
        if (literal != null) {
            return Optional.of(column + " = " + quote(literal.toLowerCase(Locale.ROOT)));
        }
        if (text.indexOf('\\') >= 0) {
            // Escapes differ between LIKE implementations: filter on the client only.
            return Optional.empty();
        }
        return Optional.of(column + " LIKE " + quote(text.toLowerCase(Locale.ROOT)));
    }

    /** The name this pattern stands for when it has no wildcard (escapes removed), else null. */
    String literalName() {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                sb.append(text.charAt(++i));
            } else if (c == '%' || c == '_') {
                return null;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private Pattern regex() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                sb.append(Pattern.quote(String.valueOf(text.charAt(++i))));
            } else if (c == '%') {
                sb.append(".*");
            } else if (c == '_') {
                sb.append('.');
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(sb.toString(), Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
