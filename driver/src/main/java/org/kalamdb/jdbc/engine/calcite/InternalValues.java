package org.kalamdb.jdbc.engine.calcite;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.calcite.avatica.util.ByteString;
import org.kalamdb.jdbc.types.KalamType;

/**
 * Canonical column values (see {@link org.kalamdb.jdbc.engine.TableSource}) in the form Calcite
 * computes on: TIMESTAMP as Long milliseconds, TIME as Integer milliseconds of the day, UUID as
 * text, BYTES as ByteString, EMBEDDING as a List of Float.
 */
public final class InternalValues {

    private InternalValues() {
    }

    /** The engine's value for a canonical value of a column of type {@code type}. */
    public static Object toInternal(KalamType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type.kind()) {
            case BOOLEAN -> (Boolean) value;
            case SMALLINT -> ((Number) value).shortValue();
            case INT -> ((Number) value).intValue();
            case BIGINT -> ((Number) value).longValue();
            case FLOAT -> ((Number) value).floatValue();
            case DOUBLE -> ((Number) value).doubleValue();
            case DECIMAL -> value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
            case TEXT, JSON, FILE -> value.toString();
            case UUID -> value instanceof UUID u ? u.toString() : UUID.fromString(value.toString()).toString();
            case BYTES -> new ByteString((byte[]) value);
            case TIMESTAMP, DATETIME -> Math.floorDiv(((Number) value).longValue(), 1000L);
            case DATE -> ((Number) value).intValue();
            case TIME -> (int) Math.floorDiv(((Number) value).longValue(), 1000L);
            case EMBEDDING -> floats((float[]) value);
        };
    }

    private static List<Float> floats(float[] values) {
        List<Float> list = new ArrayList<>(values.length);
        for (float f : values) {
            list.add(f);
        }
        return list;
    }
}
