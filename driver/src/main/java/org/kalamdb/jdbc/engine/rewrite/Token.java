package org.kalamdb.jdbc.engine.rewrite;

import java.util.Locale;

/**
 * One token of a statement.
 *
 * @param kind  its lexical class
 * @param text  its text; for {@link TokenKind#STRING} always the standard {@code '...'} spelling,
 *              whatever the source spelling was ({@code E'...'}, dollar quotes)
 * @param start its offset in the source statement
 */
public record Token(TokenKind kind, String text, int start) {

    /** Whether this is the unquoted word {@code word}, case-insensitively. */
    public boolean isWord(String word) {
        return kind == TokenKind.WORD && text.equalsIgnoreCase(word);
    }

    public boolean isOperator(String op) {
        return kind == TokenKind.OPERATOR && text.equals(op);
    }

    /** The word in lowercase, as PostgreSQL folds unquoted names. */
    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** The value of a string literal token. */
    public String stringValue() {
        if (kind != TokenKind.STRING) {
            throw new IllegalStateException("not a string literal: " + text);
        }
        return text.substring(1, text.length() - 1).replace("''", "'");
    }

    /** A standard string literal spelling of {@code value}. */
    public static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
