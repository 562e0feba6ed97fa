package org.kalamdb.server.sql.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
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
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.server.sql.EngineError;

/**
 * Compiles JSqlParser expressions into {@link Compiled} evaluators with DataFusion's result types
 * and display names. Column references go through a {@link ColumnResolver}; an optional
 * {@link Interceptor} lets aggregate queries substitute GROUP BY keys and aggregate calls.
 */
public final class ExpressionCompiler {

    /** Resolves a column reference (input columns, or an error in aggregate output). */
    @FunctionalInterface
    public interface ColumnResolver {
        Compiled resolve(Column column);
    }

    /** Returns a replacement for a whole sub-expression, or null to compile it normally. */
    @FunctionalInterface
    public interface Interceptor {
        Compiled intercept(Expression expression);
    }

    private final ColumnResolver columns;
    private final Interceptor interceptor;
    private final ScalarFunctions functions;

    public ExpressionCompiler(ColumnResolver columns, Interceptor interceptor, EvalContext context) {
        this.columns = columns;
        this.interceptor = interceptor;
        this.functions = new ScalarFunctions(context);
    }

    public Compiled compile(Expression e) {
        if (interceptor != null) {
            Compiled replaced = interceptor.intercept(e);
            if (replaced != null) {
                return replaced;
            }
        }
        if (e instanceof Column c) {
            Compiled special = functions.keywordColumn(c);
            return special != null ? special : columns.resolve(c);
        }
        if (e instanceof LongValue v) {
            long value = v.getValue();
            return literal(value, ArrowType.INT64, "Int64(" + value + ")");
        }
        if (e instanceof DoubleValue v) {
            return literal(v.getValue(), ArrowType.FLOAT64, "Float64(" + RustFloat.display(v.getValue()) + ")");
        }
        if (e instanceof StringValue v) {
            // getValue() is the text between the quotes as written ('it''s' keeps both quotes);
            // SQL, and KalamDB with it, reads a doubled quote inside a literal as one.
            String text = v.getNotExcapedValue();
            return literal(text, ArrowType.UTF8, "Utf8(\"" + text + "\")");
        }
        if (e instanceof BooleanValue v) {
            return literal(v.getValue(), ArrowType.BOOL, "Boolean(" + v.getValue() + ")");
        }
        if (e instanceof NullValue) {
            return literal(null, ArrowTypes.NULL, "NULL");
        }
        if (e instanceof SignedExpression s) {
            return signed(s);
        }
        if (e instanceof ParenthesedExpressionList<?> p && p.size() == 1) {
            return compile(p.get(0));
        }
        if (e instanceof AndExpression a) {
            return logical(compile(a.getLeftExpression()), compile(a.getRightExpression()), true);
        }
        if (e instanceof OrExpression o) {
            return logical(compile(o.getLeftExpression()), compile(o.getRightExpression()), false);
        }
        if (e instanceof NotExpression n) {
            Compiled inner = compile(n.getExpression());
            return Compiled.computed(row -> {
                Object v = inner.eval().eval(row);
                return v == null ? null : !truth(v);
            }, ArrowType.BOOL, true, "NOT " + inner.display());
        }
        if (e instanceof ComparisonOperator c) {
            return comparison(c.getStringExpression(), compile(c.getLeftExpression()), compile(c.getRightExpression()));
        }
        if (e instanceof Addition || e instanceof Subtraction || e instanceof Multiplication || e instanceof Division
                || e instanceof Modulo) {
            BinaryExpression b = (BinaryExpression) e;
            return arithmetic(b.getStringExpression(), compile(b.getLeftExpression()), compile(b.getRightExpression()));
        }
        if (e instanceof Concat c) {
            return concat(compile(c.getLeftExpression()), compile(c.getRightExpression()));
        }
        if (e instanceof InExpression in) {
            return in(in);
        }
        if (e instanceof Between b) {
            return between(b);
        }
        if (e instanceof LikeExpression l) {
            return like(l);
        }
        if (e instanceof IsNullExpression n) {
            Compiled inner = compile(n.getLeftExpression());
            boolean not = n.isNot();
            return Compiled.computed(row -> (inner.eval().eval(row) == null) != not, ArrowType.BOOL, false,
                    inner.display() + (not ? " IS NOT NULL" : " IS NULL"));
        }
        if (e instanceof IsBooleanExpression b) {
            Compiled inner = compile(b.getLeftExpression());
            boolean wantTrue = b.isTrue();
            boolean not = b.isNot();
            return Compiled.computed(row -> {
                Object v = inner.eval().eval(row);
                boolean matches = v != null && truth(v) == wantTrue;
                return matches != not;
            }, ArrowType.BOOL, false, inner.display() + " IS " + (not ? "NOT " : "") + (wantTrue ? "TRUE" : "FALSE"));
        }
        if (e instanceof CastExpression c) {
            return Coercions.cast(compile(c.getLeftExpression()), c.getColDataType().toString());
        }
        if (e instanceof Function f) {
            if (Aggregates.isAggregate(f.getName().toLowerCase(Locale.ROOT))) {
                throw new AggregateInScalarContext(f.getName());
            }
            List<Compiled> args = new ArrayList<>();
            ExpressionList<?> params = f.getParameters();
            if (params != null) {
                for (Expression p : params) {
                    args.add(compile(p));
                }
            }
            return functions.call(f, args);
        }
        if (e instanceof TimeKeyExpression t) {
            return functions.timeKeyword(t.getStringValue());
        }
        if (e instanceof CaseExpression c) {
            return caseWhen(c);
        }
        throw EngineError.notImplemented("Unsupported SQL expression: " + e);
    }

