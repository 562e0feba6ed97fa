package org.kalamdb.jdbc;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import org.kalamdb.jdbc.base.AbstractStatement;
import org.kalamdb.jdbc.base.FetchHints;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.exec.BatchResult;
import org.kalamdb.jdbc.exec.CallControl;
import org.kalamdb.jdbc.exec.ExecutionRequest;
import org.kalamdb.jdbc.exec.GeneratedKeys;
import org.kalamdb.jdbc.exec.StatementResult;

/**
 * A JDBC Statement. Statements run one at a time per connection (the connection's lock); a
 * multi-statement string is executed whole and its results are then walked with
 * {@link #getMoreResults()} exactly as the JDBC spec describes: {@link #getResultSet()} /
 * {@link #getUpdateCount()} show the current result, and after the last one
 * {@code getMoreResults() == false && getUpdateCount() == -1}.
 */
public class KalamStatement extends AbstractStatement {

    final KalamConnection connection;
    private boolean closed;
    private boolean closeOnCompletion;
    private long maxRows;
    private int fetchSize;
    private int queryTimeoutSeconds;
    private SQLWarning warnings;

    /** Results not yet reached by getMoreResults; the head is the current one. */
    private final Deque<StatementResult> results = new ArrayDeque<>();
    private StatementResult current;
    private KalamResultSet currentResultSet;
    private final List<KalamResultSet> openResultSets = new ArrayList<>();
    private KalamResultSet generatedKeys;
    private final List<String> batch = new ArrayList<>();
    private volatile CallControl running;

    KalamStatement(KalamConnection connection) {
        this.connection = connection;
    }

    // ---- execution -------------------------------------------------------------------------------

    /** Runs {@code sql} with these parameters and makes its first result current. */
    final boolean run(String sql, List<Object> parameters, GeneratedKeys keys) throws SQLException {
        checkOpen();
        clearResults();
        CallControl control = new CallControl(queryTimeoutSeconds, connection.networkTimeoutMillis());
        running = control;
        try {
            List<StatementResult> produced = connection.execute(sql,
                    new ExecutionRequest(parameters, maxRows, fetchSize, keys, control, this));
            results.addAll(produced);
        } finally {
            running = null;
        }
        advance();
        return currentResultSet != null;
    }

    /** Runs a parameter batch of {@code sql}; the generated keys (if asked for) become current. */
    final long[] runBatch(String sql, List<List<Object>> parameterSets, GeneratedKeys keys) throws SQLException {
        checkOpen();
        clearResults();
        CallControl control = new CallControl(queryTimeoutSeconds, connection.networkTimeoutMillis());
        running = control;
        try {
            BatchResult result = connection.executeBatch(sql, parameterSets,
                    new ExecutionRequest(List.of(), maxRows, fetchSize, keys, control, this));
            generatedKeys = result.generatedKeys();
            return result.counts();
        } finally {
            running = null;
        }
    }

    private void advance() {
        current = results.pollFirst();
        currentResultSet = null;
        if (current instanceof StatementResult.Rows rows) {
            currentResultSet = rows.resultSet();
            openResultSets.add(currentResultSet);
        } else if (current instanceof StatementResult.Count count && count.generatedKeys() != null) {
            generatedKeys = count.generatedKeys();
        }
    }

    private void clearResults() {
        for (KalamResultSet rs : new ArrayList<>(openResultSets)) {
            rs.close();
        }
        openResultSets.clear();
        results.clear();
        current = null;
        currentResultSet = null;
        generatedKeys = null;
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        run(sql, List.of(), GeneratedKeys.NONE);
        return requireResultSet();
    }

    final ResultSet requireResultSet() throws SQLException {
        if (currentResultSet == null) {
            throw Errors.create("02000", "No results were returned by the query (use executeUpdate or execute "
                    + "for statements that do not return rows)");
        }
        return currentResultSet;
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        return toInt(executeLargeUpdate(sql));
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        run(sql, List.of(), GeneratedKeys.NONE);
        return requireUpdateCount();
    }

    final long requireUpdateCount() throws SQLException {
        if (currentResultSet != null) {
            throw Errors.create("0100E", "A result set was returned by a statement run with executeUpdate; "
                    + "use executeQuery or execute");
        }
        return current instanceof StatementResult.Count c ? c.count() : 0;
    }

    static int toInt(long n) {
        return n > Integer.MAX_VALUE ? Statement.SUCCESS_NO_INFO : (int) n;
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        return run(sql, List.of(), GeneratedKeys.NONE);
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        return toInt(executeLargeUpdate(sql, autoGeneratedKeys));
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        return toInt(executeLargeUpdate(sql, columnIndexes));
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        return toInt(executeLargeUpdate(sql, columnNames));
    }

