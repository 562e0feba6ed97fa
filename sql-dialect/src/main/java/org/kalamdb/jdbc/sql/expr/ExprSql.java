package org.kalamdb.jdbc.sql.expr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.StringJoiner;

import org.kalamdb.jdbc.sql.expr.Expr.And;
import org.kalamdb.jdbc.sql.expr.Expr.Arithmetic;
import org.kalamdb.jdbc.sql.expr.Expr.Between;
import org.kalamdb.jdbc.sql.expr.Expr.Call;
import org.kalamdb.jdbc.sql.expr.Expr.Case;
import org.kalamdb.jdbc.sql.expr.Expr.Cast;
import org.kalamdb.jdbc.sql.expr.Expr.Coalesce;
import org.kalamdb.jdbc.sql.expr.Expr.ColumnRef;
import org.kalamdb.jdbc.sql.expr.Expr.Comparison;
import org.kalamdb.jdbc.sql.expr.Expr.Concat;
import org.kalamdb.jdbc.sql.expr.Expr.Default;
import org.kalamdb.jdbc.sql.expr.Expr.In;
import org.kalamdb.jdbc.sql.expr.Expr.IsBoolean;
import org.kalamdb.jdbc.sql.expr.Expr.IsDistinct;
import org.kalamdb.jdbc.sql.expr.Expr.IsNull;
import org.kalamdb.jdbc.sql.expr.Expr.Like;
import org.kalamdb.jdbc.sql.expr.Expr.Literal;
import org.kalamdb.jdbc.sql.expr.Expr.Negate;
import org.kalamdb.jdbc.sql.expr.Expr.Not;
import org.kalamdb.jdbc.sql.expr.Expr.NullIf;
import org.kalamdb.jdbc.sql.expr.Expr.Or;
import org.kalamdb.jdbc.sql.expr.Expr.Parameter;
import org.kalamdb.jdbc.sql.expr.Expr.When;

/**
 * Renders an {@link Expr} as PostgreSQL-style text: identifiers that need it are quoted,
 * parameters are {@code $n}, compound operands are parenthesised. Used for messages, plan
 * descriptions and tests; it is not the text sent to KalamDB.
 */
public final class ExprSql implements Expr.Visitor<String> {

    /** SQL-standard functions written without parentheses. */
    private static final Set<String> NILADIC = Set.of("current_timestamp", "current_date", "current_time",
            "localtimestamp", "localtime", "current_user", "session_user", "current_schema", "current_catalog");

    private static final ExprSql INSTANCE = new ExprSql();

    private ExprSql() {
    }

    public static String render(Expr e) {
        return e.accept(INSTANCE);
    }

    /** A literal value as SQL text. */
    public static String literal(Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (v instanceof Long || v instanceof BigDecimal) {
            return SqlValues.toText(v);
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? SqlValues.formatDouble(d) : quote(SqlValues.formatDouble(d)) + "::float8";
        }
        if (v instanceof LocalDate) {
            return "DATE " + quote(SqlValues.toText(v));
        }
        if (v instanceof LocalTime) {
            return "TIME " + quote(SqlValues.toText(v));
        }
        if (v instanceof LocalDateTime) {
            return "TIMESTAMP " + quote(SqlValues.toText(v));
        }
        if (v instanceof OffsetDateTime) {
            return "TIMESTAMPTZ " + quote(SqlValues.toText(v));
        }
        return quote(SqlValues.toText(v));
    }

