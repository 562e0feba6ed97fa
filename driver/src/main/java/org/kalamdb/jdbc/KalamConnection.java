package org.kalamdb.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.kalamdb.jdbc.base.AbstractConnection;
import org.kalamdb.jdbc.config.ConnectionConfig;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.exec.BatchResult;
import org.kalamdb.jdbc.exec.CallControl;
import org.kalamdb.jdbc.exec.ExecutionRequest;
import org.kalamdb.jdbc.exec.GeneratedKeys;
import org.kalamdb.jdbc.exec.StatementEngine;
import org.kalamdb.jdbc.exec.StatementResult;
import org.kalamdb.jdbc.meta.KalamDatabaseMetaData;
import org.kalamdb.jdbc.session.ConnectionSession;
import org.kalamdb.jdbc.transport.QueryResult;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * A connection: one server session (a random UUID session id kept for the connection's life),
 * its tenant, namespace and transaction state, a schema cache and a plan cache.
 *
 * <p>Thread safety: a connection may be shared by several threads. Statement execution,
 * commit, rollback, metadata queries and the session settings are serialised by one lock per
 * connection, so statements of one connection never interleave on the wire.
 * {@link Statement#cancel()}, {@link #abort(Executor)} and {@link #close()} do not wait for a
 * running statement's results: they cancel the call in flight.
 */
public final class KalamConnection extends AbstractConnection {

    private static final Logger LOG = Logger.getLogger(KalamConnection.class.getName());

    /** Client info names this driver keeps (JDBC 4.0 standard names). */
    private static final Set<String> CLIENT_INFO_NAMES = Set.of("ApplicationName", "ClientUser", "ClientHostname");

    private final String url;
    private final ConnectionConfig config;
    private final ConnectionSession session;
    private final StatementEngine engine;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Set<KalamStatement> statements = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));
    private final Properties clientInfo = new Properties();
    private volatile boolean readOnly;
    private volatile int networkTimeoutMillis;

    KalamConnection(String url, ConnectionConfig config, ConnectionSession session) {
        this.url = url;
        this.config = config;
        this.session = session;
        this.engine = new StatementEngine(session, config);
    }

    // ---- used by statements ----------------------------------------------------------------------

    List<StatementResult> execute(String sql, ExecutionRequest request) throws SQLException {
        lock.lock();
        try {
            checkOpen();
            return engine.execute(sql, request);
        } finally {
            lock.unlock();
        }
    }

    BatchResult executeBatch(String sql, List<List<Object>> parameterSets, ExecutionRequest request)
            throws SQLException {
        lock.lock();
        try {
            checkOpen();
            return engine.executeBatch(sql, parameterSets, request);
        } finally {
            lock.unlock();
        }
    }

    int parameterCount(String sql) throws SQLException {
        return engine.parameterCount(sql);
    }

    List<Field> describeResult(String sql) throws SQLException {
        lock.lock();
        try {
            checkOpen();
            return engine.describeResult(sql, CallControl.none());
        } finally {
            lock.unlock();
        }
    }

    long networkTimeoutMillis() {
        return networkTimeoutMillis;
    }

    void cancelInFlight() {
        session.cancelInFlight();
    }

    void statementClosed(KalamStatement statement) {
        statements.remove(statement);
    }

    /**
     * Runs one query of the driver's own (metadata) through ExecuteQuery, serialised with the
     * statements of this connection.
     */
    public QueryResult metadataQuery(String sql) throws SQLException {
        lock.lock();
        try {
            checkOpen();
            return session.executeQuery(sql, new CallControl(0, networkTimeoutMillis).rpcOptions());
        } finally {
            lock.unlock();
        }
    }

    /** The resolved connection configuration. */
    public ConnectionConfig config() {
        return config;
    }

    /** The URL this connection was opened with. */
    public String url() {
        return url;
    }

    @Override
    protected void checkOpen() throws SQLException {
        if (closed.get()) {
            throw Errors.closed("Connection");
        }
    }

    // ---- statements ------------------------------------------------------------------------------

    @Override
    public Statement createStatement() throws SQLException {
        checkOpen();
        KalamStatement s = new KalamStatement(this);
        statements.add(s);
        return s;
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency, ResultSet.HOLD_CURSORS_OVER_COMMIT);
        return createStatement();
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency, resultSetHoldability);
        return createStatement();
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        return prepare(sql, GeneratedKeys.NONE);
    }

    private PreparedStatement prepare(String sql, GeneratedKeys keys) throws SQLException {
        checkOpen();
        if (sql == null) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "The SQL of a PreparedStatement must not be null");
        }
        KalamPreparedStatement s = new KalamPreparedStatement(this, sql, keys);
        statements.add(s);
        return s;
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency, ResultSet.HOLD_CURSORS_OVER_COMMIT);
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency,
                                              int resultSetHoldability) throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency, resultSetHoldability);
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        return prepare(sql, KalamStatement.keys(autoGeneratedKeys));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        return prepare(sql, KalamStatement.keys(columnIndexes));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        return prepare(sql, KalamStatement.keys(columnNames));
    }

    /**
     * Only forward-only, read-only results exist (they are materialised, so holdability is always
     * HOLD_CURSORS_OVER_COMMIT). Asking for a scrollable type is downgraded with a warning, as
     * the JDBC spec allows; updatable results are refused.
     */
    private void checkResultSetOptions(int type, int concurrency, int holdability) throws SQLException {
        checkOpen();
        if (concurrency != ResultSet.CONCUR_READ_ONLY) {
            throw Errors.notSupported("Updatable result sets (CONCUR_UPDATABLE)");
        }
        if (type != ResultSet.TYPE_FORWARD_ONLY) {
            session.addWarning("Only TYPE_FORWARD_ONLY result sets are supported; the requested type was "
                    + "downgraded", "01000");
        }
        if (holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT && holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "Unknown holdability " + holdability);
        }
    }

    // ---- transactions ----------------------------------------------------------------------------

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        lock.lock();
        try {
            checkOpen();
            session.setAutoCommit(autoCommit, CallControl.none().rpcOptions());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        checkOpen();
        return session.autoCommit();
    }

    @Override
    public void commit() throws SQLException {
        lock.lock();
        try {
            checkOpen();
            if (session.autoCommit() && !session.inTransaction()) {
                throw Errors.create("25P01", "Cannot commit when autoCommit is enabled");
            }
            session.commit(new CallControl(0, networkTimeoutMillis).rpcOptions());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void rollback() throws SQLException {
        lock.lock();
        try {
            checkOpen();
            if (session.autoCommit() && !session.inTransaction() && !session.isFailed()) {
                throw Errors.create("25P01", "Cannot rollback when autoCommit is enabled");
            }
            session.rollback(new CallControl(0, networkTimeoutMillis).rpcOptions());
        } finally {
            lock.unlock();
        }
    }

    /**
     * KalamDB transactions read a snapshot taken at BEGIN plus their own writes (protocol.md 7.6):
     * that is REPEATABLE READ. Lower levels are served by it (a stronger level is allowed);
     * SERIALIZABLE cannot be given (no write-conflict detection), so it is refused.
     */
    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        checkOpen();
        switch (level) {
            case Connection.TRANSACTION_REPEATABLE_READ -> {
            }
            case Connection.TRANSACTION_READ_UNCOMMITTED, Connection.TRANSACTION_READ_COMMITTED ->
                    session.addWarning("KalamDB transactions are snapshot (REPEATABLE READ); the requested "
                            + "isolation level is served by it", "01000");
            case Connection.TRANSACTION_SERIALIZABLE -> throw Errors.notSupported(
                    "SERIALIZABLE isolation (KalamDB transactions are snapshot isolation: REPEATABLE READ)");
            default -> throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "Unknown transaction isolation level "
                    + level);
        }
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        checkOpen();
        return Connection.TRANSACTION_REPEATABLE_READ;
    }

    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        lock.lock();
        try {
            checkOpen();
            if (session.remoteTransactionOpen()) {
                throw Errors.create(SqlStates.ACTIVE_SQL_TRANSACTION,
                        "Cannot change the read-only mode inside a transaction");
            }
            this.readOnly = readOnly;
            engine.setReadOnly(readOnly);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return readOnly;
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkOpen();
        if (holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT && holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "Unknown holdability " + holdability);
        }
        if (holdability == ResultSet.CLOSE_CURSORS_AT_COMMIT) {
            throw Errors.notSupported("CLOSE_CURSORS_AT_COMMIT (results are materialised and stay readable)");
        }
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    // ---- schema (= KalamDB namespace) ------------------------------------------------------------

    @Override
    public void setSchema(String schema) throws SQLException {
        lock.lock();
        try {
            checkOpen();
            session.setNamespace(schema);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String getSchema() throws SQLException {
        checkOpen();
        return session.namespace();
    }

    // ---- life cycle ------------------------------------------------------------------------------

    /** Pings the server within {@code timeout} seconds (0 = the connection's RPC timeout). */
    @Override
    public boolean isValid(int timeout) throws SQLException {
        if (timeout < 0) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "isValid: the timeout must be >= 0, got " + timeout);
        }
        if (closed.get()) {
            return false;
        }
        return session.ping(timeout * 1000L);
    }

    @Override
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Rolls back an open transaction and closes the session; idempotent. A statement still running
     * on another thread is cancelled first, so close never waits for its results.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        session.cancelInFlight();
        for (KalamStatement s : new ArrayList<>(statements)) {
            s.close();
        }
        lock.lock();
        try {
            session.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "closing the session failed", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Marks the connection closed at once, cancels the call in flight and closes the session on
     * {@code executor} (JDBC 4.1).
     */
    @Override
    public void abort(Executor executor) throws SQLException {
        if (executor == null) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "abort: the executor must not be null");
        }
        SecurityManagerCheck.checkAbort();
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        session.cancelInFlight();
        executor.execute(() -> {
            lock.lock();
            try {
                session.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "closing an aborted session failed", e);
            } finally {
                lock.unlock();
            }
        });
    }

    /**
     * The time to wait for any one reply of the server; 0 = the {@code timeout} connection
     * property. A statement's query timeout still applies when it is shorter.
     */
    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
        if (milliseconds < 0) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "The network timeout must be >= 0, got "
                    + milliseconds);
        }
        networkTimeoutMillis = milliseconds;
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        checkOpen();
        return networkTimeoutMillis;
    }

    // ---- client info and warnings ----------------------------------------------------------------

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        if (closed.get()) {
            throw Errors.clientInfo("This Connection is closed");
        }
        if (name == null) {
            throw Errors.clientInfo("Client info property names must not be null");
        }
        if (!CLIENT_INFO_NAMES.contains(name)) {
            session.addWarning("Unrecognised client info property '" + name + "' was ignored; supported: "
                    + CLIENT_INFO_NAMES, "01000");
            return;
        }
        synchronized (clientInfo) {
            if (value == null) {
                clientInfo.remove(name);
            } else {
                clientInfo.setProperty(name, value);
            }
        }
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        if (closed.get()) {
            Map<String, java.sql.ClientInfoStatus> failed = new HashMap<>();
            if (properties != null) {
                for (String n : properties.stringPropertyNames()) {
                    failed.put(n, java.sql.ClientInfoStatus.REASON_UNKNOWN);
                }
            }
            throw Errors.clientInfoClosed(failed);
        }
        synchronized (clientInfo) {
            clientInfo.clear();
        }
        if (properties != null) {
            for (String n : properties.stringPropertyNames()) {
                setClientInfo(n, properties.getProperty(n));
            }
        }
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        checkOpen();
        synchronized (clientInfo) {
            return clientInfo.getProperty(name);
        }
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        checkOpen();
        Properties copy = new Properties();
        synchronized (clientInfo) {
            copy.putAll(clientInfo);
        }
        return copy;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return session.warnings();
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
        session.clearWarnings();
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        return new KalamDatabaseMetaData(this);
    }
}
