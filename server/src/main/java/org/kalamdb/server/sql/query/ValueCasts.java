package org.kalamdb.server.sql.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.kalamdb.jdbc.types.KalamType;

/**
 * Converts a computed or literal value to the canonical Java value of a KalamDB column type
 * (store/DataAccess javadoc), following arrow's cast rules closely enough for SQL literals:
 * strings are parsed, integers written to TIMESTAMP are µs, floats truncate to integers, numbers
 * are range-checked. Failures are {@link CastFailure}s with arrow-style cause texts.
 */
public final class ValueCasts {

    private ValueCasts() {
    }

    public static Object cast(Object value, KalamType target) {
        if (value == null) {
            return null;
        }
        return switch (target.kind()) {
            case BOOLEAN -> toBoolean(value);
            case SMALLINT -> (short) toInteger(value, Short.MIN_VALUE, Short.MAX_VALUE, "Int16");
            case INT -> (int) toInteger(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "Int32");
            case BIGINT -> toInteger(value, Long.MIN_VALUE, Long.MAX_VALUE, "Int64");
            case FLOAT -> (float) toDouble(value, "Float32");
            case DOUBLE -> toDouble(value, "Float64");
            case DECIMAL -> toDecimal(value, target);
            case TEXT, JSON, FILE -> toText(value);
            case BYTES -> toBytes(value);
            case TIMESTAMP, DATETIME -> toTimestamp(value, target);
            case DATE -> toDate(value);
            case TIME -> toTime(value);
            case UUID -> toUuid(value);
            case EMBEDDING -> toEmbedding(value, target.dimension());
        };
    }