    @Override
    public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        run(sql, List.of(), keys(autoGeneratedKeys));
        return requireUpdateCount();
    }

    @Override
    public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
        run(sql, List.of(), keys(columnIndexes));
        return requireUpdateCount();
    }

    @Override
    public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
        run(sql, List.of(), keys(columnNames));
        return requireUpdateCount();
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        return run(sql, List.of(), keys(autoGeneratedKeys));
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        return run(sql, List.of(), keys(columnIndexes));
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        return run(sql, List.of(), keys(columnNames));
    }

    static GeneratedKeys keys(int autoGeneratedKeys) throws SQLException {
        return switch (autoGeneratedKeys) {
            case Statement.RETURN_GENERATED_KEYS -> GeneratedKeys.PRIMARY_KEY;
            case Statement.NO_GENERATED_KEYS -> GeneratedKeys.NONE;
            default -> throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE,
                    "autoGeneratedKeys must be RETURN_GENERATED_KEYS or NO_GENERATED_KEYS, got " + autoGeneratedKeys);
        };
    }

    static GeneratedKeys keys(int[] columnIndexes) {
        if (columnIndexes == null || columnIndexes.length == 0) {
            return GeneratedKeys.PRIMARY_KEY;
        }
        return new GeneratedKeys.Indexes(Arrays.stream(columnIndexes).boxed().toList());
    }

    static GeneratedKeys keys(String[] columnNames) {
        if (columnNames == null || columnNames.length == 0) {
            return GeneratedKeys.PRIMARY_KEY;
        }
        return new GeneratedKeys.Columns(Arrays.asList(columnNames));
    }

    // ---- results ---------------------------------------------------------------------------------

    @Override
    public ResultSet getResultSet() throws SQLException {
        checkOpen();
        return currentResultSet;
    }

    @Override
    public int getUpdateCount() throws SQLException {
        return toInt(getLargeUpdateCount());
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        checkOpen();
        return current instanceof StatementResult.Count c ? c.count() : -1;
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        return getMoreResults(Statement.CLOSE_CURRENT_RESULT);
    }

    @Override
    public boolean getMoreResults(int current) throws SQLException {
        checkOpen();
        switch (current) {
            case Statement.CLOSE_CURRENT_RESULT -> {
                if (currentResultSet != null) {
                    currentResultSet.close();
                }
            }
            case Statement.CLOSE_ALL_RESULTS -> {
                for (KalamResultSet rs : new ArrayList<>(openResultSets)) {
                    rs.close();
                }
            }
            case Statement.KEEP_CURRENT_RESULT -> {
                // results are materialised: keeping one open costs nothing
            }
            default -> throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "getMoreResults: unknown mode " + current);
        }
        advance();
        return currentResultSet != null;
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        checkOpen();
        if (generatedKeys == null) {
            return ResultSets.empty(List.of());
        }
        return generatedKeys;
    }

    /** Called by a result set of this statement when it closes (closeOnCompletion). */
    void resultSetClosed(KalamResultSet rs) {
        openResultSets.remove(rs);
        if (closeOnCompletion && openResultSets.isEmpty() && results.isEmpty() && rs != generatedKeys) {
            close();
        }
    }

    // ---- batches ---------------------------------------------------------------------------------

    @Override
    public void addBatch(String sql) throws SQLException {
        checkOpen();
        if (sql == null) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "addBatch: the SQL must not be null");
        }
        batch.add(sql);
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        long[] counts = executeLargeBatch();
        int[] out = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = toInt(counts[i]);
        }
        return out;
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        List<String> statements = new ArrayList<>(batch);
        batch.clear();
        long[] counts = new long[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            try {
                run(statements.get(i), List.of(), GeneratedKeys.NONE);
                if (currentResultSet != null) {
                    throw Errors.create("0100E", "Batch entry " + i + " returned a result set; batches may only "
                            + "hold statements that return update counts");
                }
                counts[i] = current instanceof StatementResult.Count c ? c.count() : 0;
            } catch (SQLException e) {
                throw batchFailure(Arrays.copyOf(counts, i), e);
            }
        }
        clearResults();
        return counts;
    }

    /** The JDBC batch failure: counts of the entries that ran, the cause's SQLState and text. */
    static BatchUpdateException batchFailure(long[] done, SQLException cause) {
        return Errors.batchFailure(done, cause);
    }

    // ---- settings --------------------------------------------------------------------------------

    @Override
    public int getMaxRows() throws SQLException {
        return (int) Math.min(Integer.MAX_VALUE, getLargeMaxRows());
    }

    @Override
    public void setMaxRows(int max) throws SQLException {
        setLargeMaxRows(max);
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        checkOpen();
        return maxRows;
    }

    @Override
    public void setLargeMaxRows(long max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "maxRows must be >= 0, got " + max);
        }
        maxRows = max;
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        checkOpen();
        return queryTimeoutSeconds;
    }

    @Override
    public void setQueryTimeout(int seconds) throws SQLException {
        checkOpen();
        if (seconds < 0) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "The query timeout must be >= 0, got " + seconds);
        }
        queryTimeoutSeconds = seconds;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        fetchSize = FetchHints.checkedSize(rows);
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    /**
     * Cancels the statement running now, from any thread: it fails with 57014. A no-op when
     * nothing runs. Does not take the connection lock (the running statement holds it).
     */
    @Override
    public void cancel() throws SQLException {
        checkOpen();
        CallControl control = running;
        if (control != null) {
            control.cancel();
            connection.cancelInFlight();
        }
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return warnings;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
        warnings = null;
    }

    @Override
    public Connection getConnection() throws SQLException {
        checkOpen();
        return connection;
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        checkOpen();
        closeOnCompletion = true;
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        checkOpen();
        return closeOnCompletion;
    }

    @Override
    public boolean isClosed() {
        return closed || connection.isClosed();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        clearResults();
        batch.clear();
        connection.statementClosed(this);
    }

    @Override
    protected void checkOpen() throws SQLException {
        if (closed) {
            throw Errors.closed("Statement");
        }
        connection.checkOpen();
    }
}
