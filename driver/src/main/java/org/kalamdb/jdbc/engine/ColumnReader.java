package org.kalamdb.jdbc.engine;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.kalamdb.jdbc.types.KalamType;

/**
 * Reads one column of the engine's result into the canonical value of its KalamDB type. Chosen
 * once per prepared query, by the result column's type. Temporal values are read as the numbers
 * Calcite computes on, so the JVM's own time zone never shifts them.
 */
@FunctionalInterface
interface ColumnReader {

    Object read(ResultSet rs, int index) throws SQLException;

    static ColumnReader forType(KalamType type) {
        return switch (type.kind()) {
            case BOOLEAN -> (rs, i) -> nullable(rs, rs.getBoolean(i));
            case SMALLINT -> (rs, i) -> nullable(rs, rs.getShort(i));
            case INT -> (rs, i) -> nullable(rs, rs.getInt(i));
            case BIGINT -> (rs, i) -> nullable(rs, rs.getLong(i));
            case FLOAT -> (rs, i) -> nullable(rs, rs.getFloat(i));
            case DOUBLE -> (rs, i) -> nullable(rs, rs.getDouble(i));
            case DECIMAL -> (rs, i) -> rs.getBigDecimal(i);
            case TEXT, JSON, FILE -> ResultSet::getString;
            case UUID -> (rs, i) -> {
                String s = rs.getString(i);
                return s == null ? null : UUID.fromString(s);
            };
            case BYTES -> ResultSet::getBytes;
            // Calcite holds temporal values as numbers (UTC milliseconds, days, milliseconds of the
            // day); reading the number avoids every conversion through the JVM's time zone.
            case TIMESTAMP, DATETIME -> (rs, i) -> {
                long millis = rs.getLong(i);
                return rs.wasNull() ? null : millis * 1000L;
            };
            case DATE -> (rs, i) -> nullable(rs, rs.getInt(i));
            case TIME -> (rs, i) -> {
                long millis = rs.getLong(i);
                return rs.wasNull() ? null : Math.floorMod(millis, 86_400_000L) * 1000L;
            };
            case EMBEDDING -> ColumnReader::readFloats;
        };
    }

    private static Object nullable(ResultSet rs, Object value) throws SQLException {
        return rs.wasNull() ? null : value;
    }

    private static Object readFloats(ResultSet rs, int index) throws SQLException {
        Array array = rs.getArray(index);
        if (array == null) {
            return null;
        }
        Object values = array.getArray();
        if (values instanceof float[] f) {
            return f;
        }
        Object[] boxed = values instanceof Object[] o ? o : ((List<?>) values).toArray();
        float[] out = new float[boxed.length];
        for (int k = 0; k < boxed.length; k++) {
            out[k] = ((Number) boxed[k]).floatValue();
        }
        return out;
    }
}
