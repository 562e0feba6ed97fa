package org.kalamdb.jdbc.engine.calcite;

import java.math.RoundingMode;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's type rules moved towards PostgreSQL's, where they differ in ways users see:
 * <ul>
 *   <li>DECIMAL up to precision 38, KalamDB's limit (Calcite stops at 19);</li>
 *   <li>casts to DECIMAL round half away from zero, as PostgreSQL's numeric does (Calcite
 *       truncates);</li>
 *   <li>{@code sum} of SMALLINT/INT is BIGINT and of BIGINT a DECIMAL, so it does not overflow;
 *       {@code avg} of an exact type is a DECIMAL with 16 fraction digits, not a truncated
 *       integer;</li>
 *   <li>CASE/UNION branches of character strings of different lengths give VARCHAR, so
 *       {@code CASE WHEN c THEN 'a' ELSE 'bc' END} is {@code 'a'}, not {@code 'a '}.</li>
 * </ul>
 * Calcite's JDBC layer instantiates it through its {@code typeSystem} plug-in property.
 */
public final class PostgresTypeSystem extends RelDataTypeSystemImpl {

    /** The instance the {@code typeSystem} property names. */
    public static final PostgresTypeSystem INSTANCE = new PostgresTypeSystem();

    /** KalamDB's DECIMAL precision limit (server.md section 3). */
    public static final int MAX_DECIMAL_PRECISION = 38;

    /** Fraction digits of {@code avg} over exact numbers; PostgreSQL shows at least 16. */
    static final int AVG_SCALE = 16;

    private PostgresTypeSystem() {
    }

    @Override
    public int getMaxNumericPrecision() {
        return MAX_DECIMAL_PRECISION;
    }

    @Override
    public int getMaxNumericScale() {
        return MAX_DECIMAL_PRECISION;
    }

    @Override
    public int getMaxPrecision(SqlTypeName typeName) {
        return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_PRECISION : super.getMaxPrecision(typeName);
    }

    @Override
    public int getMaxScale(SqlTypeName typeName) {
        return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_PRECISION : super.getMaxScale(typeName);
    }

    @Override
    public RoundingMode roundingMode() {
        return RoundingMode.HALF_UP;
    }

    @Override
    public boolean shouldConvertRaggedUnionTypesToVarying() {
        return true;
    }

    @Override
    public RelDataType deriveSumType(RelDataTypeFactory factory, RelDataType argumentType) {
        RelDataType sum = switch (argumentType.getSqlTypeName()) {
            // PostgreSQL sums BIGINT into NUMERIC; Calcite 1.41's code generator cannot add a long
            // to a BigDecimal accumulator ("while resolving method 'add' in class BigDecimal"), so
            // BIGINT sums stay BIGINT (docs/sql-compatibility.md).
            case TINYINT, SMALLINT, INTEGER, BIGINT -> factory.createSqlType(SqlTypeName.BIGINT);
            case DECIMAL -> factory.createSqlType(SqlTypeName.DECIMAL, MAX_DECIMAL_PRECISION, argumentType.getScale());
            default -> argumentType;
        };
        return factory.createTypeWithNullability(sum, argumentType.isNullable());
    }

    @Override
    public RelDataType deriveAvgAggType(RelDataTypeFactory factory, RelDataType argumentType) {
        RelDataType avg = switch (argumentType.getSqlTypeName()) {
            case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL ->
                    factory.createSqlType(SqlTypeName.DECIMAL, MAX_DECIMAL_PRECISION,
                            Math.max(AVG_SCALE, argumentType.getScale()));
            case REAL, FLOAT -> factory.createSqlType(SqlTypeName.DOUBLE);
            default -> argumentType;
        };
        return factory.createTypeWithNullability(avg, argumentType.isNullable());
    }
}
