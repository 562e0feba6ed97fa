package org.kalamdb.jdbc.sql.lex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;

/**
 * PostgreSQL's lexical rules, enough to split scripts, find placeholders and drive the hand-written
 * statement parsers: standard strings with {@code ''}, {@code E'...'} backslash escapes,
 * dollar quoting ({@code $$...$$}, {@code $tag$...$tag$}), quoted identifiers, nested
 * {@code /* *}{@code /} comments and {@code --} comments.
 *
 * <p>{@code ?} handling follows pgjdbc's convention plus one rule for PostgreSQL's JSON operator:
 * {@code ??} is an escaped literal {@code ?} operator; a single {@code ?} is a bind marker unless it
 * directly follows an operand (a name, a literal, {@code )} or {@code ]}) AND is directly followed
 * by a string literal, as in {@code doc ? 'key'} — a bind marker can never stand there.
 *
 * <p>Stateless and thread-safe.
 */
public final class SqlLexer {

    /** Keywords after which a {@code ?} cannot be a JSON operator: they end no operand. */
    private static final Set<String> NON_OPERAND_KEYWORDS = Set.of(
            "all", "and", "any", "array", "as", "asc", "between", "by", "case", "cast", "check",
            "collate", "default", "desc", "distinct", "do", "else", "escape", "except", "exists",
            "fetch", "for", "from", "group", "having", "ilike", "in", "intersect", "into", "is",
            "like", "limit", "not", "offset", "on", "or", "order", "returning", "select", "set",
            "similar", "some", "then", "to", "union", "using", "values", "when", "where", "with");

    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`";
    /** PostgreSQL keeps a trailing + or - on a multi-character operator only if it contains one of these. */
    private static final String NON_STRIP_OPERATOR_CHARS = "~!@#%^&|`";

    private final String sql;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private SqlLexer(String sql) {
        this.sql = sql;
    }

    /**
     * Tokenizes {@code sql}.
     *
     * @throws SqlDialectException 42601 for an unterminated string, identifier or comment, or a
     *                             character that starts no token
     */
    public static List<Token> tokenize(String sql) {
        SqlLexer lexer = new SqlLexer(sql);
        lexer.run();
        lexer.classifyQuestionMarks();
        return List.copyOf(lexer.tokens);
    }