    private static Compiled literal(Object value, ArrowType type, String display) {
        return Compiled.computed(row -> value, type, value == null, display);
    }

    private Compiled signed(SignedExpression s) {
        if (s.getSign() == '+') {
            return compile(s.getExpression());
        }
        if (s.getExpression() instanceof LongValue v) {
            long value = -v.getValue();
            return literal(value, ArrowType.INT64, "Int64(" + value + ")");
        }
        if (s.getExpression() instanceof DoubleValue v) {
            double value = -v.getValue();
            return literal(value, ArrowType.FLOAT64, "Float64(" + RustFloat.display(value) + ")");
        }
        Compiled inner = compile(s.getExpression());
        requireNumeric(inner, "-");
        return Compiled.computed(row -> {
            Object v = inner.eval().eval(row);
            return v == null ? null : SqlOps.arithmetic("-", 0L, (Number) v);
        }, inner.type(), true, "(- " + inner.display() + ")");
    }

    static boolean truth(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new EngineError("Error during planning: Cannot evaluate " + ArrowTypes.display(ArrowTypes.ofValue(v))
                + " as a boolean");
    }

    private static Compiled logical(Compiled l, Compiled r, boolean and) {
        String display = l.display() + (and ? " AND " : " OR ") + r.display();
        return Compiled.computed(row -> {
            Object a = l.eval().eval(row);
            if (a != null && truth(a) != and) {
                return !and;
            }
            Object b = r.eval().eval(row);
            if (b != null && truth(b) != and) {
                return !and;
            }
            return a == null || b == null ? null : and;
        }, ArrowType.BOOL, true, display);
    }

    private static Compiled comparison(String op, Compiled left, Compiled right) {
        Compiled[] pair = Coercions.coercePair(left, right);
        Compiled l = pair[0];
        Compiled r = pair[1];
        String shown = op.equals("<>") ? "!=" : op;
        return Compiled.computed(row -> {
            Object a = l.eval().eval(row);
            Object b = r.eval().eval(row);
            if (a == null || b == null) {
                return null;
            }
            int c = SqlOps.compare(a, b);
            return switch (shown) {
                case "=" -> c == 0;
                case "!=" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                default -> throw EngineError.notImplemented("operator " + op);
            };
        }, ArrowType.BOOL, true, left.display() + " " + shown + " " + right.display());
    }

    private static void requireNumeric(Compiled c, String op) {
        if (!ArrowTypes.isNumeric(c.type()) && !(c.type() instanceof ArrowType.Null)) {
            throw new EngineError("Error during planning: Cannot coerce arithmetic expression "
                    + ArrowTypes.display(c.type()) + " " + op + " ... to valid types");
        }
    }

    private static Compiled arithmetic(String op, Compiled l, Compiled r) {
        Compiled[] pair = Coercions.coercePair(l, r);
        Compiled a = pair[0];
        Compiled b = pair[1];
        requireNumeric(a, op);
        requireNumeric(b, op);
        ArrowType type = arithmeticType(a.type(), b.type());
        return Compiled.computed(row -> {
            Object x = a.eval().eval(row);
            Object y = b.eval().eval(row);
            if (x == null || y == null) {
                return null;
            }
            return SqlOps.arithmetic(op, (Number) x, (Number) y);
        }, type, true, l.display() + " " + op + " " + r.display());
    }

    private static ArrowType arithmeticType(ArrowType a, ArrowType b) {
        if (ArrowTypes.isFloat(a) || ArrowTypes.isFloat(b)) {
            return ArrowType.FLOAT64;
        }
        if (a instanceof ArrowType.Decimal da) {
            return b instanceof ArrowType.Decimal db
                    ? new ArrowType.Decimal(38, Math.max(da.scale(), db.scale()), 128) : new ArrowType.Decimal(38, da.scale(), 128);
        }
        if (b instanceof ArrowType.Decimal db) {
            return new ArrowType.Decimal(38, db.scale(), 128);
        }
        return ArrowType.INT64;
    }

