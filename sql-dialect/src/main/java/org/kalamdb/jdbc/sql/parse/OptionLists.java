package org.kalamdb.jdbc.sql.parse;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.lex.TokenKind;

/** The two option-list syntaxes: storage parameters {@code WITH (k = v, ...)} and FDW {@code OPTIONS (k 'v', ...)}. */
final class OptionLists {

    private OptionLists() {
    }

    /**
     * {@code ( name [= value] [, ...] )} at the cursor. Keys are folded to lower case; values are
     * strings (unquoted), numbers as written, or folded words; a key without value means
     * {@code true}, as in PostgreSQL.
     *
     * @throws SqlDialectException 22023 for a key given twice
     */
    static Map<String, String> storageParameters(TokenCursor c) {
        Map<String, String> out = new LinkedHashMap<>();
        c.expectSymbol("(");
        do {
            Token keyToken = c.peek();
            String key = c.expectName();
            while (c.acceptSymbol(".")) {
                key = key + "." + c.expectName();
            }
            String value = c.acceptSymbol("=") ? value(c) : "true";
            put(out, key.toLowerCase(java.util.Locale.ROOT), value, keyToken);
        } while (c.acceptSymbol(","));
        c.expectSymbol(")");
        return out;
    }

    /** {@code ( name 'value' [, ...] )} at the cursor (foreign-table and server options). */
    static Map<String, String> fdwOptions(TokenCursor c) {
        Map<String, String> out = new LinkedHashMap<>();
        c.expectSymbol("(");
        do {
            Token keyToken = c.peek();
            String key = c.expectName();
            Token v = c.peek();
            if (v == null || v.kind() != TokenKind.STRING) {
                throw c.error("syntax error");
            }
            c.next();
            put(out, key.toLowerCase(java.util.Locale.ROOT), v.value(), keyToken);
        } while (c.acceptSymbol(","));
        c.expectSymbol(")");
        return out;
    }

    private static void put(Map<String, String> out, String key, String value, Token at) {
        if (out.put(key, value) != null) {
            throw new SqlDialectException(SqlStates.INVALID_PARAMETER_VALUE,
                    "option \"" + key + "\" specified more than once", at.start() + 1);
        }
    }

    private static String value(TokenCursor c) {
        String sign = c.acceptSymbol("-") ? "-" : "";
        if (sign.isEmpty()) {
            c.acceptSymbol("+");
        }
        Token t = c.peek();
        if (t == null) {
            throw c.error("syntax error");
        }
        if (t.kind() == TokenKind.NUMBER) {
            c.next();
            return sign + t.text();
        }
        if (sign.isEmpty() && (t.kind() == TokenKind.STRING || t.isName())) {
            c.next();
            return t.value();
        }
        throw c.error("syntax error");
    }
}
