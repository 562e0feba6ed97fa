package org.kalamdb.jdbc.sql.expr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;

/**
 * Ordering of two non-NULL runtime values the way PostgreSQL compares them: numbers across
 * bigint/numeric/double (double wins, as numeric is implicitly cast to double precision), a string
 * against a typed value by reading the string as that type (PostgreSQL's coercion of an
 * {@code unknown} literal), dates against timestamps at midnight, timestamps without time zone
 * against timestamps with time zone as UTC. NaN equals NaN and sorts above every other number;
 * {@code -0.0} equals {@code 0.0}. Strings compare by code point (the C collation).
 */
final class Comparisons {

    private Comparisons() {
    }

    /** Negative, zero or positive as {@code a} sorts before, equal to or after {@code b}. */
    static int compare(Object a, Object b) {
        if (a instanceof String sa && b instanceof String sb) {
            return compareCodePoints(sa, sb);
        }
        if (a instanceof String sa) {
            return compare(coerceText(sa, b), b);
        }
        if (b instanceof String sb) {
            return compare(a, coerceText(sb, a));
        }
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers(a, b);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        if (isTemporal(a) && isTemporal(b)) {
            return compareTemporal(a, b);
        }
        if (a instanceof UUID x && b instanceof UUID y) {
            // PostgreSQL orders uuids by their bytes, i.e. unsigned
            int c = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
            return c != 0 ? c : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.compareUnsigned(x, y);
        }
        throw mismatch(a, b);
    }

    /** SQL equality of two non-NULL values. */
    static boolean equal(Object a, Object b) {
        return compare(a, b) == 0;
    }

    static SqlDialectException mismatch(Object a, Object b) {
        return new SqlDialectException(SqlStates.DATATYPE_MISMATCH,
                "cannot compare " + SqlValues.typeName(a) + " with " + SqlValues.typeName(b));
    }

    static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof BigDecimal || v instanceof Double;
    }

    private static boolean isTemporal(Object v) {
        return v instanceof LocalDate || v instanceof LocalDateTime || v instanceof OffsetDateTime
                || v instanceof LocalTime;
    }

    /** Reads text as the type of {@code other}, as PostgreSQL resolves an unknown-typed literal. */
    static Object coerceText(String text, Object other) {
        if (other instanceof Long) {
            // as PostgreSQL: int_col = '1.5' is an input-syntax error, not a numeric comparison
            return SqlValues.parseInteger(text, 64);
        }
        if (other instanceof BigDecimal) {
            return SqlValues.parseNumeric(text);
        }
        if (other instanceof Double) {
            return SqlValues.parseDouble(text);
        }
        if (other instanceof Boolean) {
            return SqlValues.parseBoolean(text);
        }
        if (other instanceof LocalDate) {
            return SqlValues.parseDate(text);
        }
        if (other instanceof LocalDateTime) {
            return SqlValues.parseTimestamp(text);
        }
        if (other instanceof OffsetDateTime) {
            return SqlValues.parseTimestampTz(text);
        }
        if (other instanceof LocalTime) {
            return SqlValues.parseTime(text);
        }
        if (other instanceof UUID) {
            return SqlValues.parseUuid(text);
        }
        if (other instanceof byte[]) {
            return SqlValues.parseBytea(text);
        }
        throw mismatch(text, other);
    }

    private static int compareNumbers(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Double || b instanceof Double) {
            double x = ((Number) a).doubleValue();
            double y = ((Number) b).doubleValue();
            if (x == y) {
                return 0; // also -0.0 == 0.0
            }
            return Double.compare(x, y); // NaN equal to NaN and above everything
        }
        return NumericOps.toBigDecimal(a).compareTo(NumericOps.toBigDecimal(b));
    }

    private static int compareTemporal(Object a, Object b) {
        if (a instanceof LocalTime x && b instanceof LocalTime y) {
            return x.compareTo(y);
        }
        if (a instanceof LocalTime || b instanceof LocalTime) {
            throw mismatch(a, b);
        }
        if (a instanceof LocalDate x && b instanceof LocalDate y) {
            return x.compareTo(y);
        }
        if (a instanceof OffsetDateTime || b instanceof OffsetDateTime) {
            return toInstantUtc(a).compareTo(toInstantUtc(b));
        }
        return toDateTime(a).compareTo(toDateTime(b));
    }

    private static LocalDateTime toDateTime(Object v) {
        return v instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) v;
    }

    private static OffsetDateTime toInstantUtc(Object v) {
        if (v instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return toDateTime(v).atOffset(ZoneOffset.UTC);
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
