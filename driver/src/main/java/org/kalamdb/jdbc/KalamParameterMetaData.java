package org.kalamdb.jdbc;

import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.Types;

import org.kalamdb.jdbc.base.AbstractWrapper;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;

/**
 * Parameter metadata. The count is exact; parameter types are not inferred (a value is coerced to
 * the column it meets when the statement runs), so every parameter reports {@link Types#OTHER}
 * and {@code java.lang.Object}, honestly, instead of a guess.
 */
final class KalamParameterMetaData extends AbstractWrapper implements ParameterMetaData {

    private final int count;

    KalamParameterMetaData(int count) {
        this.count = count;
    }

    private void check(int param) throws SQLException {
        if (param < 1 || param > count) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_INDEX, "The parameter index " + param
                    + " is out of range: the statement has " + count + " parameter(s)");
        }
    }

    @Override
    public int getParameterCount() {
        return count;
    }

    @Override
    public int isNullable(int param) throws SQLException {
        check(param);
        return ParameterMetaData.parameterNullableUnknown;
    }

    @Override
    public boolean isSigned(int param) throws SQLException {
        check(param);
        return false;
    }

    @Override
    public int getPrecision(int param) throws SQLException {
        check(param);
        return 0;
    }

    @Override
    public int getScale(int param) throws SQLException {
        check(param);
        return 0;
    }

    @Override
    public int getParameterType(int param) throws SQLException {
        check(param);
        return Types.OTHER;
    }

    @Override
    public String getParameterTypeName(int param) throws SQLException {
        check(param);
        return "UNKNOWN";
    }

    @Override
    public String getParameterClassName(int param) throws SQLException {
        check(param);
        return Object.class.getName();
    }

    @Override
    public int getParameterMode(int param) throws SQLException {
        check(param);
        return ParameterMetaData.parameterModeIn;
    }
}
