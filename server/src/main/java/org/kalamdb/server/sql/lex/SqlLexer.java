package org.kalamdb.server.sql.lex;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into {@link Token}s the way sqlparser's tokenizer does for the shapes KalamDB
 * statements use: words, quoted identifiers, strings ('' escapes), numbers, comments (skipped)
 * and operators. The list always ends with an EOF token.
 */
public final class SqlLexer {

    private static final String[] MULTI_CHAR_SYMBOLS = {"->>", "<=>", "<=", ">=", "<>", "!=", "::", "||", "->", "=>"};

    private final String sql;
    private int pos;
    private int line = 1;
    private int lineStart;

    private SqlLexer(String sql) {
        this.sql = sql;
    }

    public static List<Token> tokenize(String sql) {
        return new SqlLexer(sql).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipWhitespaceAndComments();
            if (pos >= sql.length()) {
                out.add(new Token(TokenKind.EOF, "", "", pos, line, pos - lineStart + 1));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        int start = pos;
        int col = pos - lineStart + 1;
        char c = sql.charAt(pos);
        if (c == '\'') {
            String content = quoted('\'');
            return new Token(TokenKind.STRING, content, sql.substring(start, pos), start, line, col);
        }
        if (c == '"' || c == '`') {
            String content = quoted(c);
            return new Token(TokenKind.QUOTED_IDENT, content, sql.substring(start, pos), start, line, col);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < sql.length() && Character.isDigit(sql.charAt(pos + 1)))) {
            number();
            String text = sql.substring(start, pos);
            return new Token(TokenKind.NUMBER, text, text, start, line, col);
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < sql.length() && isWordPart(sql.charAt(pos))) {
                pos++;
            }
            String text = sql.substring(start, pos);
            return new Token(TokenKind.WORD, text, text, start, line, col);
        }
        for (String symbol : MULTI_CHAR_SYMBOLS) {
            if (sql.startsWith(symbol, pos)) {
                pos += symbol.length();
                return new Token(TokenKind.SYMBOL, symbol, symbol, start, line, col);
            }
        }
        pos++;
        String text = String.valueOf(c);
        return new Token(TokenKind.SYMBOL, text, text, start, line, col);
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private String quoted(char quote) {
        int startLine = line;
        int startCol = pos - lineStart + 1;
        StringBuilder sb = new StringBuilder();
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == quote) {
                if (pos + 1 < sql.length() && sql.charAt(pos + 1) == quote) {
                    sb.append(quote);
                    pos += 2;
                    continue;
                }
                pos++;
                return sb.toString();
            }
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            }
            sb.append(c);
            pos++;
        }
        String what = quote == '\'' ? "Unterminated string literal" : "Unterminated quoted identifier";
        throw new SqlSyntaxException(what + " at Line: " + startLine + ", Column: " + startCol);
    }

    private void number() {
        while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
            pos++;
        }
        if (pos < sql.length() && sql.charAt(pos) == '.') {
            pos++;
            while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                pos++;
            }
        }
        if (pos < sql.length() && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < sql.length() && (sql.charAt(pos) == '+' || sql.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
    }

    private void skipWhitespaceAndComments() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (sql.startsWith("--", pos)) {
                while (pos < sql.length() && sql.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (sql.startsWith("/*", pos)) {
                int end = sql.indexOf("*/", pos + 2);
                int stop = end < 0 ? sql.length() : end + 2;
                for (int i = pos; i < stop; i++) {
                    if (sql.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                pos = stop;
            } else {
                return;
            }
        }
    }
}
