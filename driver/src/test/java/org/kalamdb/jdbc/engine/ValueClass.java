package org.kalamdb.jdbc.engine;

import java.sql.Types;

import org.kalamdb.jdbc.types.KalamType;

/** The classes of values the differential tests tell apart: a column must have the same on both sides. */
enum ValueClass {
    BOOLEAN, EXACT, APPROXIMATE, TEXT, JSON, UUID, DATE, TIME, TIMESTAMP, BYTES, OTHER;

    static ValueClass ofPostgres(int jdbcType, String typeName) {
        switch (typeName) {
            case "json", "jsonb":
                return JSON;
            case "uuid":
                return UUID;
            case "timestamptz", "timestamp":
                return TIMESTAMP;
            default:
                break;
        }
        return switch (jdbcType) {
            case Types.BIT, Types.BOOLEAN -> BOOLEAN;
            case Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.DECIMAL -> EXACT;
            case Types.REAL, Types.DOUBLE, Types.FLOAT -> APPROXIMATE;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR -> TEXT;
            case Types.DATE -> DATE;
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> TIME;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP;
            case Types.BINARY, Types.VARBINARY -> BYTES;
            default -> OTHER;
        };
    }

    static ValueClass ofEngine(KalamType type) {
        return switch (type.kind()) {
            case BOOLEAN -> BOOLEAN;
            case SMALLINT, INT, BIGINT, DECIMAL -> EXACT;
            case FLOAT, DOUBLE -> APPROXIMATE;
            case TEXT, FILE -> TEXT;
            case JSON -> JSON;
            case UUID -> UUID;
            case DATE -> DATE;
            case TIME -> TIME;
            case TIMESTAMP, DATETIME -> TIMESTAMP;
            case BYTES -> BYTES;
            case EMBEDDING -> OTHER;
        };
    }

    /**
     * Whether an engine column of class {@code engine} may stand for a PostgreSQL column of this
     * class. The engine computes on JSON and UUID values as text (sql-compatibility.md), so a
     * computed JSON or UUID value comes back as TEXT.
     */
    boolean acceptsEngine(ValueClass engine) {
        return this == engine || (this == JSON || this == UUID) && engine == TEXT;
    }
}