    private void run() {
        int n = sql.length();
        while (pos < n) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && peek(1) == '-') {
                skipLineComment();
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == '\'') {
                standardString(pos, pos);
            } else if (c == '"') {
                quotedIdentifier();
            } else if (c == '$') {
                dollar();
            } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
                number();
            } else if (isIdentifierStart(c)) {
                identifierOrPrefixedString();
            } else if (c == '?') {
                question();
            } else if (c == ':') {
                if (peek(1) == ':') {
                    add(TokenKind.PUNCTUATION, pos, pos + 2, "::");
                } else if (peek(1) == '=') {
                    add(TokenKind.OPERATOR, pos, pos + 2, ":=");
                } else {
                    add(TokenKind.PUNCTUATION, pos, pos + 1, ":");
                }
            } else if ("()[],;.".indexOf(c) >= 0) {
                add(TokenKind.PUNCTUATION, pos, pos + 1, String.valueOf(c));
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                operator();
            } else {
                throw SqlDialectException.syntax("syntax error", String.valueOf(c), pos);
            }
        }
    }

    private void add(TokenKind kind, int start, int end, String value) {
        tokens.add(new Token(kind, sql.substring(start, end), value, start, end));
        pos = end;
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < sql.length() ? sql.charAt(i) : '\0';
    }

    private void skipLineComment() {
        int nl = sql.indexOf('\n', pos);
        pos = nl < 0 ? sql.length() : nl + 1;
    }

    private void skipBlockComment() {
        int start = pos;
        int depth = 0;
        int i = pos;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    pos = i;
                    return;
                }
            } else {
                i++;
            }
        }
        throw SqlDialectException.syntax("unterminated /* comment", near(start), start);
    }

    private void quotedIdentifier() {
        int start = pos;
        StringBuilder value = new StringBuilder();
        int i = pos + 1;
        while (true) {
            if (i >= sql.length()) {
                throw SqlDialectException.syntax("unterminated quoted identifier", near(start), start);
            }
            char c = sql.charAt(i);
            if (c == '"') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '"') {
                    value.append('"');
                    i += 2;
                    continue;
                }
                break;
            }
            value.append(c);
            i++;
        }
        if (value.length() == 0) {
            throw SqlDialectException.syntax("zero-length delimited identifier", "\"\"", start);
        }
        add(TokenKind.QUOTED_IDENTIFIER, start, i + 1, value.toString());
    }

    /** A standard-conforming string starting with the quote at {@code quote}; the token starts at {@code start}. */
    private void standardString(int start, int quote) {
        StringBuilder value = new StringBuilder();
        int i = quote + 1;
        while (true) {
            if (i >= sql.length()) {
                throw SqlDialectException.syntax("unterminated quoted string", near(start), start);
            }
            char c = sql.charAt(i);
            if (c == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                break;
            }
            value.append(c);
            i++;
        }
        add(TokenKind.STRING, start, i + 1, value.toString());
    }

    /** {@code E'...'}: backslash escapes as PostgreSQL defines them, plus {@code ''}. */
    private void escapeString(int start) {
        StringBuilder value = new StringBuilder();
        int i = start + 2;
        while (true) {
            if (i >= sql.length()) {
                throw SqlDialectException.syntax("unterminated quoted string", near(start), start);
            }
            char c = sql.charAt(i);
            if (c == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                break;
            }
            if (c == '\\' && i + 1 < sql.length()) {
                i = backslashEscape(i + 1, value, start);
                continue;
            }
            value.append(c);
            i++;
        }
        add(TokenKind.STRING, start, i + 1, value.toString());
    }

    /** Decodes the escape whose first character (after the backslash) is at {@code i}; returns the next index. */
    private int backslashEscape(int i, StringBuilder out, int tokenStart) {
        char e = sql.charAt(i);
        switch (e) {
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'x' -> {
                int end = i + 1;
                while (end < sql.length() && end < i + 3 && isHexDigit(sql.charAt(end))) {
                    end++;
                }
                if (end == i + 1) {
                    out.append('x');
                    return i + 1;
                }
                out.append((char) Integer.parseInt(sql.substring(i + 1, end), 16));
                return end;
            }
            case 'u', 'U' -> {
                int digits = e == 'u' ? 4 : 8;
                int end = i + 1 + digits;
                if (end > sql.length() || !sql.substring(i + 1, end).chars().allMatch(SqlLexer::isHexDigit)) {
                    throw new SqlDialectException(SqlStates.INVALID_ESCAPE_SEQUENCE,
                            "invalid Unicode escape: \\" + e + " must be followed by " + digits + " hexadecimal digits",
                            tokenStart + 1);
                }
                int codePoint = (int) Long.parseLong(sql.substring(i + 1, end), 16);
                if (!Character.isValidCodePoint(codePoint) || codePoint == 0) {
                    throw new SqlDialectException(SqlStates.INVALID_ESCAPE_SEQUENCE,
                            "invalid Unicode escape value", tokenStart + 1);
                }
                out.appendCodePoint(codePoint);
                return end;
            }
            default -> {
                if (e >= '0' && e <= '7') {
                    int end = i;
                    while (end < sql.length() && end < i + 3 && sql.charAt(end) >= '0' && sql.charAt(end) <= '7') {
                        end++;
                    }
                    out.append((char) (Integer.parseInt(sql.substring(i, end), 8) & 0xFF));
                    return end;
                }
                out.append(e);
            }
        }
        return i + 1;
    }

    private void dollar() {
        int start = pos;
        if (isDigit(peek(1))) {
            int i = pos + 1;
            while (i < sql.length() && isDigit(sql.charAt(i))) {
                i++;
            }
            add(TokenKind.POSITIONAL_PARAMETER, start, i, sql.substring(start + 1, i));
            return;
        }
        int i = pos + 1;
        if (i < sql.length() && isIdentifierStart(sql.charAt(i))) {
            i++;
            while (i < sql.length() && isTagPart(sql.charAt(i))) {
                i++;
            }
        }
        if (i >= sql.length() || sql.charAt(i) != '$') {
            throw SqlDialectException.syntax("syntax error", near(start), start);
        }
        String tag = sql.substring(start, i + 1);
        int close = sql.indexOf(tag, i + 1);
        if (close < 0) {
            throw SqlDialectException.syntax("unterminated dollar-quoted string", near(start), start);
        }
        add(TokenKind.STRING, start, close + tag.length(), sql.substring(i + 1, close));
    }

    private void number() {
        int start = pos;
        int i = pos;
        while (i < sql.length() && isDigit(sql.charAt(i))) {
            i++;
        }
        // A '.' belongs to the number unless it starts "..", which is not a decimal point.
        if (i < sql.length() && sql.charAt(i) == '.' && !(i + 1 < sql.length() && sql.charAt(i + 1) == '.')) {
            i++;
            while (i < sql.length() && isDigit(sql.charAt(i))) {
                i++;
            }
        }
        if (i < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < sql.length() && (sql.charAt(j) == '+' || sql.charAt(j) == '-')) {
                j++;
            }
            if (j < sql.length() && isDigit(sql.charAt(j))) {
                while (j < sql.length() && isDigit(sql.charAt(j))) {
                    j++;
                }
                i = j;
            }
        }
        add(TokenKind.NUMBER, start, i, sql.substring(start, i));
    }

    private void identifierOrPrefixedString() {
        int start = pos;
        char c = sql.charAt(pos);
        char next = peek(1);
        if (next == '\'') {
            switch (Character.toLowerCase(c)) {
                case 'e' -> {
                    escapeString(start);
                    return;
                }
                case 'n' -> {
                    standardString(start, start + 1);
                    return;
                }
                case 'b', 'x' -> {
                    bitString(start);
                    return;
                }
                default -> {
                    // an identifier directly followed by a string, e.g. DATE'2024-01-01'
                }
            }
        }
        int i = pos + 1;
        while (i < sql.length() && isIdentifierPart(sql.charAt(i))) {
            i++;
        }
        String text = sql.substring(start, i);
        add(TokenKind.IDENTIFIER, start, i, foldIdentifier(text));
    }

    private void bitString(int start) {
        int close = sql.indexOf('\'', start + 2);
        if (close < 0) {
            throw SqlDialectException.syntax("unterminated bit string literal", near(start), start);
        }
        add(TokenKind.BIT_STRING, start, close + 1, sql.substring(start + 2, close));
    }

    private void question() {
        if (peek(1) == '?') {
            add(TokenKind.OPERATOR, pos, pos + 2, "?");
        } else {
            // classified as bind marker or JSON operator once the next token is known
            add(TokenKind.BIND_MARKER, pos, pos + 1, "?");
        }
    }

    private void operator() {
        int start = pos;
        int i = pos;
        while (i < sql.length() && OPERATOR_CHARS.indexOf(sql.charAt(i)) >= 0) {
            if (i > start && (sql.startsWith("--", i) || sql.startsWith("/*", i))) {
                break;
            }
            i++;
        }
        String op = sql.substring(start, i);
        if (op.length() > 1 && op.chars().noneMatch(ch -> NON_STRIP_OPERATOR_CHARS.indexOf(ch) >= 0)) {
            while (op.length() > 1 && (op.endsWith("+") || op.endsWith("-"))) {
                op = op.substring(0, op.length() - 1);
            }
        }
        add(TokenKind.OPERATOR, start, start + op.length(), op);
    }

    private void classifyQuestionMarks() {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.BIND_MARKER) {
                continue;
            }
            boolean afterOperand = i > 0 && isOperandEnd(tokens.get(i - 1));
            boolean beforeString = i + 1 < tokens.size() && tokens.get(i + 1).kind() == TokenKind.STRING;
            if (afterOperand && beforeString) {
                tokens.set(i, new Token(TokenKind.OPERATOR, t.text(), "?", t.start(), t.end()));
            }
        }
    }

    private static boolean isOperandEnd(Token t) {
        return switch (t.kind()) {
            case IDENTIFIER -> !NON_OPERAND_KEYWORDS.contains(t.value());
            case QUOTED_IDENTIFIER, STRING, BIT_STRING, NUMBER, POSITIONAL_PARAMETER -> true;
            case PUNCTUATION -> t.value().equals(")") || t.value().equals("]");
            case BIND_MARKER, OPERATOR -> false;
        };
    }

    private String near(int start) {
        int end = Math.min(sql.length(), start + 40);
        return sql.substring(start, end);
    }

    /**
     * Folds an unquoted identifier as PostgreSQL does: ASCII letters to lower case, everything
     * else unchanged.
     */
    public static String foldIdentifier(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 0x80 && Character.isLetter(c));
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c) || c == '$' || (c >= 0x80 && Character.isLetterOrDigit(c));
    }

    private static boolean isTagPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }
}
