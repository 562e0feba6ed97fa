package org.kalamdb.jdbc.exec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.kalamdb.jdbc.sql.expr.SqlValues;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * Typed result columns for computed values (function results, RETURNING expressions, SHOW): the
 * KalamDB type follows the Java class of the values (bigint for Long, numeric for BigDecimal,
 * timestamp for LocalDateTime, ...), so the ResultSet getters and metadata behave as for a
 * table column of that type.
 */
final class ValueColumns {

    private ValueColumns() {
    }

    /** A column of {@code values} labelled {@code label}: its field, and the values to build it from. */
    record Column(Field field, List<Object> values) {
    }

    static Column of(String label, List<Object> values) {
        KalamType type = null;
        boolean mixed = false;
        int maxScale = 0;
        for (Object v : values) {
            if (v == null) {
                continue;
            }
            KalamType t = typeOf(v);
            if (v instanceof BigDecimal d) {
                maxScale = Math.max(maxScale, Math.min(Math.max(d.scale(), 0), 38));
            }
            if (type == null) {
                type = t;
            } else if (type.kind() != t.kind()) {
                mixed = true;
            }
        }
        if (type == null) {
            type = KalamType.TEXT;
        }
        List<Object> out = new ArrayList<>(values.size());
        if (mixed) {
            type = KalamType.TEXT;
            for (Object v : values) {
                out.add(SqlValues.toText(v));
            }
        } else if (type.kind() == KalamType.Kind.DECIMAL) {
            type = KalamType.decimal(38, maxScale);
            for (Object v : values) {
                out.add(v == null ? null : ((BigDecimal) v).setScale(maxScale, java.math.RoundingMode.HALF_UP));
            }
        } else if (type.kind() == KalamType.Kind.TEXT) {
            for (Object v : values) {
                out.add(v == null || v instanceof String ? v : SqlValues.toText(v));
            }
        } else {
            out.addAll(values);
        }
        return new Column(type.toArrowField(label, true, false), out);
    }

    /** The KalamDB type a runtime value of the evaluator has. */
    static KalamType typeOf(Object v) {
        if (v instanceof Boolean) {
            return KalamType.BOOLEAN;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return KalamType.BIGINT;
        }
        if (v instanceof Double || v instanceof Float) {
            return KalamType.DOUBLE;
        }
        if (v instanceof BigDecimal) {
            return KalamType.decimal(38, 0);
        }
        if (v instanceof LocalDate) {
            return KalamType.DATE;
        }
        if (v instanceof LocalDateTime) {
            return KalamType.TIMESTAMP;
        }
        if (v instanceof OffsetDateTime) {
            return KalamType.DATETIME;
        }
        if (v instanceof LocalTime) {
            return KalamType.TIME;
        }
        if (v instanceof UUID) {
            return KalamType.UUID;
        }
        if (v instanceof byte[]) {
            return KalamType.BYTES;
        }
        if (v instanceof float[] f) {
            return KalamType.embedding(Math.max(1, f.length));
        }
        return KalamType.TEXT;
    }
}
