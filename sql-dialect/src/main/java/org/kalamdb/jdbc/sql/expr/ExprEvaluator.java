package org.kalamdb.jdbc.sql.expr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;
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
 * Evaluates an {@link Expr} against one row and the bound parameters, with PostgreSQL semantics:
 * three-valued logic (NULL is "unknown"; {@code AND} is false if either side is false,
 * {@code OR} true if either side is true), NULL propagation through operators and most
 * functions, numeric promotion bigint → numeric → double precision, string literals read as the
 * type they meet. Results are runtime values as described in {@link SqlValues}.
 *
 * <p>Built-in functions: {@code lower}, {@code upper}, {@code length}/{@code char_length},
 * {@code abs}, {@code round(x[, n])}, {@code now}/{@code current_timestamp} (and
 * {@code transaction_timestamp}, {@code statement_timestamp}, {@code clock_timestamp},
 * {@code localtimestamp}, {@code current_date}, {@code current_time}), {@code snowflake_id}.
 * Every other function goes to {@link EvaluationContext#call}.
 *
 * <p>Thread-safe: holds only the context.
 */
public final class ExprEvaluator {

    private final EvaluationContext context;

    public ExprEvaluator(EvaluationContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * The value of {@code expr} for {@code row}.
     *
     * @param parameters bound values, index 0 holding parameter 1; values as in {@link SqlValues#normalise}
     * @throws SqlDialectException with the SQLState PostgreSQL would raise
     */
    public Object evaluate(Expr expr, RowValues row, List<?> parameters) {
        return expr.accept(new Evaluation(row, parameters));
    }

    /** The value of {@code expr} where no row is in scope (INSERT values, FROM-less SELECT). */
    public Object evaluate(Expr expr, List<?> parameters) {
        return evaluate(expr, RowValues.EMPTY, parameters);
    }

    /**
     * A predicate's three-valued result: {@link Boolean#TRUE}, {@link Boolean#FALSE} or null
     * (unknown).
     *
     * @throws SqlDialectException 42804 when the expression is not boolean
     */
    public Boolean test(Expr predicate, RowValues row, List<?> parameters) {
        return asBoolean(evaluate(predicate, row, parameters), "WHERE");
    }

    /** WHERE semantics: true only when the predicate is TRUE (unknown filters the row out). */
    public boolean matches(Expr predicate, RowValues row, List<?> parameters) {
        return Boolean.TRUE.equals(test(predicate, row, parameters));
    }

    static Boolean asBoolean(Object v, String clause) {
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        if (v instanceof String s) {
            return SqlValues.parseBoolean(s);
        }
        throw new SqlDialectException(SqlStates.DATATYPE_MISMATCH,
                "argument of " + clause + " must be type boolean, not type " + SqlValues.typeName(v));
    }

    /** One evaluation: the row and parameters in scope. */
    private final class Evaluation implements Expr.Visitor<Object> {

        private final RowValues row;
        private final List<?> parameters;

        Evaluation(RowValues row, List<?> parameters) {
            this.row = row;
            this.parameters = parameters;
        }

        private Object eval(Expr e) {
            return e.accept(this);
        }

        @Override
        public Object visit(ColumnRef e) {
            return SqlValues.normalise(row.get(e.name()));
        }

        @Override
        public Object visit(Literal e) {
            return e.value();
        }

        @Override
        public Object visit(Parameter e) {
            if (e.index() > parameters.size()) {
                throw new SqlDialectException(SqlStates.PARAMETER_NOT_BOUND,
                        "no value specified for parameter " + e.index());
            }
            return SqlValues.normalise(parameters.get(e.index() - 1));
        }

        @Override
        public Object visit(Arithmetic e) {
            Object left = eval(e.left());
            Object right = eval(e.right());
            if (left == null || right == null) {
                return null;
            }
            return NumericOps.apply(e.op(), left, right);
        }

        @Override
        public Object visit(Negate e) {
            Object v = eval(e.operand());
            return v == null ? null : NumericOps.negate(v);
        }

        @Override
        public Object visit(Concat e) {
            Object left = eval(e.left());
            Object right = eval(e.right());
            if (left == null || right == null) {
                return null;
            }
            return SqlValues.toText(left) + SqlValues.toText(right);
        }

        @Override
        public Object visit(Comparison e) {
            Object left = eval(e.left());
            Object right = eval(e.right());
            if (left == null || right == null) {
                return null;
            }
            int c = Comparisons.compare(left, right);
            return switch (e.op()) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
            };
        }

        @Override
        public Object visit(IsDistinct e) {
            Object left = eval(e.left());
            Object right = eval(e.right());
            boolean distinct;
            if (left == null || right == null) {
                distinct = left != right;
            } else {
                distinct = !Comparisons.equal(left, right);
            }
            return distinct != e.negated();
        }

        @Override
        public Object visit(And e) {
            Boolean left = asBoolean(eval(e.left()), "AND");
            if (Boolean.FALSE.equals(left)) {
                return false;
            }
            Boolean right = asBoolean(eval(e.right()), "AND");
            if (Boolean.FALSE.equals(right)) {
                return false;
            }
            return left == null || right == null ? null : Boolean.TRUE;
        }

        @Override
        public Object visit(Or e) {
            Boolean left = asBoolean(eval(e.left()), "OR");
            if (Boolean.TRUE.equals(left)) {
                return true;
            }
            Boolean right = asBoolean(eval(e.right()), "OR");
            if (Boolean.TRUE.equals(right)) {
                return true;
            }
            return left == null || right == null ? null : Boolean.FALSE;
        }

        @Override
        public Object visit(Not e) {
            Boolean v = asBoolean(eval(e.operand()), "NOT");
            return v == null ? null : !v;
        }

        @Override
        public Object visit(In e) {
            Object operand = eval(e.operand());
            if (operand == null) {
                return null;
            }
            boolean sawNull = false;
            for (Expr candidate : e.values()) {
                Object v = eval(candidate);
                if (v == null) {
                    sawNull = true;
                } else if (Comparisons.equal(operand, v)) {
                    return !e.negated();
                }
            }
            return sawNull ? null : e.negated();
        }

        @Override
        public Object visit(Between e) {
            Object operand = eval(e.operand());
            Object low = eval(e.low());
            Object high = eval(e.high());
            Boolean aboveLow = operand == null || low == null ? null : Comparisons.compare(operand, low) >= 0;
            Boolean belowHigh = operand == null || high == null ? null : Comparisons.compare(operand, high) <= 0;
            Boolean result;
            if (Boolean.FALSE.equals(aboveLow) || Boolean.FALSE.equals(belowHigh)) {
                result = false;
            } else if (aboveLow == null || belowHigh == null) {
                result = null;
            } else {
                result = true;
            }
            return result == null ? null : result != e.negated();
        }

        @Override
        public Object visit(Like e) {
            Object value = eval(e.operand());
            Object pattern = eval(e.pattern());
            Object escape = e.escape() == null ? null : eval(e.escape());
            if (value == null || pattern == null || (e.escape() != null && escape == null)) {
                return null;
            }
            boolean m = LikeMatcher.matches(SqlValues.toText(value), SqlValues.toText(pattern),
                    e.escape() == null ? null : SqlValues.toText(escape), e.caseInsensitive());
            return m != e.negated();
        }

        @Override
        public Object visit(IsNull e) {
            return (eval(e.operand()) == null) != e.negated();
        }

        @Override
        public Object visit(IsBoolean e) {
            Boolean v = asBoolean(eval(e.operand()), "IS " + (e.value() ? "TRUE" : "FALSE"));
            boolean is = v != null && v == e.value();
            return is != e.negated();
        }

        @Override
        public Object visit(Case e) {
            Object operand = e.operand() == null ? null : eval(e.operand());
            for (When w : e.whens()) {
                boolean taken;
                if (e.operand() == null) {
                    taken = Boolean.TRUE.equals(asBoolean(eval(w.condition()), "CASE/WHEN"));
                } else {
                    Object candidate = eval(w.condition());
                    taken = operand != null && candidate != null && Comparisons.equal(operand, candidate);
                }
                if (taken) {
                    return eval(w.result());
                }
            }
            return e.otherwise() == null ? null : eval(e.otherwise());
        }

        @Override
        public Object visit(Coalesce e) {
            for (Expr arg : e.args()) {
                Object v = eval(arg);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }

        @Override
        public Object visit(NullIf e) {
            Object left = eval(e.left());
            Object right = eval(e.right());
            if (left != null && right != null && Comparisons.equal(left, right)) {
                return null;
            }
            return left;
        }

        @Override
        public Object visit(Cast e) {
            return Casts.cast(eval(e.operand()), e.type());
        }

        @Override
        public Object visit(Call e) {
            List<Object> args = new ArrayList<>(e.args().size());
            for (Expr a : e.args()) {
                args.add(eval(a));
            }
            return call(e.name(), args);
        }

        @Override
        public Object visit(Default e) {
            throw new SqlDialectException(SqlStates.SYNTAX_ERROR, "DEFAULT is not allowed in this context");
        }
    }

    private Object call(String name, List<Object> args) {
        switch (name) {
            case "lower", "upper" -> {
                requireArity(name, args, 1);
                String s = SqlValues.toText(args.get(0));
                if (s == null) {
                    return null;
                }
                return name.equals("lower") ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT);
            }
            case "length", "char_length", "character_length" -> {
                requireArity(name, args, 1);
                Object v = args.get(0);
                if (v == null) {
                    return null;
                }
                if (v instanceof byte[] b) {
                    return (long) b.length;
                }
                String s = SqlValues.toText(v);
                return (long) s.codePointCount(0, s.length());
            }
            case "abs" -> {
                requireArity(name, args, 1);
                return abs(args.get(0));
            }
            case "round" -> {
                if (args.size() == 1) {
                    return round(args.get(0));
                }
                requireArity(name, args, 2);
                return roundTo(args.get(0), args.get(1));
            }
            case "now", "current_timestamp", "transaction_timestamp", "statement_timestamp", "clock_timestamp" -> {
                requireArity(name, args, 0);
                return context.now().withOffsetSameInstant(ZoneOffset.UTC);
            }
            case "localtimestamp" -> {
                requireArity(name, args, 0);
                return context.now().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            case "current_date" -> {
                requireArity(name, args, 0);
                return context.now().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            }
            case "current_time", "localtime" -> {
                requireArity(name, args, 0);
                return context.now().withOffsetSameInstant(ZoneOffset.UTC).toLocalTime();
            }
            case "snowflake_id" -> {
                requireArity(name, args, 0);
                return context.nextSnowflakeId();
            }
            default -> {
                return SqlValues.normalise(context.call(name, nullSafe(args)));
            }
        }
    }

    private static List<Object> nullSafe(List<Object> args) {
        // List.copyOf rejects nulls; SQL arguments may be NULL
        return java.util.Collections.unmodifiableList(new ArrayList<>(args));
    }

    private static void requireArity(String name, List<Object> args, int arity) {
        if (args.size() != arity) {
            throw EvaluationContext.undefinedFunction(name, args);
        }
    }

    private static Object abs(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Long l) {
            if (l == Long.MIN_VALUE) {
                throw SqlValues.outOfRange("bigint out of range");
            }
            return Math.abs(l);
        }
        if (v instanceof BigDecimal d) {
            return d.abs();
        }
        if (v instanceof Double d) {
            return Math.abs(d);
        }
        if (v instanceof String s) {
            return Math.abs(SqlValues.parseDouble(s));
        }
        throw EvaluationContext.undefinedFunction("abs", List.of(v));
    }

    /** round(x): numeric rounds half away from zero, double precision half to even (rint), as PostgreSQL. */
    private static Object round(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Long) {
            return v;
        }
        if (v instanceof BigDecimal d) {
            return d.setScale(0, RoundingMode.HALF_UP);
        }
        if (v instanceof Double d) {
            return Math.rint(d);
        }
        if (v instanceof String s) {
            return Math.rint(SqlValues.parseDouble(s));
        }
        throw EvaluationContext.undefinedFunction("round", List.of(v));
    }

    /** round(numeric, places): half away from zero; negative places round left of the point. */
    private static Object roundTo(Object v, Object places) {
        if (v == null || places == null) {
            return null;
        }
        Object p = places instanceof String s ? SqlValues.parseInteger(s, 32) : places;
        if (!(p instanceof Long n) || !(v instanceof Long || v instanceof BigDecimal || v instanceof String)) {
            throw EvaluationContext.undefinedFunction("round", java.util.Arrays.asList(v, places));
        }
        BigDecimal d = v instanceof String s ? SqlValues.parseNumeric(s) : NumericOps.toBigDecimal(v);
        BigDecimal rounded = d.setScale((int) (long) n, RoundingMode.HALF_UP);
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