    private static Compiled concat(Compiled l, Compiled r) {
        return Compiled.computed(row -> {
            Object a = l.eval().eval(row);
            Object b = r.eval().eval(row);
            if (a == null || b == null) {
                return null;
            }
            return ValueCasts.toText(a) + ValueCasts.toText(b);
        }, ArrowType.UTF8, true, l.display() + " || " + r.display());
    }

    private Compiled in(InExpression in) {
        if (!(in.getRightExpression() instanceof ExpressionList<?> list)) {
            throw EngineError.notImplemented("IN with a subquery");
        }
        Compiled left = compile(in.getLeftExpression());
        List<Compiled> items = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Expression item : list) {
            Compiled c = Coercions.coercePair(left, compile(item))[1];
            items.add(c);
            shown.add(c.display());
        }
        Compiled probe = items.isEmpty() ? left : Coercions.coercePair(left, items.get(0))[0];
        boolean not = in.isNot();
        return Compiled.computed(row -> {
            Object v = probe.eval().eval(row);
            if (v == null) {
                return null;
            }
            boolean sawNull = false;
            for (Compiled c : items) {
                Object x = c.eval().eval(row);
                if (x == null) {
                    sawNull = true;
                } else if (SqlOps.compare(v, x) == 0) {
                    return !not;
                }
            }
            return sawNull ? null : not;
        }, ArrowType.BOOL, true, left.display() + (not ? " NOT IN (" : " IN (") + String.join(", ", shown) + ")");
    }

    private Compiled between(Between b) {
        Compiled value = compile(b.getLeftExpression());
        Compiled low = compile(b.getBetweenExpressionStart());
        Compiled high = compile(b.getBetweenExpressionEnd());
        Compiled ge = comparison(">=", value, low);
        Compiled le = comparison("<=", value, high);
        Compiled both = logical(ge, le, true);
        boolean not = b.isNot();
        String display = value.display() + (not ? " NOT BETWEEN " : " BETWEEN ") + low.display() + " AND " + high.display();
        return Compiled.computed(row -> {
            Object v = both.eval().eval(row);
            return v == null ? null : ((Boolean) v) != not;
        }, ArrowType.BOOL, true, display);
    }

    private Compiled like(LikeExpression l) {
        Compiled value = compile(l.getLeftExpression());
        Compiled pattern = compile(l.getRightExpression());
        String keyword = l.getLikeKeyWord() == null ? "LIKE" : l.getLikeKeyWord().name();
        boolean ci = keyword.equals("ILIKE");
        boolean not = l.isNot();
        return Compiled.computed(row -> {
            Object v = value.eval().eval(row);
            Object p = pattern.eval().eval(row);
            if (v == null || p == null) {
                return null;
            }
            return SqlOps.like(ValueCasts.toText(v), ValueCasts.toText(p), ci) != not;
        }, ArrowType.BOOL, true, value.display() + (not ? " NOT " : " ") + (ci ? "ILIKE " : "LIKE ") + pattern.display());
    }

    private Compiled caseWhen(CaseExpression c) {
        Compiled subject = c.getSwitchExpression() == null ? null : compile(c.getSwitchExpression());
        List<Compiled[]> branches = new ArrayList<>();
        StringBuilder display = new StringBuilder("CASE");
        if (subject != null) {
            display.append(' ').append(subject.display());
        }
        ArrowType type = ArrowTypes.NULL;
        for (WhenClause w : c.getWhenClauses()) {
            Compiled when = subject == null ? compile(w.getWhenExpression())
                    : comparison("=", subject, compile(w.getWhenExpression()));
            Compiled then = compile(w.getThenExpression());
            if (type instanceof ArrowType.Null) {
                type = then.type();
            }
            branches.add(new Compiled[] {when, then});
            display.append(" WHEN ").append(when.display()).append(" THEN ").append(then.display());
        }
        Compiled otherwise = c.getElseExpression() == null ? null : compile(c.getElseExpression());
        if (otherwise != null) {
            display.append(" ELSE ").append(otherwise.display());
            if (type instanceof ArrowType.Null) {
                type = otherwise.type();
            }
        }
        display.append(" END");
        return Compiled.computed(row -> {
            for (Compiled[] branch : branches) {
                Object w = branch[0].eval().eval(row);
                if (w != null && truth(w)) {
                    return branch[1].eval().eval(row);
                }
            }
            return otherwise == null ? null : otherwise.eval().eval(row);
        }, type, true, display.toString());
    }
}
