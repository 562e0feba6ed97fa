package org.kalamdb.jdbc.sql.expr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.expr.Expr.ArithmeticOp;

/**
 * Arithmetic on non-NULL runtime values with PostgreSQL's promotion rules: bigint op bigint stays
 * bigint (overflow is 22003, division truncates), any numeric operand makes the result numeric
 * (exact, division with PostgreSQL's result scale), any double operand makes it double. A string
 * operand is read as the other operand's type (an {@code unknown} literal). {@code date ± integer}
 * and {@code date - date} are supported as in PostgreSQL.
 */
final class NumericOps {

    /** PostgreSQL's NUMERIC_MIN_SIG_DIGITS: a quotient keeps at least this many significant digits. */
    private static final int MIN_SIGNIFICANT_DIGITS = 16;
    private static final int MAX_DISPLAY_SCALE = 1000;

    private NumericOps() {
    }

    static Object apply(ArithmeticOp op, Object a, Object b) {
        if (a instanceof String sa && b instanceof String) {
            throw new SqlDialectException(SqlStates.DATATYPE_MISMATCH,
                    "operator is not unique: unknown " + op.symbol() + " unknown");
        }
        if (a instanceof String sa) {
            a = coerceForArithmetic(sa, b);
        } else if (b instanceof String sb) {
            b = coerceForArithmetic(sb, a);
        }
        if (a instanceof LocalDate || b instanceof LocalDate) {
            return dateArithmetic(op, a, b);
        }
        if (!Comparisons.isNumber(a) || !Comparisons.isNumber(b)) {
            throw noOperator(op, a, b);
        }
        if (a instanceof Double || b instanceof Double) {
            return doubleOp(op, ((Number) a).doubleValue(), ((Number) b).doubleValue(), a, b);
        }
        if (a instanceof Long x && b instanceof Long y) {
            return longOp(op, x, y);
        }
        return decimalOp(op, toBigDecimal(a), toBigDecimal(b));
    }

    static Object negate(Object v) {
        if (v instanceof Long x) {
            if (x == Long.MIN_VALUE) {
                throw SqlValues.outOfRange("bigint out of range");
            }
            return -x;
        }
        if (v instanceof BigDecimal d) {
            return d.negate();
        }
        if (v instanceof Double d) {
            return -d;
        }
        if (v instanceof String s) {
            return SqlValues.parseNumeric(s).negate();
        }
        throw new SqlDialectException(SqlStates.UNDEFINED_FUNCTION,
                "operator does not exist: - " + SqlValues.typeName(v));
    }

    static BigDecimal toBigDecimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw SqlValues.outOfRange("cannot convert " + SqlValues.formatDouble(d) + " to numeric");
            }
            return new BigDecimal(Double.toString(d));
        }
        throw new SqlDialectException(SqlStates.DATATYPE_MISMATCH,
                "cannot use " + SqlValues.typeName(v) + " as numeric");
    }

    private static Object coerceForArithmetic(String text, Object other) {
        if (other instanceof LocalDate) {
            return SqlValues.parseInteger(text, 32);
        }
        return Comparisons.coerceText(text, other);
    }

    private static long longOp(ArithmeticOp op, long x, long y) {
        try {
            return switch (op) {
                case ADD -> Math.addExact(x, y);
                case SUBTRACT -> Math.subtractExact(x, y);
                case MULTIPLY -> Math.multiplyExact(x, y);
                case DIVIDE -> {
                    if (y == 0) {
                        throw divisionByZero();
                    }
                    if (x == Long.MIN_VALUE && y == -1) {
                        throw new ArithmeticException();
                    }
                    yield x / y;
                }
                case MODULO -> {
                    if (y == 0) {
                        throw divisionByZero();
                    }
                    yield y == -1 ? 0 : x % y;
                }
            };
        } catch (ArithmeticException e) {
            throw SqlValues.outOfRange("bigint out of range");
        }
    }

    private static BigDecimal decimalOp(ArithmeticOp op, BigDecimal x, BigDecimal y) {
        return switch (op) {
            case ADD -> x.add(y);
            case SUBTRACT -> x.subtract(y);
            case MULTIPLY -> x.multiply(y);
            case DIVIDE -> {
                if (y.signum() == 0) {
                    throw divisionByZero();
                }
                yield x.divide(y, divisionScale(x, y), RoundingMode.HALF_UP);
            }
            case MODULO -> {
                if (y.signum() == 0) {
                    throw divisionByZero();
                }
                yield x.remainder(y);
            }
        };
    }

    private static double doubleOp(ArithmeticOp op, double x, double y, Object a, Object b) {
        double r = switch (op) {
            case ADD -> x + y;
            case SUBTRACT -> x - y;
            case MULTIPLY -> x * y;
            case DIVIDE -> {
                if (y == 0) {
                    throw divisionByZero();
                }
                yield x / y;
            }
            case MODULO -> throw noOperator(op, a, b);
        };
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw SqlValues.outOfRange("value out of range: overflow");
        }
        return r;
    }

    private static Object dateArithmetic(ArithmeticOp op, Object a, Object b) {
        if (a instanceof LocalDate d && b instanceof Long days) {
            if (op == ArithmeticOp.ADD) {
                return d.plusDays(days);
            }
            if (op == ArithmeticOp.SUBTRACT) {
                return d.minusDays(days);
            }
        }
        if (a instanceof Long days && b instanceof LocalDate d && op == ArithmeticOp.ADD) {
            return d.plusDays(days);
        }
        if (a instanceof LocalDate x && b instanceof LocalDate y && op == ArithmeticOp.SUBTRACT) {
            return ChronoUnit.DAYS.between(y, x);
        }
        throw noOperator(op, a, b);
    }

    /**
     * PostgreSQL's select_div_scale: enough fractional digits for at least 16 significant digits
     * of the quotient, and never fewer than either operand's display scale. Weights are counted in
     * PostgreSQL's base-10000 digits, which is what makes {@code 1/3} show 20 decimals and
     * {@code 10/4} show 16.
     */
    static int divisionScale(BigDecimal x, BigDecimal y) {
        int[] wx = baseTenThousandLead(x);
        int[] wy = baseTenThousandLead(y);
        int quotientWeight = wx[0] - wy[0];
        if (wx[1] <= wy[1]) {
            quotientWeight--;
        }
        int scale = MIN_SIGNIFICANT_DIGITS - quotientWeight * 4;
        scale = Math.max(scale, Math.max(x.scale(), 0));
        scale = Math.max(scale, Math.max(y.scale(), 0));
        return Math.min(Math.max(scale, 0), MAX_DISPLAY_SCALE);
    }

    /** {weight, first digit} of |v| in base 10000; {0, 0} for zero. */
    private static int[] baseTenThousandLead(BigDecimal v) {
        BigDecimal abs = v.abs();
        if (abs.signum() == 0) {
            return new int[] {0, 0};
        }
        int decimalExponent = abs.precision() - abs.scale() - 1;
        int weight = Math.floorDiv(decimalExponent, 4);
        int first = abs.movePointLeft(4 * weight).setScale(0, RoundingMode.DOWN).intValueExact();
        return new int[] {weight, first};
    }

    static SqlDialectException divisionByZero() {
        return new SqlDialectException(SqlStates.DIVISION_BY_ZERO, "division by zero");
    }

    private static SqlDialectException noOperator(ArithmeticOp op, Object a, Object b) {
        return new SqlDialectException(SqlStates.UNDEFINED_FUNCTION, "operator does not exist: "
                + SqlValues.typeName(a) + " " + op.symbol() + " " + SqlValues.typeName(b));
    }
}
