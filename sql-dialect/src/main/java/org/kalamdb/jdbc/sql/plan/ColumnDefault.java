package org.kalamdb.jdbc.sql.plan;

import java.util.Objects;

import org.kalamdb.jdbc.sql.expr.Expr;

/**
 * A column DEFAULT in the form KalamDB stores it: a literal or one of the server's default
 * functions ({@code NOW()}, {@code SNOWFLAKE_ID()}, {@code UUID_V7()}, {@code ULID()},
 * {@code CURRENT_USER()}). Anything else would be stored by the server as a string literal of its
 * text (server.md 2.4), so the parser refuses it.
 *
 * @param sql  the KalamDB text, e.g. {@code 'pending'}, {@code 0}, {@code SNOWFLAKE_ID()}
 * @param expr the same default as an expression the driver can evaluate with the
 *             {@link org.kalamdb.jdbc.sql.expr.ExprEvaluator} (a {@link Expr.Literal} or an
 *             {@link Expr.Call})
 */
public record ColumnDefault(String sql, Expr expr) {

    /** {@code DEFAULT SNOWFLAKE_ID()}, what SERIAL and IDENTITY columns become. */
    public static final ColumnDefault SNOWFLAKE_ID = new ColumnDefault("SNOWFLAKE_ID()", Expr.Call.of("snowflake_id"));

    public ColumnDefault {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(expr, "expr");
    }
}
