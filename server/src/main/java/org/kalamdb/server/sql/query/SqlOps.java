package org.kalamdb.server.sql.query;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.UUID;

import org.kalamdb.server.sql.EngineError;

/**
 * Value operations of the SQL engine on canonical Java values: ordering, equality, arithmetic.
 * Operands have already been coerced to comparable kinds by the compiler.
 */
public final class SqlOps {

    private SqlOps() {
    }

    /** Total order of two non-null values (numbers across widths, strings, bytes, UUIDs, booleans). */
    public static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.compareUnsigned(x, y);
        }
        if (a instanceof UUID x && b instanceof UUID y) {
            int c = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
            return c != 0 ? c : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
        }
        if (a instanceof float[] x && b instanceof float[] y) {
            return Arrays.compare(x, y);
        }
        if (a instanceof Number x && b instanceof String y) {
            return compareNumbers(x, parseNumber(y));
        }
        if (a instanceof String x && b instanceof Number y) {
            return compareNumbers(parseNumber(x), y);
        }
        throw new EngineError("Error during planning: Cannot compare " + ArrowTypes.display(ArrowTypes.ofValue(a))
                + " with " + ArrowTypes.display(ArrowTypes.ofValue(b)));
    }

    private static BigDecimal parseNumber(String s) {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw new EngineError("Arrow error: Cast error: Cannot cast string '" + s + "' to value of Int64 type");
        }
    }

    static int compareNumbers(Number x, Number y) {
        if (isIntegral(x) && isIntegral(y)) {
            return Long.compare(x.longValue(), y.longValue());
        }
        if (x instanceof Double || x instanceof Float || y instanceof Double || y instanceof Float) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return decimal(x).compareTo(decimal(y));
    }

    public static boolean isIntegral(Object n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (isIntegral(n)) {
            return BigDecimal.valueOf(n.longValue());
        }
        return BigDecimal.valueOf(n.doubleValue());
    }

    /** + - * / % on numbers: integers stay 64-bit (overflow and division by zero fail as arrow does). */
    public static Object arithmetic(String op, Number x, Number y) {
        if (isIntegral(x) && isIntegral(y)) {
            long a = x.longValue();
            long b = y.longValue();
            try {
                return switch (op) {
                    case "+" -> Math.addExact(a, b);
                    case "-" -> Math.subtractExact(a, b);
                    case "*" -> Math.multiplyExact(a, b);
                    case "/" -> {
                        if (b == 0) {
                            throw new EngineError("Arrow error: Divide by zero error");
                        }
                        yield a / b;
                    }
                    case "%" -> {
                        if (b == 0) {
                            throw new EngineError("Arrow error: Divide by zero error");
                        }
                        yield a % b;
                    }
                    default -> throw new IllegalArgumentException(op);
                };
            } catch (ArithmeticException overflow) {
                throw new EngineError("Arrow error: Arithmetic overflow: Overflow happened on: " + a + " " + op + " " + b);
            }
        }
        if (x instanceof Double || x instanceof Float || y instanceof Double || y instanceof Float) {
            double a = x.doubleValue();
            double b = y.doubleValue();
            return switch (op) {
                case "+" -> a + b;
                case "-" -> a - b;
                case "*" -> a * b;
                case "/" -> a / b;
                case "%" -> a % b;
                default -> throw new IllegalArgumentException(op);
            };
        }
        BigDecimal a = decimal(x);
        BigDecimal b = decimal(y);
        if ((op.equals("/") || op.equals("%")) && b.signum() == 0) {
            throw new EngineError("Arrow error: Divide by zero error");
        }
        return switch (op) {
            case "+" -> a.add(b);
            case "-" -> a.subtract(b);
            case "*" -> a.multiply(b);
            case "/" -> a.divide(b, new MathContext(38, RoundingMode.HALF_UP));
            case "%" -> a.remainder(b);
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** SQL LIKE with % and _ and backslash escapes; {@code caseInsensitive} for ILIKE. */
    public static boolean like(String value, String pattern, boolean caseInsensitive) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(java.util.regex.Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
            }
        }
        int flags = java.util.regex.Pattern.DOTALL | (caseInsensitive
                ? java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE : 0);
        return java.util.regex.Pattern.compile(regex.toString(), flags).matcher(value).matches();
    }

    /** A grouping/distinct key for a value: arrays compare by content. */
    public static Object key(Object v) {
        if (v instanceof byte[] b) {
            return java.nio.ByteBuffer.wrap(b.clone());
        }
        if (v instanceof float[] f) {
            return java.nio.FloatBuffer.wrap(f.clone());
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros();
        }
        return v;
    }
}
