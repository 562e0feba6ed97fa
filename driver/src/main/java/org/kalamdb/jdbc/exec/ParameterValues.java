package org.kalamdb.jdbc.exec;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.expr.SqlValues;

/**
 * Bound JDBC values as runtime values of the expression evaluator: java.sql date/time classes
 * become java.time (their wall clock, as JDBC defines them), the rest goes through
 * {@link SqlValues#normalise}. Values the evaluator has no type for (float[] or a List for an
 * EMBEDDING column) are kept as they are: they can still be written, only not compared.
 */
final class ParameterValues {

    private ParameterValues() {
    }

    static List<Object> forEvaluation(List<Object> raw) {
        List<Object> out = new ArrayList<>(raw.size());
        for (Object v : raw) {
            out.add(normalise(v));
        }
        return out;
    }

    static Object normalise(Object v) {
        Object modern = fromLegacyJdbcTypes(v);
        if (modern != v) {
            return modern;
        }
        try {
            return SqlValues.normalise(v);
        } catch (SqlDialectException e) {
            // No runtime type for it (float[] or a List for an EMBEDDING column, ...): kept as bound.
            // Written as a column value it is coerced by type-mapping; only comparing it fails.
            return v;
        }
    }

    /**
     * JDBC's legacy parameter types in the forms the driver computes with: java.sql.Timestamp, Date
     * and Time (and java.util.Date) as their java.time wall clocks, Character as a String, an
     * OffsetTime at UTC; any other value as it is (the same instance).
     */
    static Object fromLegacyJdbcTypes(Object v) {
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Time t) {
            return t.toLocalTime();
        }
        if (v instanceof java.util.Date d) {
            return new java.sql.Timestamp(d.getTime()).toLocalDateTime();
        }
        if (v instanceof Character c) {
            return String.valueOf(c);
        }
        if (v instanceof java.time.OffsetTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalTime();
        }
        return v;
    }
}
