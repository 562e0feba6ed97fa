package org.kalamdb.jdbc.types.arrow;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * The value conventions of {@link RecordBatchBuilder}: plain Java values to the integers, bytes and
 * unscaled decimals Arrow stores. Every refusal is an {@link IllegalArgumentException} naming the
 * field.
 */
final class BuilderValues {

    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private BuilderValues() {
    }

    static IllegalArgumentException refuse(Field field, Object value, String why) {
        return new IllegalArgumentException("column '" + field.name() + "' (" + field.type() + ") cannot hold "
                + value.getClass().getSimpleName() + " " + abbreviate(value) + ": " + why);
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    /** Any integral Number (a BigDecimal or floating value only if it has no fraction). */
    static long integral(Object value, Field field) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof java.util.concurrent.atomic.AtomicInteger
                || value instanceof java.util.concurrent.atomic.AtomicLong) {
            return ((Number) value).longValue();
        }
        try {
            if (value instanceof BigInteger b) {
                return b.longValueExact();
            }
            if (value instanceof BigDecimal d) {
                return d.longValueExact();
            }
            if (value instanceof Double || value instanceof Float) {
                double d = ((Number) value).doubleValue();
                if (d != Math.rint(d) || Double.isInfinite(d)) {
                    throw refuse(field, value, "not an integer");
                }
                return new BigDecimal(d).longValueExact();
            }
        } catch (ArithmeticException e) {
            throw refuse(field, value, "out of range");
        }
        throw refuse(field, value, "not an integral number");
    }

    static long intValue(Object value, ArrowType.Int type, Field field) {
        if (!type.signed() && type.bitWidth() == 64 && value instanceof BigInteger b) {
            if (b.signum() < 0 || b.compareTo(UINT64_MAX) > 0) {
                throw refuse(field, value, "out of range for UInt64");
            }
            return b.longValue();
        }
        long v = integral(value, field);
        int bits = type.bitWidth();
        boolean fits;
        if (type.signed()) {
            fits = bits == 64 || (v >= -(1L << (bits - 1)) && v < (1L << (bits - 1)));
        } else {
            fits = v >= 0 && (bits == 64 || v < (1L << bits));
        }
        if (!fits) {
            throw refuse(field, value, "out of range");
        }
        return v;
    }

    static long dateValue(Object value, ArrowType.Date type, Field field) {
        if (value instanceof LocalDate d) {
            long days = d.toEpochDay();
            return type.unit() == ArrowType.DateUnit.DAY ? checkInt(days, value, field) : days * 86_400_000L;
        }
        long v = integral(value, field);
        return type.unit() == ArrowType.DateUnit.DAY ? checkInt(v, value, field) : v;
    }

    static long timeValue(Object value, ArrowType.Time type, Field field) {
        if (value instanceof LocalTime t) {
            long nanos = t.toNanoOfDay();
            return switch (type.unit()) {
                case SECOND -> nanos / 1_000_000_000L;
                case MILLISECOND -> nanos / 1_000_000L;
                case MICROSECOND -> nanos / 1_000L;
                case NANOSECOND -> nanos;
            };
        }
        long v = integral(value, field);
        return type.bitWidth() == 32 ? checkInt(v, value, field) : v;
    }

    static long timestampValue(Object value, ArrowType.Timestamp type, Field field) {
        Instant instant;
        if (value instanceof Instant i) {
            instant = i;
        } else if (value instanceof LocalDateTime t) {
            instant = t.toInstant(ZoneOffset.UTC);
        } else if (value instanceof OffsetDateTime t) {
            instant = t.toInstant();
        } else if (value instanceof ZonedDateTime t) {
            instant = t.toInstant();
        } else {
            return integral(value, field);
        }
        try {
            return toUnit(instant, type.unit());
        } catch (ArithmeticException e) {
            throw refuse(field, value, "out of range for " + type.unit());
        }
    }

    static long durationValue(Object value, ArrowType.Duration type, Field field) {
        if (value instanceof java.time.Duration d) {
            try {
                return switch (type.unit()) {
                    case SECOND -> d.getSeconds();
                    case MILLISECOND -> d.toMillis();
                    case MICROSECOND -> Math.addExact(Math.multiplyExact(d.getSeconds(), 1_000_000L), d.getNano() / 1_000);
                    case NANOSECOND -> d.toNanos();
                };
            } catch (ArithmeticException e) {
                throw refuse(field, value, "out of range");
            }
        }
        return integral(value, field);
    }

    static long toUnit(Instant instant, ArrowType.TimeUnit unit) {
        long seconds = instant.getEpochSecond();
        int nanos = instant.getNano();
        return switch (unit) {
            case SECOND -> seconds;
            case MILLISECOND -> Math.addExact(Math.multiplyExact(seconds, 1_000L), nanos / 1_000_000);
            case MICROSECOND -> Math.addExact(Math.multiplyExact(seconds, 1_000_000L), nanos / 1_000);
            case NANOSECOND -> Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
        };
    }

    private static long checkInt(long v, Object value, Field field) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw refuse(field, value, "out of the 32-bit range");
        }
        return v;
    }

    static double floatValue(Object value, Field field) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw refuse(field, value, "not a number");
    }

    /** The unscaled value at the field's scale; exact (no rounding) and within the precision. */
    static BigInteger decimalValue(Object value, ArrowType.Decimal type, Field field) {
        BigDecimal decimal;
        if (value instanceof BigDecimal d) {
            decimal = d;
        } else if (value instanceof BigInteger b) {
            decimal = new BigDecimal(b);
        } else {
            decimal = BigDecimal.valueOf(integral(value, field));
        }
        BigDecimal scaled;
        try {
            scaled = decimal.setScale(type.scale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw refuse(field, value, "has more than " + type.scale() + " fraction digits");
        }
        BigInteger unscaled = scaled.unscaledValue();
        if (unscaled.signum() != 0 && scaled.precision() > type.precision()) {
            throw refuse(field, value, "more than " + type.precision() + " digits");
        }
        if (unscaled.bitLength() >= type.bitWidth()) {
            throw refuse(field, value, "does not fit " + type.bitWidth() + " bits");
        }
        return unscaled;
    }

    static byte[] fixedBinary(Object value, int width, Field field) {
        byte[] bytes;
        if (value instanceof UUID u && width == 16) {
            bytes = ByteBuffer.allocate(16).putLong(u.getMostSignificantBits())
                    .putLong(u.getLeastSignificantBits()).array();
        } else if (value instanceof byte[] b) {
            bytes = b;
        } else {
            throw refuse(field, value, "expected byte[]" + (width == 16 ? " or UUID" : ""));
        }
        if (bytes.length != width) {
            throw refuse(field, value, bytes.length + " bytes instead of " + width);
        }
        return bytes;
    }

    /** Writes {@code unscaled} as a little-endian two's-complement integer of {@code width} bytes. */
    static void putUnscaled(GrowableBuffer out, BigInteger unscaled, int width) {
        if (width == 4) {
            out.putInt(unscaled.intValue());
            return;
        }
        if (width == 8 || unscaled.bitLength() < 64) {
            putUnscaled(out, unscaled.longValue(), width);
            return;
        }
        // wider than a long: 64 bits at a time, low word first (shiftRight sign-extends)
        for (int i = 0; i < width; i += 8) {
            out.putLong(unscaled.shiftRight(8 * i).longValue());
        }
    }

    /** Writes {@code unscaled} sign-extended to {@code width} bytes (8 or more). */
    static void putUnscaled(GrowableBuffer out, long unscaled, int width) {
        out.putLong(unscaled);
        long fill = unscaled >> 63;    // sign extension
        for (int i = 8; i < width; i += 8) {
            out.putLong(fill);
        }
    }
}
