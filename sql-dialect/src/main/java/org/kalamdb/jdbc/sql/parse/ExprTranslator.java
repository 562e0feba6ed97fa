package org.kalamdb.jdbc.sql.parse;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DateUnitExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsDistinctExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.OldOracleJoinBinaryExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.ddl.PgTypes;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.expr.Expr.ArithmeticOp;
import org.kalamdb.jdbc.sql.expr.Expr.ComparisonOp;
import org.kalamdb.jdbc.sql.expr.SqlValues;
import org.kalamdb.jdbc.types.KalamType;

/**
 * JSqlParser expressions to {@link Expr}. Anything outside the supported subset (subqueries, row
 * constructors, JSON operators, aggregates, window functions, arrays, ...) raises
 * {@link NotTranslatable}; malformed constants raise {@link SqlDialectException}.
 */
final class ExprTranslator {

    /** Unquoted "column names" that are really SQL-standard niladic functions in PostgreSQL. */
    private static final Set<String> NILADIC_KEYWORDS = Set.of("current_user", "session_user", "user",
            "current_role", "localtimestamp", "localtime", "current_schema", "current_catalog",
            "current_timestamp", "current_date", "current_time");

    private static final Set<String> AGGREGATES = Set.of("count", "sum", "avg", "min", "max", "array_agg",
            "string_agg", "bool_and", "bool_or", "every", "json_agg", "jsonb_agg", "json_object_agg",
            "jsonb_object_agg", "stddev", "variance", "any", "all", "some");

    private ExprTranslator() {
    }

    static Expr translate(Expression e) {
        if (e instanceof Column c) {
            return column(c);
        }
        if (e instanceof LongValue v) {
            return integer(v.getStringValue());
        }
        if (e instanceof DoubleValue v) {
            return Expr.Literal.of(new BigDecimal(v.toString()));
        }
        if (e instanceof StringValue v) {
            if (v.getPrefix() != null && !v.getPrefix().isEmpty()) {
                throw new NotTranslatable("string prefix " + v.getPrefix());
            }
            return Expr.Literal.of(v.getNotExcapedValue());
        }
        if (e instanceof NullValue) {
            return Expr.Literal.NULL;
        }
        if (e instanceof BooleanValue b) {
            return b.getValue() ? Expr.Literal.TRUE : Expr.Literal.FALSE;
        }
        if (e instanceof DateTimeLiteralExpression d) {
            return typedLiteral(d);
        }
        if (e instanceof JdbcParameter p) {
            if (!p.isUseFixedIndex() || p.getIndex() == null) {
                throw new NotTranslatable("operator ?");
            }
            return new Expr.Parameter(p.getIndex());
        }
        if (e instanceof TimeKeyExpression t) {
            String key = t.getStringValue().toLowerCase(Locale.ROOT);
            int paren = key.indexOf('(');
            return Expr.Call.of(paren < 0 ? key.trim() : key.substring(0, paren).trim());
        }
        if (e instanceof DateUnitExpression d) {
            return Expr.ColumnRef.of(d.toString().toLowerCase(Locale.ROOT));
        }
        if (e instanceof SignedExpression s) {
            return signed(s);
        }
        if (e instanceof ParenthesedExpressionList<?> list) {
            if (list.size() != 1) {
                throw new NotTranslatable("row constructor");
            }
            return translate(list.get(0));
        }
        if (e instanceof NotExpression n) {
            return new Expr.Not(translate(n.getExpression()));
        }
        if (e instanceof CaseExpression c) {
            return caseExpr(c);
        }
        if (e instanceof CastExpression c) {
            return cast(c);
        }
        if (e instanceof Function f) {
            return function(f);
        }
        if (e instanceof InExpression in) {
            return in(in);
        }
        if (e instanceof Between b) {
            if (b.isUsingSymmetric()) {
                throw new NotTranslatable("BETWEEN SYMMETRIC");
            }
            return new Expr.Between(translate(b.getLeftExpression()), translate(b.getBetweenExpressionStart()),
                    translate(b.getBetweenExpressionEnd()), b.isNot());
        }
        if (e instanceof LikeExpression l) {
            return like(l);
        }
        if (e instanceof IsNullExpression n) {
            return new Expr.IsNull(translate(n.getLeftExpression()), n.isNot());
        }
        if (e instanceof IsBooleanExpression b) {
            return new Expr.IsBoolean(translate(b.getLeftExpression()), b.isTrue(), b.isNot());
        }
        if (e instanceof IsDistinctExpression d) {
            return new Expr.IsDistinct(translate(d.getLeftExpression()), translate(d.getRightExpression()), d.isNot());
        }
        if (e instanceof BinaryExpression b) {
            return binary(b);
        }
        throw new NotTranslatable(e.getClass().getSimpleName());
    }

