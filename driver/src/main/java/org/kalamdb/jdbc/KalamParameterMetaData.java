package org.kalamdb.jdbc;

import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.base.AbstractWrapper;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.access.ColumnTypeInfo;

/**
 * Parameter metadata. The count is exact. For a query the query engine plans, each parameter has
 * the type the engine inferred from its context ({@code id = ?} gives the type of {@code id});
 * elsewhere parameter types are not inferred (a value is coerced to the column it meets when the
 * statement runs), so those parameters report {@link Types#OTHER} and {@code java.lang.Object},
 * honestly, instead of a guess.
 */
final class KalamParameterMetaData extends AbstractWrapper implements ParameterMetaData {

    private final int count;
    /** Per parameter, what a value of its inferred type reports; null when types are unknown. */
    private final List<ColumnTypeInfo> types;

    KalamParameterMetaData(int count) {
        this(count, null);
    }

    /** @param types the inferred type of each parameter, in order, or null when unknown */
    KalamParameterMetaData(int count, List<KalamType> types) {
        this.count = count;
        if (types == null || types.size() != count) {
            this.types = null;
        } else {
            List<ColumnTypeInfo> infos = new ArrayList<>(count);
            for (KalamType t : types) {
                infos.add(ColumnTypeInfo.of(t.toArrowField("parameter", true, false)));
            }
            this.types = List.copyOf(infos);
        }
    }

    private void check(int param) throws SQLException {
        if (param < 1 || param > count) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_INDEX, "The parameter index " + param
                    + " is out of range: the statement has " + count + " parameter(s)");
        }
    }

    /** The inferred type's description, or null when types are unknown. */
    private ColumnTypeInfo type(int param) throws SQLException {
        check(param);
        return types == null ? null : types.get(param - 1);
    }

    @Override
    public int getParameterCount() {
        return count;
    }

    @Override
    public int isNullable(int param) throws SQLException {
        return type(param) == null ? ParameterMetaData.parameterNullableUnknown : ParameterMetaData.parameterNullable;
    }

    @Override
    public boolean isSigned(int param) throws SQLException {
        ColumnTypeInfo t = type(param);
        return t != null && t.signed();
    }

    @Override
    public int getPrecision(int param) throws SQLException {
        ColumnTypeInfo t = type(param);
        return t == null ? 0 : t.precision();
    }

    @Override
    public int getScale(int param) throws SQLException {
        ColumnTypeInfo t = type(param);
        return t == null ? 0 : t.scale();
    }

    @Override
    public int getParameterType(int param) throws SQLException {
        ColumnTypeInfo t = type(param);
        return t == null ? Types.OTHER : t.sqlType();
    }

    @Override
    public String getParameterTypeName(int param) throws SQLException {
        ColumnTypeInfo t = type(param);
        return t == null ? "UNKNOWN" : t.typeName();
    }

    @Override
    public String getParameterClassName(int param) throws SQLException {
        ColumnTypeInfo t = type(param);
        return t == null ? Object.class.getName() : t.javaClassName();
    }

    @Override
    public int getParameterMode(int param) throws SQLException {
        check(param);
        return ParameterMetaData.parameterModeIn;
    }
}
