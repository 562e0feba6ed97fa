package org.kalamdb.server.sql.lex;

import java.util.List;

/**
 * A read position over a token list, with the small helpers recursive-descent parsers need.
 * Error texts follow sqlparser's {@code Expected: X, found: Y} shape.
 */
public final class TokenCursor {

    private final List<Token> tokens;
    private int index;

    public TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static TokenCursor of(String sql) {
        return new TokenCursor(SqlLexer.tokenize(sql));
    }

    public Token peek() {
        return tokens.get(Math.min(index, tokens.size() - 1));
    }

    public Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    public Token next() {
        Token t = peek();
        if (!t.isEof()) {
            index++;
        }
        return t;
    }

    public int position() {
        return index;
    }

    public void reset(int position) {
        index = position;
    }

    public boolean atEnd() {
        return peek().isEof();
    }

    /** True (and consumed) when the next tokens are exactly these keywords. */
    public boolean acceptWords(String... keywords) {
        for (int i = 0; i < keywords.length; i++) {
            if (!peek(i).isWord(keywords[i])) {
                return false;
            }
        }
        index += keywords.length;
        return true;
    }

    public boolean acceptSymbol(String symbol) {
        if (peek().isSymbol(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    public void expectWord(String keyword) {
        if (!acceptWords(keyword)) {
            throw expected(keyword);
        }
    }

    public void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw expected(symbol);
        }
    }

    /** Skips trailing semicolons; anything else left is an error. */
    public void expectEndOfStatement() {
        while (acceptSymbol(";")) {
            // sqlparser accepts any number of trailing semicolons
        }
        if (!atEnd()) {
            throw expected("end of statement");
        }
    }

    public SqlSyntaxException expected(String what) {
        Token t = peek();
        String found = t.isEof() ? "EOF" : t.raw();
        String where = t.isEof() ? "" : " at Line: " + t.line() + ", Column: " + t.column();
        return new SqlSyntaxException("sql parser error: Expected: " + what + ", found: " + found + where);
    }
}