    static List<Expr> translateAll(List<? extends Expression> list) {
        List<Expr> out = new ArrayList<>(list.size());
        for (Expression e : list) {
            out.add(translate(e));
        }
        return out;
    }

    private static Expr column(Column c) {
        if (c.getArrayConstructor() != null) {
            throw new NotTranslatable("array subscript");
        }
        String raw = c.getColumnName();
        boolean quoted = raw.startsWith("\"");
        String name = Names.fold(raw);
        if (c.getTable() == null || c.getTable().getName() == null) {
            if (!quoted && name.equals("default")) {
                return Expr.Default.INSTANCE;
            }
            if (!quoted && NILADIC_KEYWORDS.contains(name)) {
                return Expr.Call.of(name.equals("user") ? "current_user" : name);
            }
            return Expr.ColumnRef.of(name);
        }
        return new Expr.ColumnRef(qualifier(c), name);
    }

    /** The folded qualifier written before a column: {@code t} or {@code schema.t}. */
    private static String qualifier(Column c) {
        List<String> parts = c.getTable().getNameParts(); // innermost first
        StringBuilder sb = new StringBuilder();
        for (int i = Math.min(parts.size(), 2) - 1; i >= 0; i--) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(Names.fold(parts.get(i)));
        }
        return sb.toString();
    }

    private static Expr integer(String digits) {
        BigInteger b = new BigInteger(digits);
        return b.bitLength() < 64 ? Expr.Literal.of(b.longValue()) : Expr.Literal.of(new BigDecimal(b));
    }

    private static Expr signed(SignedExpression s) {
        Expr inner = translate(s.getExpression());
        switch (s.getSign()) {
            case '+':
                return inner;
            case '-':
                if (inner instanceof Expr.Literal l && l.value() instanceof Long v && v != Long.MIN_VALUE) {
                    return Expr.Literal.of(-v);
                }
                if (inner instanceof Expr.Literal l && l.value() instanceof BigDecimal d) {
                    BigDecimal neg = d.negate();
                    if (neg.scale() <= 0 && neg.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) == 0) {
                        return Expr.Literal.of(Long.MIN_VALUE);
                    }
                    return Expr.Literal.of(neg);
                }
                return new Expr.Negate(inner);
            default:
                throw new NotTranslatable("operator " + s.getSign());
        }
    }

    private static Expr typedLiteral(DateTimeLiteralExpression d) {
        String v = d.getValue();
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            v = v.substring(1, v.length() - 1).replace("''", "'");
        }
        return switch (d.getType()) {
            case DATE -> Expr.Literal.of(SqlValues.parseDate(v));
            case TIME -> Expr.Literal.of(SqlValues.parseTime(v));
            case TIMESTAMP, DATETIME -> Expr.Literal.of(SqlValues.parseTimestamp(v));
            case TIMESTAMPTZ -> Expr.Literal.of(SqlValues.parseTimestampTz(v));
        };
    }

    private static Expr caseExpr(CaseExpression c) {
        List<Expr.When> whens = new ArrayList<>();
        for (WhenClause w : c.getWhenClauses()) {
            whens.add(new Expr.When(translate(w.getWhenExpression()), translate(w.getThenExpression())));
        }
        Expr operand = c.getSwitchExpression() == null ? null : translate(c.getSwitchExpression());
        Expr otherwise = c.getElseExpression() == null ? null : translate(c.getElseExpression());
        return new Expr.Case(operand, whens, otherwise);
    }

    private static Expr cast(CastExpression c) {
        if (c.keyword != null && !c.keyword.equalsIgnoreCase("cast")) {
            throw new NotTranslatable(c.keyword);
        }
        if (c.getColDataType() == null || c.getColumnDefinitions() != null && !c.getColumnDefinitions().isEmpty()) {
            throw new NotTranslatable("cast");
        }
        KalamType type;
        try {
            type = PgTypes.forCast(c.getColDataType().toString());
        } catch (SqlDialectException ex) {
            // a type KalamDB does not have (regclass, interval, ...): the general engine may know it
            throw new NotTranslatable("cast to " + c.getColDataType());
        }
        if (type.kind() == KalamType.Kind.EMBEDDING) {
            throw new NotTranslatable("cast to a vector"); // vector arithmetic is the general engine's
        }
        return new Expr.Cast(translate(c.getLeftExpression()), type);
    }

    private static Expr function(Function f) {
        if (f.isAllColumns() || f.isDistinct() || f.isUnique() || f.getNamedParameters() != null
                || f.getOrderByElements() != null || f.getKeep() != null || f.getAttribute() != null
                || f.getNullHandling() != null || f.getHavingClause() != null || f.getLimit() != null
                || f.isEscaped() || f.getChainedParameters() != null || f.getExtraKeyword() != null) {
            throw new NotTranslatable("function modifiers");
        }
        List<String> parts = f.getMultipartName();
        if (parts.size() > 2 || (parts.size() == 2 && !isDefaultSchema(parts.get(0)))) {
            throw new NotTranslatable("qualified function");
        }
        String name = Names.fold(parts.get(parts.size() - 1));
        if (AGGREGATES.contains(name)) {
            throw new NotTranslatable("aggregate " + name);
        }
        ExpressionList<?> params = f.getParameters();
        List<Expr> args = params == null ? List.of() : translateAll(params);
        return switch (name) {
            case "coalesce" -> {
                if (args.isEmpty()) {
                    throw new NotTranslatable("coalesce()");
                }
                yield new Expr.Coalesce(args);
            }
            case "nullif" -> {
                if (args.size() != 2) {
                    throw new NotTranslatable("nullif arity");
                }
                yield new Expr.NullIf(args.get(0), args.get(1));
            }
            default -> new Expr.Call(name, args);
        };
    }

    private static boolean isDefaultSchema(String schema) {
        String s = Names.fold(schema);
        return s.equals("pg_catalog") || s.equals("public") || s.equals("kalam");
    }

    private static Expr in(InExpression in) {
        if (in.isGlobal() || in.getOldOracleJoinSyntax() != 0) {
            throw new NotTranslatable("IN");
        }
        if (!(in.getRightExpression() instanceof ExpressionList<?> list) || list.isEmpty()) {
            throw new NotTranslatable("IN subquery");
        }
        if (in.getLeftExpression() instanceof ParenthesedExpressionList<?> left && left.size() != 1) {
            throw new NotTranslatable("row IN");
        }
        return new Expr.In(translate(in.getLeftExpression()), translateAll(list), in.isNot());
    }

    private static Expr like(LikeExpression l) {
        boolean ci;
        switch (l.getLikeKeyWord()) {
            case LIKE -> ci = false;
            case ILIKE -> ci = true;
            default -> throw new NotTranslatable(l.getLikeKeyWord().toString());
        }
        if (l.isUseBinary()) {
            throw new NotTranslatable("LIKE BINARY");
        }
        Expr escape = l.getEscape() == null ? null : translate(l.getEscape());
        return new Expr.Like(translate(l.getLeftExpression()), translate(l.getRightExpression()), escape, ci, l.isNot());
    }

    private static Expr binary(BinaryExpression b) {
        if (b instanceof OldOracleJoinBinaryExpression o && o.getOldOracleJoinSyntax() != 0) {
            throw new NotTranslatable("(+)");
        }
        ArithmeticOp arithmetic = arithmeticOp(b);
        if (arithmetic != null) {
            return new Expr.Arithmetic(arithmetic, translate(b.getLeftExpression()), translate(b.getRightExpression()));
        }
        ComparisonOp comparison = comparisonOp(b);
        if (comparison != null) {
            return new Expr.Comparison(comparison, translate(b.getLeftExpression()), translate(b.getRightExpression()));
        }
        if (b instanceof Concat) {
            return new Expr.Concat(translate(b.getLeftExpression()), translate(b.getRightExpression()));
        }
        if (b instanceof AndExpression) {
            return new Expr.And(translate(b.getLeftExpression()), translate(b.getRightExpression()));
        }
        if (b instanceof OrExpression) {
            return new Expr.Or(translate(b.getLeftExpression()), translate(b.getRightExpression()));
        }
        throw new NotTranslatable("operator " + b.getStringExpression());
    }

    private static ArithmeticOp arithmeticOp(BinaryExpression b) {
        if (b instanceof Addition) {
            return ArithmeticOp.ADD;
        }
        if (b instanceof Subtraction) {
            return ArithmeticOp.SUBTRACT;
        }
        if (b instanceof Multiplication) {
            return ArithmeticOp.MULTIPLY;
        }
        if (b instanceof Division) {
            return ArithmeticOp.DIVIDE;
        }
        if (b instanceof Modulo) {
            return ArithmeticOp.MODULO;
        }
        return null;
    }

    private static ComparisonOp comparisonOp(BinaryExpression b) {
        if (b instanceof EqualsTo) {
            return ComparisonOp.EQ;
        }
        if (b instanceof NotEqualsTo) {
            return ComparisonOp.NE;
        }
        if (b instanceof GreaterThan) {
            return ComparisonOp.GT;
        }
        if (b instanceof GreaterThanEquals) {
            return ComparisonOp.GE;
        }
        if (b instanceof MinorThan) {
            return ComparisonOp.LT;
        }
        if (b instanceof MinorThanEquals) {
            return ComparisonOp.LE;
        }
        return null;
    }
}
