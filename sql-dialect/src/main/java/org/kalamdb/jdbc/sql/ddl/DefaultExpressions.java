package org.kalamdb.jdbc.sql.ddl;

import java.math.BigDecimal;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.expr.ExprSql;
import org.kalamdb.jdbc.sql.expr.SqlValues;
import org.kalamdb.jdbc.sql.plan.ColumnDefault;

/**
 * A column DEFAULT in the form KalamDB keeps (server.md 2.4): literals, and the functions the
 * server stores as functions — {@code NOW()} (also written CURRENT_TIMESTAMP, LOCALTIMESTAMP,
 * transaction_timestamp()...), {@code SNOWFLAKE_ID()}, {@code UUID_V7()}, {@code ULID()},
 * {@code CURRENT_USER()}. Casts of literals ({@code 'x'::text}, {@code '{}'::jsonb}) are reduced
 * to the literal. PostgreSQL's {@code gen_random_uuid()} and {@code uuid_generate_v4()} become
 * {@code UUID_V7()}: both give a fresh unique UUID, which is what such a default is for.
 *
 * <p>Anything else is refused (0A000): the server would silently store it as a string literal of
 * its text.
 */
public final class DefaultExpressions {

    private DefaultExpressions() {
    }

    /**
     * @param e    the translated DEFAULT expression
     * @param text the expression as written, for the message
     */
    public static ColumnDefault of(Expr e, String text) {
        Expr inner = e;
        while (inner instanceof Expr.Cast c && (c.operand() instanceof Expr.Literal || c.operand() instanceof Expr.Cast)) {
            inner = c.operand();
        }
        if (inner instanceof Expr.Literal l) {
            return new ColumnDefault(literalSql(l.value()), l);
        }
        if (inner instanceof Expr.Cast c && c.operand() instanceof Expr.Call) {
            inner = c.operand();
        }
        if (inner instanceof Expr.Call call && call.args().isEmpty()) {
            String canonical = switch (call.name()) {
                case "now", "current_timestamp", "localtimestamp", "transaction_timestamp", "statement_timestamp",
                        "clock_timestamp" -> "now";
                case "snowflake_id" -> "snowflake_id";
                case "uuid_v7", "gen_random_uuid", "uuid_generate_v4", "uuid_generate_v7" -> "uuid_v7";
                case "ulid" -> "ulid";
                case "current_user", "session_user", "current_user_id" -> "current_user";
                default -> null;
            };
            if (canonical != null) {
                return new ColumnDefault(canonical.toUpperCase(java.util.Locale.ROOT) + "()", Expr.Call.of(canonical));
            }
        }
        throw SqlDialectException.notSupported("DEFAULT " + text + " is not supported by KalamDB: use a constant,"
                + " NOW(), CURRENT_TIMESTAMP, SNOWFLAKE_ID(), UUID_V7(), ULID() or CURRENT_USER");
    }

    private static String literalSql(Object v) {
        if (v == null || v instanceof Boolean || v instanceof Long || v instanceof BigDecimal) {
            return ExprSql.literal(v);
        }
        if (v instanceof Double d && Double.isFinite(d)) {
            return SqlValues.formatDouble(d);
        }
        // strings, dates and timestamps: the server keeps them as JSON strings and casts on insert
        return ExprSql.quote(SqlValues.toText(v));
    }
}
