package org.kalamdb.jdbc.sql.expr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.types.KalamType;

/**
 * {@code CAST(value AS type)} for runtime values, following PostgreSQL's cast rules for the types
 * KalamDB has: numeric narrowing rounds (half away from zero for numeric, half to even for double
 * precision) and is range-checked (22003); text is parsed with the type's input rules (22P02);
 * timestamps without zone are taken as UTC when a zone is needed.
 */
final class Casts {

    private Casts() {
    }

    static Object cast(Object v, KalamType type) {
        if (v == null) {
            return null;
        }
        return switch (type.kind()) {
            case TEXT, JSON, FILE -> SqlValues.toText(v);
            case SMALLINT -> toInteger(v, 16);
            case INT -> toInteger(v, 32);
            case BIGINT -> toInteger(v, 64);
            case FLOAT -> toReal(v);
            case DOUBLE -> toDouble(v, "double precision");
            case DECIMAL -> toDecimal(v, type.precision(), type.scale());
            case BOOLEAN -> toBoolean(v);
            case DATE -> toDate(v);
            case TIMESTAMP -> toTimestamp(v);
            case DATETIME -> toTimestampTz(v);
            case TIME -> toTime(v);
            case UUID -> toUuid(v);
            case BYTES -> toBytes(v);
            case EMBEDDING -> throw SqlDialectException.notSupported("casts to EMBEDDING are not supported");
        };
    }

    private static SqlDialectException cannotCast(Object v, String target) {
        return new SqlDialectException(SqlStates.CANNOT_COERCE,
                "cannot cast type " + SqlValues.typeName(v) + " to " + target);
    }

    private static long toInteger(Object v, int bits) {
        String name = SqlValues.integerTypeName(bits);
        if (v instanceof Long l) {
            return SqlValues.checkIntegerRange(l, bits);
        }
        if (v instanceof BigDecimal d) {
            BigDecimal rounded = d.setScale(0, RoundingMode.HALF_UP);
            if (rounded.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0
                    || rounded.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                throw SqlValues.outOfRange(name + " out of range");
            }
            return SqlValues.checkIntegerRange(rounded.longValueExact(), bits);
        }
        if (v instanceof Double d) {
            double r = Math.rint(d);
            if (Double.isNaN(r) || r < -9.223372036854775808E18 || r >= 9.223372036854775808E18) {
                throw SqlValues.outOfRange(name + " out of range");
            }
            return SqlValues.checkIntegerRange((long) r, bits);
        }
        if (v instanceof String s) {
            return SqlValues.parseInteger(s, bits);
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        throw cannotCast(v, name);
    }

    private static double toReal(Object v) {
        double d = toDouble(v, "real");
        float f = (float) d;
        if (Float.isInfinite(f) && !Double.isInfinite(d)) {
            throw SqlValues.outOfRange("value out of range: overflow");
        }
        return f;
    }

    private static double toDouble(Object v, String name) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Long l) {
            return l.doubleValue();
        }
        if (v instanceof BigDecimal d) {
            return d.doubleValue();
        }
        if (v instanceof String s) {
            return SqlValues.parseDouble(s);
        }
        throw cannotCast(v, name);
    }

    private static BigDecimal toDecimal(Object v, int precision, int scale) {
        BigDecimal d;
        if (v instanceof String s) {
            d = SqlValues.parseNumeric(s);
        } else if (v instanceof Long || v instanceof BigDecimal || v instanceof Double) {
            d = NumericOps.toBigDecimal(v);
        } else {
            throw cannotCast(v, "numeric");
        }
        BigDecimal scaled = d.setScale(scale, RoundingMode.HALF_UP);
        int integerDigits = scaled.precision() - scaled.scale();
        if (scaled.signum() != 0 && integerDigits > precision - scale) {
            throw SqlValues.outOfRange("numeric field overflow: a field with precision " + precision
                    + ", scale " + scale + " must round to an absolute value less than 10^" + (precision - scale));
        }
        return scaled;
    }

    private static boolean toBoolean(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            return SqlValues.parseBoolean(s);
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        throw cannotCast(v, "boolean");
    }

    private static LocalDate toDate(Object v) {
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (v instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        }
        if (v instanceof String s) {
            return SqlValues.parseDate(s);
        }
        throw cannotCast(v, "date");
    }

    private static LocalDateTime toTimestamp(Object v) {
        if (v instanceof LocalDateTime t) {
            return t;
        }
        if (v instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (v instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        if (v instanceof String s) {
            return SqlValues.parseTimestamp(s);
        }
        throw cannotCast(v, "timestamp without time zone");
    }

    private static OffsetDateTime toTimestampTz(Object v) {
        if (v instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (v instanceof LocalDateTime t) {
            return t.atOffset(ZoneOffset.UTC);
        }
        if (v instanceof LocalDate d) {
            return d.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        if (v instanceof String s) {
            return SqlValues.parseTimestampTz(s);
        }
        throw cannotCast(v, "timestamp with time zone");
    }

    private static LocalTime toTime(Object v) {
        if (v instanceof LocalTime t) {
            return t;
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalTime();
        }
        if (v instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalTime();
        }
        if (v instanceof String s) {
            return SqlValues.parseTime(s);
        }
        throw cannotCast(v, "time without time zone");
    }

    private static UUID toUuid(Object v) {
        if (v instanceof UUID u) {
            return u;
        }
        if (v instanceof String s) {
            return SqlValues.parseUuid(s);
        }
        throw cannotCast(v, "uuid");
    }

    private static byte[] toBytes(Object v) {
        if (v instanceof byte[] b) {
            return b.clone();
        }
        if (v instanceof String s) {
            return SqlValues.parseBytea(s);
        }
        throw cannotCast(v, "bytea");
    }
}
