package org.kalamdb.jdbc.types.access;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.kalamdb.jdbc.types.SqlStates;
import org.kalamdb.jdbc.types.ValueConversionException;

/** Range-checked narrowing between numeric types: never a silent wrap-around (22003 instead). */
final class Narrowing {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private Narrowing() {
    }

    static ValueConversionException outOfRange(Object value, String target) {
        return new ValueConversionException(SqlStates.OUT_OF_RANGE, "value " + value + " is out of range for " + target);
    }

    static byte toByte(long v) {
        if (v < Byte.MIN_VALUE || v > Byte.MAX_VALUE) {
            throw outOfRange(v, "byte");
        }
        return (byte) v;
    }

    static short toShort(long v) {
        if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
            throw outOfRange(v, "short");
        }
        return (short) v;
    }

    static int toInt(long v) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw outOfRange(v, "int");
        }
        return (int) v;
    }

    /** Truncates the fraction (as JDBC drivers do for getInt on 1.9); NaN and infinities are 22003. */
    static long toLong(double v) {
        if (Double.isNaN(v) || v >= 0x1p63 || v < -0x1p63) {
            throw outOfRange(v, "long");
        }
        return (long) v;
    }

    /** Truncates the fraction; beyond the long range is 22003. */
    static long toLong(BigDecimal v) {
        if (v.compareTo(LONG_MIN) < 0 || v.compareTo(LONG_MAX) > 0) {
            throw outOfRange(v.toPlainString(), "long");
        }
        return v.longValue();
    }

    static long toLong(BigInteger v) {
        if (v.bitLength() > 63) {
            throw outOfRange(v, "long");
        }
        return v.longValue();
    }

    /** A finite double beyond the float range is 22003; NaN and infinities stay what they are. */
    static float toFloat(double v) {
        if (Double.isFinite(v) && Math.abs(v) > Float.MAX_VALUE) {
            throw outOfRange(v, "float");
        }
        return (float) v;
    }

    static BigDecimal toBigDecimal(double v) {
        if (!Double.isFinite(v)) {
            throw outOfRange(v, "BigDecimal");
        }
        return new BigDecimal(Double.toString(v));
    }

    /** 1 is true, 0 is false, anything else cannot be a boolean. */
    static boolean toBoolean(long v) {
        if (v == 1) {
            return true;
        }
        if (v == 0) {
            return false;
        }
        throw new ValueConversionException(SqlStates.IMPOSSIBLE_CONVERSION, "cannot convert " + v + " to boolean");
    }
}
