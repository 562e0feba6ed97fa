package org.kalamdb.jdbc;

import java.sql.ParameterMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.exec.GeneratedKeys;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * A PreparedStatement: the SQL is parsed once (the connection's plan cache keeps the plan) and
 * executed with the values bound by index. {@code ?} placeholders never clash with the JSON
 * {@code ?} operator ({@code doc ? 'key'}); {@code $1..$n} work too. A batch of INSERT parameter
 * sets is sent as one Insert request per 4 MiB chunk.
 */
public final class KalamPreparedStatement extends PreparedStatementSetters {

    private final String sql;
    private final GeneratedKeys keys;
    private final int parameterCount;
    private final Object[] values;
    private final boolean[] bound;
    private final List<List<Object>> batch = new ArrayList<>();

    KalamPreparedStatement(KalamConnection connection, String sql, GeneratedKeys keys) throws SQLException {
        super(connection);
        this.sql = sql;
        this.keys = keys;
        this.parameterCount = connection.parameterCount(sql);
        this.values = new Object[parameterCount];
        this.bound = new boolean[parameterCount];
    }

    @Override
    void bind(int index, Object value) throws SQLException {
        checkOpen();
        if (index < 1 || index > parameterCount) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_INDEX, "The parameter index " + index
                    + " is out of range: the statement has " + parameterCount + " parameter(s)");
        }
        values[index - 1] = value;
        bound[index - 1] = true;
    }

    private List<Object> boundValues() throws SQLException {
        for (int i = 0; i < parameterCount; i++) {
            if (!bound[i]) {
                throw Errors.create("07002", "No value specified for parameter " + (i + 1));
            }
        }
        return Arrays.asList(values.clone());
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        run(sql, boundValues(), keys);
        return requireResultSet();
    }

    @Override
    public int executeUpdate() throws SQLException {
        return toInt(executeLargeUpdate());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        run(sql, boundValues(), keys);
        return requireUpdateCount();
    }

    @Override
    public boolean execute() throws SQLException {
        return run(sql, boundValues(), keys);
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        Arrays.fill(values, null);
        Arrays.fill(bound, false);
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, Object x) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType targetSqlType) throws SQLException {
        bind(parameterIndex, x);
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        batch.add(boundValues());
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        List<List<Object>> sets = new ArrayList<>(batch);
        batch.clear();
        if (sets.isEmpty()) {
            return new long[0];
        }
        return runBatch(sql, sets, keys);
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        List<Field> fields = connection.describeResult(sql);
        return fields == null ? null : new KalamResultSetMetaData(fields);
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        checkOpen();
        return new KalamParameterMetaData(parameterCount);
    }

    // A PreparedStatement runs only its own SQL (JDBC 4.3, Statement methods taking a String).

    private static SQLException sqlArgument() {
        return Errors.create(SqlStates.GENERAL_ERROR,
                "A PreparedStatement runs the SQL it was prepared with; use Connection.createStatement() "
                        + "to run another SQL text");
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        throw sqlArgument();
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        throw sqlArgument();
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        throw sqlArgument();
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        throw sqlArgument();
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw sqlArgument();
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        throw sqlArgument();
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        throw sqlArgument();
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        throw sqlArgument();
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        throw sqlArgument();
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        throw sqlArgument();
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        throw sqlArgument();
    }
}
