package org.kalamdb.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.base.AbstractWrapper;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.types.access.ColumnTypeInfo;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * Column metadata of a result, from each Arrow field and its KalamDB metadata
 * ({@code kalam_data_type}, {@code kalam_column_flags}) through type-mapping's
 * {@link ColumnTypeInfo}. Table and schema names are not tracked per column (empty strings, as
 * the JDBC spec allows).
 */
public final class KalamResultSetMetaData extends AbstractWrapper implements ResultSetMetaData {

    private final List<Field> fields;
    private final List<ColumnTypeInfo> infos;

    public KalamResultSetMetaData(List<Field> fields) {
        this.fields = List.copyOf(fields);
        this.infos = new ArrayList<>(fields.size());
        for (Field f : fields) {
            infos.add(ColumnTypeInfo.of(f));
        }
    }

    private ColumnTypeInfo info(int column) throws SQLException {
        if (column < 1 || column > fields.size()) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_INDEX, "The column index " + column
                    + " is out of range: the result has " + fields.size() + " column(s)");
        }
        return infos.get(column - 1);
    }

    @Override
    public int getColumnCount() {
        return fields.size();
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        info(column);
        return false;
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        String cls = info(column).javaClassName();
        return String.class.getName().equals(cls);
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        info(column);
        return true;
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        info(column);
        return false;
    }

    @Override
    public int isNullable(int column) throws SQLException {
        return info(column).nullable() ? columnNullable : columnNoNulls;
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        return info(column).signed();
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        return info(column).displaySize();
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        info(column);
        return fields.get(column - 1).name();
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        info(column);
        return fields.get(column - 1).name();
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        info(column);
        return "";
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        return info(column).precision();
    }

    @Override
    public int getScale(int column) throws SQLException {
        return info(column).scale();
    }

    @Override
    public String getTableName(int column) throws SQLException {
        info(column);
        return "";
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        info(column);
        return "";
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return info(column).sqlType();
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        return info(column).typeName();
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        info(column);
        return true;
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        info(column);
        return false;
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        info(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        return info(column).javaClassName();
    }
}
