package org.kalamdb.server.sql.query;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.statement.select.AllColumns;

import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.server.sql.EngineError;

/** count / sum / min / max / avg with DataFusion's result types and names. */
final class Aggregates {

    private static final Set<String> NAMES = Set.of("count", "sum", "min", "max", "avg", "mean");

    private Aggregates() {
    }

    static boolean isAggregate(String lowerName) {
        return NAMES.contains(lowerName);
    }

    /** One aggregate call of the query; {@code argument} is null for count(*). */
    record Spec(String function, boolean distinct, Compiled argument, ArrowType type, boolean nullable, String display) {

        Accumulator newAccumulator() {
            return switch (function) {
                case "count" -> new Count(distinct);
                case "sum" -> new Sum(type, distinct);
                case "avg" -> new Avg(type, distinct);
                case "min" -> new Extreme(true);
                case "max" -> new Extreme(false);
                default -> throw new IllegalStateException(function);
            };
        }
    }

    static Spec spec(Function f, ExpressionCompiler inputCompiler) {
        String name = f.getName().toLowerCase(Locale.ROOT);
        if (name.equals("mean")) {
            name = "avg";
        }
        boolean distinct = f.isDistinct();
        if (f.isAllColumns() || f.getParameters() == null || f.getParameters().isEmpty()
                || f.getParameters().size() == 1 && f.getParameters().get(0) instanceof AllColumns) {
            if (!name.equals("count")) {
                throw new EngineError("Error during planning: " + name + " requires one argument");
            }
            return new Spec("count", false, null, ArrowType.INT64, false, "count(*)");
        }
        if (f.getParameters().size() != 1) {
            throw new EngineError("Error during planning: " + name + " expects exactly one argument");
        }
        Expression argExpr = f.getParameters().get(0);
        Compiled arg;
        try {
            arg = inputCompiler.compile(argExpr);
        } catch (AggregateInScalarContext nested) {
            throw new EngineError("Error during planning: Aggregate function calls cannot be nested");
        }
        String display = name + "(" + (distinct ? "DISTINCT " : "") + arg.display() + ")";
        return switch (name) {
            case "count" -> new Spec(name, distinct, arg, ArrowType.INT64, false, display);
            case "sum" -> new Spec(name, distinct, arg, sumType(arg.type(), name), true, display);
            case "avg" -> new Spec(name, distinct, arg, avgType(arg.type()), true, display);
            default -> new Spec(name, distinct, arg, arg.type(), true, display);
        };
    }

    private static ArrowType sumType(ArrowType t, String name) {
        if (ArrowTypes.isInteger(t)) {
            return ArrowType.INT64;
        }
        if (ArrowTypes.isFloat(t)) {
            return ArrowType.FLOAT64;
        }
        if (t instanceof ArrowType.Decimal d) {
            return new ArrowType.Decimal(Math.min(38, d.precision() + 10), d.scale(), 128);
        }
        throw new EngineError("Error during planning: Execution error: Function '" + name
                + "' user-defined coercion failed with \"Execution error: " + name + " does not support type "
                + ArrowTypes.display(t) + "\"");
    }

    private static ArrowType avgType(ArrowType t) {
        if (t instanceof ArrowType.Decimal d) {
            return new ArrowType.Decimal(Math.min(38, d.precision() + 4), Math.min(38, d.scale() + 4), 128);
        }
        if (ArrowTypes.isNumeric(t)) {
            return ArrowType.FLOAT64;
        }
        throw new EngineError("Error during planning: Execution error: Function 'avg' user-defined coercion failed "
                + "with \"Error during planning: The function \\\"avg\\\" does not support inputs of type "
                + ArrowTypes.display(t) + ".\"");
    }

    /** Accumulates the values of one group. */
    interface Accumulator {
        void add(Object value);

        Object result();
    }

    /** DISTINCT filtering shared by the accumulators. */
    private abstract static class Base implements Accumulator {
        private final Set<Object> seen;

        Base(boolean distinct) {
            this.seen = distinct ? new HashSet<>() : null;
        }

        @Override
        public final void add(Object value) {
            if (value == null || (seen != null && !seen.add(SqlOps.key(value)))) {
                return;
            }
            accept(value);
        }

        abstract void accept(Object value);
    }

    private static final class Count extends Base {
        private long count;

        Count(boolean distinct) {
            super(distinct);
        }

        @Override
        void accept(Object value) {
            count++;
        }

        @Override
        public Object result() {
            return count;
        }
    }

    private static final class Sum extends Base {
        private final ArrowType type;
        private Number total;

        Sum(ArrowType type, boolean distinct) {
            super(distinct);
            this.type = type;
        }

        @Override
        void accept(Object value) {
            Number n = (Number) value;
            if (total == null) {
                total = ArrowTypes.isInteger(type) ? (Number) n.longValue()
                        : ArrowTypes.isFloat(type) ? (Number) n.doubleValue() : SqlOps.decimal(n);
            } else {
                total = (Number) SqlOps.arithmetic("+", total, ArrowTypes.isFloat(type) ? n.doubleValue() : n);
            }
        }

        @Override
        public Object result() {
            if (total instanceof BigDecimal d && type instanceof ArrowType.Decimal t) {
                return d.setScale(t.scale(), RoundingMode.HALF_UP);
            }
            return total;
        }
    }

    private static final class Avg extends Base {
        private final ArrowType type;
        private BigDecimal total = BigDecimal.ZERO;
        private double doubleTotal;
        private long count;

        Avg(ArrowType type, boolean distinct) {
            super(distinct);
            this.type = type;
        }

        @Override
        void accept(Object value) {
            Number n = (Number) value;
            if (type instanceof ArrowType.Decimal) {
                total = total.add(SqlOps.decimal(n));
            } else {
                doubleTotal += n.doubleValue();
            }
            count++;
        }

        @Override
        public Object result() {
            if (count == 0) {
                return null;
            }
            if (type instanceof ArrowType.Decimal t) {
                return total.divide(BigDecimal.valueOf(count), new MathContext(38, RoundingMode.HALF_UP))
                        .setScale(t.scale(), RoundingMode.HALF_UP);
            }
            return doubleTotal / count;
        }
    }

    private static final class Extreme extends Base {
        private final boolean min;
        private Object best;

        Extreme(boolean min) {
            super(false);
            this.min = min;
        }

        @Override
        void accept(Object value) {
            if (best == null) {
                best = value;
                return;
            }
            int c = SqlOps.compare(value, best);
            if (min ? c < 0 : c > 0) {
                best = value;
            }
        }

        @Override
        public Object result() {
            return best;
        }
    }
}
