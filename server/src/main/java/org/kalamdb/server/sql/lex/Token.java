package org.kalamdb.server.sql.lex;

import java.util.Locale;

/**
 * One lexical token. {@code text} is the unquoted content for strings and quoted identifiers and
 * the source spelling otherwise; {@code raw} is always the exact source slice. Line and column
 * are 1-based, as sqlparser reports them.
 */
public record Token(TokenKind kind, String text, String raw, int offset, int line, int column) {

    public boolean isWord(String keyword) {
        return kind == TokenKind.WORD && text.equalsIgnoreCase(keyword);
    }

    public boolean isSymbol(String symbol) {
        return kind == TokenKind.SYMBOL && text.equals(symbol);
    }

    public boolean isEof() {
        return kind == TokenKind.EOF;
    }

    /** The word upper-cased, as the classifier compares keywords. */
    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /** An identifier as sqlparser sees it: unquoted words keep their case here, quoted ones too. */
    public boolean isIdentifier() {
        return kind == TokenKind.WORD || kind == TokenKind.QUOTED_IDENT;
    }
}