    /** {@code 'text'} with embedded quotes doubled. */
    public static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** An identifier, double-quoted unless it is a plain lower-case name. */
    public static String identifier(String name) {
        if (name.matches("[a-z_][a-z0-9_$]*")) {
            return name;
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private String operand(Expr e) {
        String s = e.accept(this);
        boolean atomic = e instanceof ColumnRef || e instanceof Literal || e instanceof Parameter
                || e instanceof Call || e instanceof Cast || e instanceof Coalesce || e instanceof NullIf
                || e instanceof Case || e instanceof Default;
        return atomic ? s : "(" + s + ")";
    }

    @Override
    public String visit(ColumnRef e) {
        return e.qualifier() == null ? identifier(e.name()) : e.qualifier() + "." + identifier(e.name());
    }

    @Override
    public String visit(Literal e) {
        return literal(e.value());
    }

    @Override
    public String visit(Parameter e) {
        return "$" + e.index();
    }

    @Override
    public String visit(Arithmetic e) {
        return operand(e.left()) + " " + e.op().symbol() + " " + operand(e.right());
    }

    @Override
    public String visit(Negate e) {
        return "-" + operand(e.operand());
    }

    @Override
    public String visit(Concat e) {
        return operand(e.left()) + " || " + operand(e.right());
    }

    @Override
    public String visit(Comparison e) {
        return operand(e.left()) + " " + e.op().symbol() + " " + operand(e.right());
    }

    @Override
    public String visit(IsDistinct e) {
        return operand(e.left()) + (e.negated() ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ") + operand(e.right());
    }

    @Override
    public String visit(And e) {
        // AND is associative: a chain needs no inner parentheses
        return (e.left() instanceof And ? e.left().accept(this) : operand(e.left())) + " AND "
                + (e.right() instanceof And ? e.right().accept(this) : operand(e.right()));
    }

    @Override
    public String visit(Or e) {
        return (e.left() instanceof Or ? e.left().accept(this) : operand(e.left())) + " OR "
                + (e.right() instanceof Or ? e.right().accept(this) : operand(e.right()));
    }

    @Override
    public String visit(Not e) {
        return "NOT " + operand(e.operand());
    }

    @Override
    public String visit(In e) {
        StringJoiner values = new StringJoiner(", ", "(", ")");
        e.values().forEach(v -> values.add(v.accept(this)));
        return operand(e.operand()) + (e.negated() ? " NOT IN " : " IN ") + values;
    }

    @Override
    public String visit(Between e) {
        return operand(e.operand()) + (e.negated() ? " NOT BETWEEN " : " BETWEEN ") + operand(e.low())
                + " AND " + operand(e.high());
    }

    @Override
    public String visit(Like e) {
        String op = (e.negated() ? " NOT " : " ") + (e.caseInsensitive() ? "ILIKE " : "LIKE ");
        String escape = e.escape() == null ? "" : " ESCAPE " + operand(e.escape());
        return operand(e.operand()) + op + operand(e.pattern()) + escape;
    }

    @Override
    public String visit(IsNull e) {
        return operand(e.operand()) + (e.negated() ? " IS NOT NULL" : " IS NULL");
    }

    @Override
    public String visit(IsBoolean e) {
        return operand(e.operand()) + (e.negated() ? " IS NOT " : " IS ") + (e.value() ? "TRUE" : "FALSE");
    }

    @Override
    public String visit(Case e) {
        StringBuilder sb = new StringBuilder("CASE");
        if (e.operand() != null) {
            sb.append(' ').append(operand(e.operand()));
        }
        for (When w : e.whens()) {
            sb.append(" WHEN ").append(w.condition().accept(this)).append(" THEN ").append(w.result().accept(this));
        }
        if (e.otherwise() != null) {
            sb.append(" ELSE ").append(e.otherwise().accept(this));
        }
        return sb.append(" END").toString();
    }

    @Override
    public String visit(Coalesce e) {
        StringJoiner args = new StringJoiner(", ", "COALESCE(", ")");
        e.args().forEach(a -> args.add(a.accept(this)));
        return args.toString();
    }

    @Override
    public String visit(NullIf e) {
        return "NULLIF(" + e.left().accept(this) + ", " + e.right().accept(this) + ")";
    }

    @Override
    public String visit(Cast e) {
        return "CAST(" + e.operand().accept(this) + " AS " + e.type().sqlName() + ")";
    }

    @Override
    public String visit(Call e) {
        if (e.args().isEmpty() && NILADIC.contains(e.name())) {
            return e.name().toUpperCase(java.util.Locale.ROOT);
        }
        StringJoiner args = new StringJoiner(", ", e.name() + "(", ")");
        e.args().forEach(a -> args.add(a.accept(this)));
        return args.toString();
    }

    @Override
    public String visit(Default e) {
        return "DEFAULT";
    }
}
