package org.kalamdb.jdbc.engine.rewrite;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits PostgreSQL-dialect SQL into {@link Token}s. It knows string literals in all three
 * spellings (standard, {@code E'...'} escapes, dollar quotes), quoted identifiers, comments,
 * {@code ?} and {@code $n} parameters and PostgreSQL's multi-character operators, so that the
 * rewriter never mistakes a character inside a literal for syntax.
 */
public final class SqlTokenizer {

    /** Multi-character operators, longest first so that the first match is the longest. */
    private static final String[] OPERATORS = {
        "->>", "#>>", "->", "#>", "::", "<=", ">=", "<>", "!=", "||", "??", "?|", "?&", "@>", "<@", "!~*", "~~*",
        "!~~", "!~", "~*", "~~",
    };

    private final String sql;
    private int pos;
    private final List<Token> tokens = new ArrayList<>();

    private SqlTokenizer(String sql) {
        this.sql = sql;
    }

    /** The tokens of {@code sql}, spaces and comments included as {@link TokenKind#SPACE}. */
    public static List<Token> tokenize(String sql) {
        SqlTokenizer t = new SqlTokenizer(sql);
        t.run();
        return t.tokens;
    }

    private void run() {
        while (pos < sql.length()) {
            int start = pos;
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                while (pos < sql.length() && Character.isWhitespace(sql.charAt(pos))) {
                    pos++;
                }
                add(TokenKind.SPACE, start);
            } else if (c == '-' && peek(1) == '-') {
                while (pos < sql.length() && sql.charAt(pos) != '\n') {
                    pos++;
                }
                add(TokenKind.SPACE, start);
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
                add(TokenKind.SPACE, start);
            } else if (c == '\'') {
                tokens.add(new Token(TokenKind.STRING, Token.quote(readQuoted('\'')), start));
            } else if ((c == 'E' || c == 'e') && peek(1) == '\'') {
                pos++;
                tokens.add(new Token(TokenKind.STRING, Token.quote(readEscapeString()), start));
            } else if (c == '"') {
                readQuoted('"');
                add(TokenKind.QUOTED_IDENTIFIER, start);
            } else if (c == '$' && Character.isDigit(peek(1))) {
                pos++;
                while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                    pos++;
                }
                add(TokenKind.PARAMETER, start);
            } else if (c == '$' && dollarTagEnd() > 0) {
                tokens.add(new Token(TokenKind.STRING, Token.quote(readDollarQuoted()), start));
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
                readNumber();
                add(TokenKind.NUMBER, start);
            } else if (Character.isLetter(c) || c == '_') {
                while (pos < sql.length() && isWordChar(sql.charAt(pos))) {
                    pos++;
                }
                add(TokenKind.WORD, start);
            } else if (c == '?' && !sql.startsWith("??", pos) && !sql.startsWith("?|", pos)
                    && !sql.startsWith("?&", pos)) {
                pos++;
                add(TokenKind.PARAMETER, start);
            } else {
                readPunctuation(start);
            }
        }
    }

    private void readPunctuation(int start) {
        char c = sql.charAt(pos);
        TokenKind single = switch (c) {
            case '(' -> TokenKind.LEFT_PAREN;
            case ')' -> TokenKind.RIGHT_PAREN;
            case '[' -> TokenKind.LEFT_BRACKET;
            case ']' -> TokenKind.RIGHT_BRACKET;
            case ',' -> TokenKind.COMMA;
            case '.' -> TokenKind.DOT;
            case ';' -> TokenKind.SEMICOLON;
            default -> null;
        };
        if (single != null) {
            pos++;
            add(single, start);
            return;
        }
        for (String op : OPERATORS) {
            if (sql.startsWith(op, pos)) {
                pos += op.length();
                add(TokenKind.OPERATOR, start);
                return;
            }
        }
        pos++;
        add(TokenKind.OPERATOR, start);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < sql.length() ? sql.charAt(i) : '\0';
    }

    private void add(TokenKind kind, int start) {
        tokens.add(new Token(kind, sql.substring(start, pos), start));
    }

    private void skipBlockComment() {
        int depth = 0;
        while (pos < sql.length()) {
            if (sql.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
        throw new SqlRewriteException("unterminated /* comment");
    }

    /** Reads a {@code quote}-delimited run with doubled quotes as escapes; returns its content. */
    private String readQuoted(char quote) {
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == quote) {
                if (peek(1) == quote) {
                    value.append(quote);
                    pos += 2;
                    continue;
                }
                pos++;
                return value.toString();
            }
            value.append(c);
            pos++;
        }
        throw new SqlRewriteException("unterminated " + (quote == '\'' ? "string literal" : "quoted identifier"));
    }

    /** Reads an {@code E'...'} literal (positioned on the quote) and decodes its backslash escapes. */
    private String readEscapeString() {
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\'' && peek(1) == '\'') {
                value.append('\'');
                pos += 2;
            } else if (c == '\'') {
                pos++;
                return value.toString();
            } else if (c == '\\' && pos + 1 < sql.length()) {
                pos++;
                value.append(decodeEscape());
            } else {
                value.append(c);
                pos++;
            }
        }
        throw new SqlRewriteException("unterminated string literal");
    }

    /** Decodes the escape after a backslash (pos on the character after it). */
    private String decodeEscape() {
        char e = sql.charAt(pos++);
        switch (e) {
            case 'b': return "\b";
            case 'f': return "\f";
            case 'n': return "\n";
            case 'r': return "\r";
            case 't': return "\t";
            case 'x': {
                int end = pos;
                while (end < sql.length() && end < pos + 2 && Character.digit(sql.charAt(end), 16) >= 0) {
                    end++;
                }
                if (end == pos) {
                    return "x";
                }
                String hex = sql.substring(pos, end);
                pos = end;
                return String.valueOf((char) Integer.parseInt(hex, 16));
            }
            case 'u':
            case 'U': {
                int len = e == 'u' ? 4 : 8;
                if (pos + len > sql.length()) {
                    throw new SqlRewriteException("invalid Unicode escape in string literal");
                }
                int cp = Integer.parseInt(sql.substring(pos, pos + len), 16);
                pos += len;
                return new String(Character.toChars(cp));
            }
            default:
                if (e >= '0' && e <= '7') {
                    int end = pos;
                    while (end < sql.length() && end < pos + 2 && sql.charAt(end) >= '0' && sql.charAt(end) <= '7') {
                        end++;
                    }
                    String oct = e + sql.substring(pos, end);
                    pos = end;
                    return String.valueOf((char) Integer.parseInt(oct, 8));
                }
                return String.valueOf(e);
        }
    }

    /** The offset just after a dollar-quote tag starting at pos ({@code $$}, {@code $tag$}), or -1. */
    private int dollarTagEnd() {
        int i = pos + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        return i < sql.length() && sql.charAt(i) == '$' ? i + 1 : -1;
    }

    private String readDollarQuoted() {
        int tagEnd = dollarTagEnd();
        String tag = sql.substring(pos, tagEnd);
        int close = sql.indexOf(tag, tagEnd);
        if (close < 0) {
            throw new SqlRewriteException("unterminated dollar-quoted string");
        }
        pos = close + tag.length();
        return sql.substring(tagEnd, close);
    }

    private void readNumber() {
        while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
            pos++;
        }
        if (pos < sql.length() && sql.charAt(pos) == '.' && Character.isDigit(peek(1)) || (pos < sql.length()
                && sql.charAt(pos) == '.' && !(peek(1) == '.'))) {
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
}
