package org.kalamdb.jdbc.sql.parse;

import java.util.List;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.lex.TokenKind;
import org.kalamdb.jdbc.sql.plan.QualifiedName;

/**
 * A read position in the tokens of one statement, with the small vocabulary the hand-written
 * statement parsers need. Errors are PostgreSQL-style syntax errors at the current token.
 */
public final class TokenCursor {

    private final String sql;
    private final List<Token> tokens;
    private int index;

    public TokenCursor(String sql, List<Token> tokens) {
        this.sql = sql;
        this.tokens = tokens;
    }

    public String sql() {
        return sql;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** Index of the next token. */
    public int index() {
        return index;
    }

    public void reset(int to) {
        index = to;
    }

    public boolean atEnd() {
        return index >= tokens.size();
    }

    /** The next token, or null at the end. */
    public Token peek() {
        return peek(0);
    }

    /** The token {@code ahead} positions after the next one, or null. */
    public Token peek(int ahead) {
        int i = index + ahead;
        return i < tokens.size() ? tokens.get(i) : null;
    }

    public Token next() {
        if (atEnd()) {
            throw error("syntax error");
        }
        return tokens.get(index++);
    }

    /** True when the next tokens are exactly the keywords {@code words} (nothing consumed). */
    public boolean peekKeywords(String... words) {
        for (int i = 0; i < words.length; i++) {
            Token t = peek(i);
            if (t == null || !t.isKeyword(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Consumes the keywords {@code words} if they all come next; else consumes nothing. */
    public boolean acceptKeywords(String... words) {
        if (peekKeywords(words)) {
            index += words.length;
            return true;
        }
        return false;
    }

    public void expectKeywords(String... words) {
        for (String w : words) {
            if (!acceptKeywords(w)) {
                throw error("syntax error");
            }
        }
    }

    public boolean peekSymbol(String symbol) {
        Token t = peek();
        return t != null && t.isSymbol(symbol);
    }

    public boolean acceptSymbol(String symbol) {
        if (peekSymbol(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    public void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw error("syntax error");
        }
    }

    /** The next token if it is a name (quoted or not): its folded value. */
    public String expectName() {
        Token t = peek();
        if (t == null || !t.isName()) {
            throw error("syntax error");
        }
        index++;
        return t.value();
    }

    /** {@code name} or {@code schema.name} (a leading catalog part is dropped). */
    public QualifiedName expectQualifiedName() {
        String first = expectName();
        if (!acceptSymbol(".")) {
            return QualifiedName.of(first);
        }
        String second = expectName();
        if (!acceptSymbol(".")) {
            return QualifiedName.of(first, second);
        }
        return QualifiedName.of(second, expectName());
    }

    public void expectEnd() {
        if (!atEnd()) {
            throw error("syntax error");
        }
    }

    /** Skips a parenthesised group starting at the next token ({@code (}); returns its source text. */
    public String skipParenthesized() {
        int start = index;
        expectSymbol("(");
        int depth = 1;
        while (depth > 0) {
            Token t = next();
            if (t.kind() == TokenKind.PUNCTUATION) {
                if (t.value().equals("(")) {
                    depth++;
                } else if (t.value().equals(")")) {
                    depth--;
                }
            }
        }
        return text(start, index);
    }

    /** Source text of tokens {@code [from, to)}. */
    public String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        return sql.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** A 42601 at the next token: {@code <detail> at or near "<token>"} (or "at end of input"). */
    public SqlDialectException error(String detail) {
        Token t = peek();
        if (t == null) {
            return SqlDialectException.syntax(detail, null, sql.length());
        }
        return SqlDialectException.syntax(detail, t.text(), t.start());
    }
}
