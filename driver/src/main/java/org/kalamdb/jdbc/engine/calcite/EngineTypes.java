package org.kalamdb.jdbc.engine.calcite;

import java.sql.Types;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;
import org.kalamdb.jdbc.types.KalamType;

/**
 * How KalamDB types are seen inside the engine and back. Temporal values are computed at
 * Calcite's millisecond precision; UUIDs as their canonical text (Calcite's own UUID type cannot
 * be cast or compared yet); JSON and FILE as text; embeddings as arrays of REAL.
 */
public final class EngineTypes {

    /** Calcite keeps TIMESTAMP and TIME values in milliseconds. */
    public static final int DATETIME_PRECISION = 3;

    private EngineTypes() {
    }

    /** The engine's SQL type for a column of KalamDB type {@code type}. */
    public static RelDataType toRelType(RelDataTypeFactory f, KalamType type, boolean nullable) {
        RelDataType t = switch (type.kind()) {
            case BOOLEAN -> f.createSqlType(SqlTypeName.BOOLEAN);
            case SMALLINT -> f.createSqlType(SqlTypeName.SMALLINT);
            case INT -> f.createSqlType(SqlTypeName.INTEGER);
            case BIGINT -> f.createSqlType(SqlTypeName.BIGINT);
            case FLOAT -> f.createSqlType(SqlTypeName.REAL);
            case DOUBLE -> f.createSqlType(SqlTypeName.DOUBLE);
            case DECIMAL -> f.createSqlType(SqlTypeName.DECIMAL, type.precision(), type.scale());
            case TEXT, JSON, FILE, UUID -> f.createSqlType(SqlTypeName.VARCHAR);
            case BYTES -> f.createSqlType(SqlTypeName.VARBINARY);
            case TIMESTAMP, DATETIME -> f.createSqlType(SqlTypeName.TIMESTAMP, DATETIME_PRECISION);
            case DATE -> f.createSqlType(SqlTypeName.DATE);
            case TIME -> f.createSqlType(SqlTypeName.TIME, DATETIME_PRECISION);
            case EMBEDDING -> f.createArrayType(f.createSqlType(SqlTypeName.REAL), -1);
        };
        return f.createTypeWithNullability(t, nullable);
    }

    /** The engine's SQL spelling of a KalamDB type, for casts the engine writes itself. */
    public static String sqlSpelling(KalamType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "BOOLEAN";
            case SMALLINT -> "SMALLINT";
            case INT -> "INTEGER";
            case BIGINT -> "BIGINT";
            case FLOAT -> "REAL";
            case DOUBLE -> "DOUBLE";
            case DECIMAL -> "DECIMAL(" + type.precision() + ", " + type.scale() + ")";
            case TEXT, JSON, FILE, UUID -> "VARCHAR";
            case BYTES -> "VARBINARY";
            case TIMESTAMP, DATETIME -> "TIMESTAMP";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case EMBEDDING -> "REAL ARRAY";
        };
    }

    /**
     * The KalamDB type nearest to a computed SQL type, given as the {@link java.sql.Types} code
     * Calcite's result metadata reports. Types KalamDB lacks (intervals, arrays, maps) come back
     * as TEXT, their values as text.
     */
    public static KalamType fromJdbcType(int jdbcType, int precision, int scale) {
        return switch (jdbcType) {
            case Types.BOOLEAN, Types.BIT -> KalamType.BOOLEAN;
            case Types.TINYINT, Types.SMALLINT -> KalamType.SMALLINT;
            case Types.INTEGER -> KalamType.INT;
            case Types.BIGINT -> KalamType.BIGINT;
            case Types.REAL -> KalamType.FLOAT;
            case Types.FLOAT, Types.DOUBLE -> KalamType.DOUBLE;
            case Types.DECIMAL, Types.NUMERIC -> decimal(precision, scale);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> KalamType.BYTES;
            case Types.DATE -> KalamType.DATE;
            case Types.TIME -> KalamType.TIME;
            case Types.TIMESTAMP -> KalamType.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> KalamType.DATETIME;
            default -> KalamType.TEXT;
        };
    }

    private static KalamType decimal(int precision, int scale) {
        int p = Math.max(1, Math.min(PostgresTypeSystem.MAX_DECIMAL_PRECISION, precision));
        int s = Math.max(0, Math.min(p, scale));
        return KalamType.decimal(p, s);
    }
}