    static boolean toBoolean(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof String s) {
            switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "true", "t", "yes", "y", "on", "1":
                    return true;
                case "false", "f", "no", "n", "off", "0":
                    return false;
                default:
                    throw new CastFailure("Cast error: Cannot cast value '" + s + "' to value of Boolean type");
            }
        }
        throw unsupported(v, "Boolean");
    }

    static long toInteger(Object v, long min, long max, String typeName) {
        long result;
        if (v instanceof Boolean b) {
            result = b ? 1 : 0;
        } else if (v instanceof Short || v instanceof Integer || v instanceof Long) {
            result = ((Number) v).longValue();
        } else if (v instanceof Float || v instanceof Double) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || d < min || d > max) {
                throw new CastFailure("Cast error: Can't cast value " + d + " to type " + typeName);
            }
            result = (long) d;
        } else if (v instanceof BigDecimal d) {
            BigInteger whole = d.toBigInteger();
            if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
                throw new CastFailure("Cast error: Can't cast value " + d.toPlainString() + " to type " + typeName);
            }
            result = whole.longValue();
        } else if (v instanceof String s) {
            try {
                result = Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
            } catch (NumberFormatException e) {
                throw new CastFailure("Cast error: Cannot cast string '" + s + "' to value of " + typeName + " type");
            }
        } else {
            throw unsupported(v, typeName);
        }
        if (result < min || result > max) {
            throw new CastFailure("Cast error: Can't cast value " + result + " to type " + typeName);
        }
        return result;
    }

    static double toDouble(Object v, String typeName) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            String t = s.strip().toLowerCase(Locale.ROOT);
            switch (t) {
                case "inf", "+inf", "infinity", "+infinity":
                    return Double.POSITIVE_INFINITY;
                case "-inf", "-infinity":
                    return Double.NEGATIVE_INFINITY;
                case "nan":
                    return Double.NaN;
                default:
                    try {
                        return Double.parseDouble(s);
                    } catch (NumberFormatException e) {
                        throw new CastFailure("Cast error: Cannot cast string '" + s + "' to value of " + typeName + " type");
                    }
            }
        }
        throw unsupported(v, typeName);
    }

    static BigDecimal toDecimal(Object v, KalamType target) {
        String typeName = "Decimal128(" + target.precision() + ", " + target.scale() + ")";
        BigDecimal d;
        if (v instanceof BigDecimal b) {
            d = b;
        } else if (v instanceof Short || v instanceof Integer || v instanceof Long) {
            d = BigDecimal.valueOf(((Number) v).longValue());
        } else if (v instanceof Float || v instanceof Double) {
            double x = ((Number) v).doubleValue();
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                throw new CastFailure("Cast error: Cannot cast to " + typeName + ". Overflowing on " + x);
            }
            d = BigDecimal.valueOf(x);
        } else if (v instanceof String s) {
            try {
                d = new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                throw new CastFailure("Cast error: Cannot cast string '" + s + "' to value of " + typeName + " type");
            }
        } else {
            throw unsupported(v, typeName);
        }
        BigDecimal scaled = d.setScale(target.scale(), RoundingMode.HALF_UP);
        if (scaled.precision() - scaled.scale() > target.precision() - target.scale()) {
            throw new CastFailure("Invalid argument error: " + scaled.unscaledValue()
                    + " is too large to store in a Decimal128 of precision " + target.precision() + ". Max is "
                    + "9".repeat(target.precision()));
        }
        return scaled;
    }

    static String toText(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Double || v instanceof Float) {
            return RustFloat.display(((Number) v).doubleValue());
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        if (v instanceof float[] f) {
            throw unsupported(f, "Utf8");
        }
        return v.toString();
    }

    static byte[] toBytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof String s) {
            // arrow's Utf8 -> Binary keeps the UTF-8 bytes (no hex or base64 decoding)
            return s.getBytes(StandardCharsets.UTF_8);
        }
        throw unsupported(v, "Binary");
    }

    static long toTimestamp(Object v, KalamType target) {
        if (v instanceof Short || v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        if (v instanceof String s) {
            return TemporalText.timestampMicros(s);
        }
        throw unsupported(v, ArrowTypes.display(target.arrowType()));
    }

    static int toDate(Object v) {
        if (v instanceof Short || v instanceof Integer) {
            return ((Number) v).intValue();
        }
        if (v instanceof String s) {
            return TemporalText.dateDays(s);
        }
        throw unsupported(v, "Date32");
    }

    static long toTime(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof String s) {
            return TemporalText.timeMicros(s);
        }
        throw unsupported(v, "Time64(Microsecond)");
    }

    static UUID toUuid(Object v) {
        if (v instanceof UUID u) {
            return u;
        }
        if (v instanceof String s) {
            try {
                if (s.length() != 36) {
                    throw new IllegalArgumentException("invalid length: expected 36 characters, found " + s.length());
                }
                return UUID.fromString(s);
            } catch (IllegalArgumentException e) {
                throw new CastFailure("invalid UUID '" + s + "': " + e.getMessage());
            }
        }
        if (v instanceof byte[] b && b.length == 16) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b);
            return new UUID(buf.getLong(), buf.getLong());
        }
        throw unsupported(v, "FixedSizeBinary(16)");
    }

    static float[] toEmbedding(Object v, int dimension) {
        float[] out;
        if (v instanceof float[] f) {
            out = f;
        } else if (v instanceof String s) {
            String t = s.strip();
            if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
                t = t.substring(1, t.length() - 1);
            }
            if (!t.startsWith("[") || !t.endsWith("]")) {
                throw new CastFailure("Embedding value must be a JSON array of floats");
            }
            String inner = t.substring(1, t.length() - 1).strip();
            String[] parts = inner.isEmpty() ? new String[0] : inner.split(",");
            out = new float[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    out[i] = Float.parseFloat(parts[i].strip());
                } catch (NumberFormatException e) {
                    throw new CastFailure("Embedding value must be a JSON array of floats");
                }
            }
        } else if (v instanceof List<?> list) {
            out = new float[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ((Number) list.get(i)).floatValue();
            }
        } else {
            throw unsupported(v, "FixedSizeList");
        }
        if (out.length != dimension) {
            throw new EmbeddingDimensionMismatch(dimension, out.length);
        }
        return out;
    }

    /** Raised when an embedding has the wrong length; callers name the column. */
    public static final class EmbeddingDimensionMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int expected;
        private final int actual;

        EmbeddingDimensionMismatch(int expected, int actual) {
            super("expected " + expected + ", got " + actual);
            this.expected = expected;
            this.actual = actual;
        }

        public int expected() {
            return expected;
        }

        public int actual() {
            return actual;
        }
    }

    private static CastFailure unsupported(Object v, String target) {
        return new CastFailure("Cast error: Casting from " + ArrowTypes.display(ArrowTypes.ofValue(v)) + " to "
                + target + " not supported");
    }
}
