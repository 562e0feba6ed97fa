package org.kalamdb.jdbc.sql.lex;

import java.util.Locale;

/**
 * One lexical token of a SQL text.
 *
 * @param kind  what it is
 * @param text  the exact source text of the token
 * @param value the token's meaning: folded identifier, decoded string, operator (see {@link TokenKind})
 * @param start 0-based offset of the first character in the source
 * @param end   0-based offset just after the last character
 */
public record Token(TokenKind kind, String text, String value, int start, int end) {

    /** True for an unquoted identifier spelled {@code keyword} (case-insensitive). */
    public boolean isKeyword(String keyword) {
        return kind == TokenKind.IDENTIFIER && value.equals(keyword.toLowerCase(Locale.ROOT));
    }

    /** True for punctuation or an operator whose value is {@code symbol}. */
    public boolean isSymbol(String symbol) {
        return (kind == TokenKind.PUNCTUATION || kind == TokenKind.OPERATOR) && value.equals(symbol);
    }

    /** True when the token names something: an identifier, quoted or not. */
    public boolean isName() {
        return kind == TokenKind.IDENTIFIER || kind == TokenKind.QUOTED_IDENTIFIER;
    }
}
