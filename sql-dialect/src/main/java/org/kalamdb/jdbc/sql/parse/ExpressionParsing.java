package org.kalamdb.jdbc.sql.parse;

import java.util.List;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.lex.TokenKind;

/** A scalar expression embedded in a DDL statement (a DEFAULT), from its tokens to an {@link Expr}. */
final class ExpressionParsing {

    private ExpressionParsing() {
    }

    /**
     * @param tokens the expression's tokens (a slice of the statement's)
     * @param what   names the clause in messages, e.g. {@code DEFAULT}
     * @throws SqlDialectException 42601 for a syntax error or a placeholder, 0A000 when the
     *                             expression is outside the supported subset
     */
    static Expr parse(List<Token> tokens, String what, String text) {
        for (Token t : tokens) {
            if (t.kind() == TokenKind.BIND_MARKER || t.kind() == TokenKind.POSITIONAL_PARAMETER) {
                throw new SqlDialectException(SqlStates.SYNTAX_ERROR,
                        "parameters are not allowed in " + what + " at or near \"" + t.text() + "\"", t.start() + 1);
            }
        }
        NormalizedSql normalized = NormalizedSql.of(tokens, 1);
        try {
            return ExprTranslator.translate(JSqlParsing.parseExpression(normalized.text(), normalized));
        } catch (NotTranslatable e) {
            throw SqlDialectException.notSupported(what + " " + text + " is not supported by KalamDB");
        }
    }
}
