package org.kalamdb.server.sql.ddl;

import java.util.List;

import org.kalamdb.server.sql.lex.Token;
import org.kalamdb.server.sql.lex.TokenKind;

/** Renders a token run back to SQL text, close to how sqlparser displays an expression. */
public final class TokenText {

    private TokenText() {
    }

    public static String render(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        Token previous = null;
        for (Token t : tokens) {
            if (previous != null && needsSpace(previous, t, sb)) {
                sb.append(' ');
            }
            sb.append(t.kind() == TokenKind.QUOTED_IDENT || t.kind() == TokenKind.STRING ? t.raw() : t.text());
            previous = t;
        }
        return sb.toString();
    }

    private static boolean needsSpace(Token previous, Token current, StringBuilder soFar) {
        if (current.isSymbol(")") || current.isSymbol(",") || current.isSymbol(".") || current.isSymbol("::")
                || current.isSymbol("]")) {
            return false;
        }
        if (previous.isSymbol("(") || previous.isSymbol(".") || previous.isSymbol("::") || previous.isSymbol("[")) {
            return false;
        }
        if (current.isSymbol("(") && previous.kind() == TokenKind.WORD) {
            return false;
        }
        // a leading unary minus/plus binds to its operand: -1
        return !((previous.isSymbol("-") || previous.isSymbol("+")) && soFar.length() == 1);
    }
}
