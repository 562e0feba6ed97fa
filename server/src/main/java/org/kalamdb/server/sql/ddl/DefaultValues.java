package org.kalamdb.server.sql.ddl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kalamdb.server.catalog.ColumnDefault;
import org.kalamdb.server.sql.lex.Token;
import org.kalamdb.server.sql.lex.TokenKind;

/**
 * DEFAULT expressions as KalamDB stores them (server.md 2.4, parser.rs expr_to_column_default):
 * recognised functions become function calls, plain literals stay JSON literals, and anything
 * else is stored as a string literal of its text (a real-server misfeature kept on purpose, e.g.
 * {@code DEFAULT -1} is the string "-1").
 */
public final class DefaultValues {

    private static final Set<String> FUNCTIONS = Set.of("NOW", "CURRENT_TIMESTAMP", "SNOWFLAKE_ID", "UUID_V7",
            "ULID", "CURRENT_USER");

    /** Keywords sqlparser parses as argument-less functions. */
    private static final Set<String> NILADIC_FUNCTIONS = Set.of("CURRENT_TIMESTAMP", "CURRENT_USER",
            "CURRENT_DATE", "CURRENT_TIME", "LOCALTIME", "LOCALTIMESTAMP", "SESSION_USER", "CURRENT_CATALOG");

    private DefaultValues() {
    }

    public static ColumnDefault fromTokens(List<Token> tokens) {
        if (tokens.size() == 1) {
            Token t = tokens.get(0);
            if (t.kind() == TokenKind.NUMBER) {
                return new ColumnDefault.Literal(number(t.text()));
            }
            if (t.kind() == TokenKind.STRING) {
                return new ColumnDefault.Literal(t.text());
            }
            if (t.kind() == TokenKind.WORD) {
                String upper = t.upper();
                if (upper.equals("TRUE") || upper.equals("FALSE")) {
                    return new ColumnDefault.Literal(upper.equals("TRUE"));
                }
                if (upper.equals("NULL")) {
                    return new ColumnDefault.Literal(null);
                }
                if (NILADIC_FUNCTIONS.contains(upper)) {
                    return function(upper, upper);
                }
            }
            if (t.isIdentifier()) {
                return new ColumnDefault.Literal(t.text());
            }
        }
        if (isFunctionCall(tokens)) {
            String name = tokens.get(0).upper();
            return function(name, TokenText.render(tokens));
        }
        String text = TokenText.render(tokens);
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.equals("NULL")) {
            return new ColumnDefault.Literal(null);
        }
        if (upper.equals("CURRENT_TIMESTAMP") || upper.equals("NOW()")) {
            return new ColumnDefault.FunctionCall("NOW");
        }
        return new ColumnDefault.Literal(WhitespaceWords.trimMatches(text, '\''));
    }

    private static ColumnDefault function(String upperName, String text) {
        if (FUNCTIONS.contains(upperName)) {
            return new ColumnDefault.FunctionCall(upperName);
        }
        return new ColumnDefault.Literal(text);
    }

    /** name ( ... ) spanning the whole expression. */
    private static boolean isFunctionCall(List<Token> tokens) {
        if (tokens.size() < 3 || tokens.get(0).kind() != TokenKind.WORD || !tokens.get(1).isSymbol("(")
                || !tokens.get(tokens.size() - 1).isSymbol(")")) {
            return false;
        }
        int depth = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
                if (depth == 0 && i != tokens.size() - 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** serde_json: an i64 when it fits, else an f64, else the text. */
    private static Object number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notLong) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException notDouble) {
                return text;
            }
        }
    }
}
