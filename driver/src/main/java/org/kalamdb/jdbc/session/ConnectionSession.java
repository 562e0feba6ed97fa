package org.kalamdb.jdbc.session;

import java.sql.SQLException;
import java.sql.SQLWarning;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.transport.DeleteRequest;
import org.kalamdb.jdbc.transport.InsertRequest;
import org.kalamdb.jdbc.transport.PgSession;
import org.kalamdb.jdbc.transport.QueryResult;
import org.kalamdb.jdbc.transport.RpcCode;
import org.kalamdb.jdbc.transport.RpcOptions;
import org.kalamdb.jdbc.transport.ScanRequest;
import org.kalamdb.jdbc.transport.ScanResult;
import org.kalamdb.jdbc.transport.SqlResult;
import org.kalamdb.jdbc.transport.TransportException;
import org.kalamdb.jdbc.transport.UpdateRequest;

/**
 * One connection's server session and everything that is state of it: the tenant
 * ({@code kalam.user_id}), the current namespace, and the transaction state machine of design.md
 * D6:
 * <ul>
 * <li>autocommit, no block: every statement stands alone; nothing is sent for transactions;</li>
 * <li>a logical transaction ({@code setAutoCommit(false)} or BEGIN): {@code BeginTransaction} is
 *     sent lazily before the first data statement (Scan, Insert, Update, Delete), so a transaction
 *     that only runs DDL or session commands never opens one on the server;</li>
 * <li>failed: the server reported a terminal transaction error (protocol.md 7.7) and has already
 *     rolled back; every statement is refused with 25P02 until COMMIT or ROLLBACK ends the
 *     block, so that nothing silently runs in autocommit.</li>
 * </ul>
 * Every transport failure is turned into an SQLException here. Not thread-safe on its own: the
 * connection serialises all statement execution with one lock (see KalamConnection).
 */
public final class ConnectionSession implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ConnectionSession.class.getName());

    private final PgSession pg;
    private final Tenant tenant;
    private volatile String namespace;

    private boolean autoCommit = true;
    /** BEGIN / START TRANSACTION seen while in autocommit mode. */
    private boolean explicitBlock;
    /** The server transaction of the current logical transaction, or null before the first data statement. */
    private String remoteTransactionId;
    /** A terminal transaction error happened; cleared by commit or rollback. */
    private boolean failed;
    private String failureReason;
    /** The last call lost the link (cleared by the next call that succeeds). */
    private volatile boolean broken;

    private SQLWarning warnings;
    /** Single-row INSERTs of the current transaction not yet sent (design.md D8). */
    private final WriteBuffer buffer = new WriteBuffer();
    /** now() of the current transaction: PostgreSQL's now() is constant within one. */
    private OffsetDateTime transactionTimestamp;
    /** Restores SET LOCAL values when the transaction ends. */
    private final List<Runnable> atTransactionEnd = new ArrayList<>();

    public ConnectionSession(PgSession pg, Tenant tenant, String namespace) {
        this.pg = pg;
        this.tenant = tenant;
        this.namespace = normaliseNamespace(namespace);
    }

    public Tenant tenant() {
        return tenant;
    }

    /** The namespace of unqualified table names (the PostgreSQL schema / search_path). */
    public String namespace() {
        return namespace;
    }

    public void setNamespace(String name) throws SQLException {
        if (name == null || name.isBlank()) {
            throw Errors.create(SqlStates.INVALID_SCHEMA_NAME, "The current namespace cannot be empty");
        }
        namespace = normaliseNamespace(name);
    }

    private static String normaliseNamespace(String name) {
        // KalamDB folds namespace names to lower case (server.md section 1).
        return name == null || name.isBlank() ? "default" : name.trim().toLowerCase(Locale.ROOT);
    }

    public String sessionId() {
        return pg.sessionId();
    }

    // ---- transaction state ---------------------------------------------------------------------

    public boolean autoCommit() {
        return autoCommit;
    }

    /** JDBC setAutoCommit: switching it on commits the open transaction, as the spec asks. */
    public void setAutoCommit(boolean on, RpcOptions options) throws SQLException {
        if (on == autoCommit) {
            return;
        }
        if (on) {
            commit(options);
        }
        autoCommit = on;
        explicitBlock = false;
    }

    /** True inside a logical transaction (autocommit off, or a BEGIN block). */
    public boolean inTransaction() {
        return !autoCommit || explicitBlock;
    }

    /** True when BeginTransaction has been sent for the current logical transaction. */
    public boolean remoteTransactionOpen() {
        return remoteTransactionId != null;
    }

    public boolean isFailed() {
        return failed;
    }

    /** BEGIN / START TRANSACTION. Inside a transaction this is a warning, as in PostgreSQL. */
    public void begin() {
        if (inTransaction()) {
            addWarning("there is already a transaction in progress", "25001");
            return;
        }
        explicitBlock = true;
    }

    /** COMMIT / END, or Connection.commit(). */
    public void commit(RpcOptions options) throws SQLException {
        if (failed) {
            String reason = failureReason;
            resetTransaction();
            throw Errors.create(SqlStates.SERIALIZATION_FAILURE,
                    "The transaction was aborted by the server and has been rolled back; nothing was committed"
                            + (reason == null ? "" : " (cause: " + reason + ")"));
        }
        if (!inTransaction() && autoCommit) {
            addWarning("there is no transaction in progress", "25P01");
            return;
        }
        if (remoteTransactionId != null) {
            try {
                flushAll(options);
            } catch (SQLException e) {
                // The server may hold part of the transaction's rows: it must not commit them.
                rollback(options);
                throw e;
            }
        }
        String tx = remoteTransactionId;
        resetTransaction();
        if (tx != null) {
            // A failed commit ends the transaction on the server: nothing is left to refuse.
            try {
                call(() -> {
                    pg.commit(tx, options);
                    return null;
                }, false);
            } catch (SQLException e) {
                throw withOutcomeOfInDoubtCommit(e, tx);
            }
        }
    }

    /**
     * A COMMIT whose answer was lost is in doubt (08007): its message is completed with what
     * {@code system.transactions} says now. Not after a cancellation: whoever cancelled (close,
     * abort) wants the connection to stop, not another request.
     */
    private SQLException withOutcomeOfInDoubtCommit(SQLException e, String tx) {
        if (e.getCause() instanceof TransportException t && t.isInDoubt() && t.code() != RpcCode.CANCELLED) {
            return InDoubtCommit.report(pg, tx, t);
        }
        return e;
    }

    /** ROLLBACK / ABORT, or Connection.rollback(). Never leaves the connection in a transaction. */
    public void rollback(RpcOptions options) throws SQLException {
        if (!inTransaction() && autoCommit && !failed) {
            addWarning("there is no transaction in progress", "25P01");
            return;
        }
        String tx = remoteTransactionId;
        resetTransaction();
        if (tx != null) {
            call(() -> {
                pg.rollback(tx, options);
                return null;
            }, false);
        }
    }

    private void resetTransaction() {
        buffer.clear();
        transactionTimestamp = null;
        List<Runnable> restores = new ArrayList<>(atTransactionEnd);
        atTransactionEnd.clear();
        // Undo SET LOCAL values, newest first.
        for (int i = restores.size() - 1; i >= 0; i--) {
            restores.get(i).run();
        }
        remoteTransactionId = null;
        explicitBlock = false;
        failed = false;
        failureReason = null;
    }

    /**
     * The value of now(): the time of the first statement of the current transaction, or
     * {@code statementTime} outside one. Microsecond precision, as PostgreSQL keeps.
     */
    public OffsetDateTime now(OffsetDateTime statementTime) {
        OffsetDateTime t = statementTime.truncatedTo(ChronoUnit.MICROS);
        if (!inTransaction()) {
            return t;
        }
        if (transactionTimestamp == null) {
            transactionTimestamp = t;
        }
        return transactionTimestamp;
    }

    /** Registers an action run when the current transaction ends (SET LOCAL). */
    public void atTransactionEnd(Runnable restore) {
        atTransactionEnd.add(restore);
    }

    /** Refuses every statement after a terminal transaction error (25P02) until the block ends. */
    public void checkNotFailed() throws SQLException {
        if (failed) {
            throw Errors.create(SqlStates.IN_FAILED_SQL_TRANSACTION,
                    "current transaction is aborted, commands ignored until end of transaction block"
                            + (failureReason == null ? "" : " (the server aborted it: " + failureReason + ")"));
        }
    }

    /**
     * DDL runs through ExecuteSql, outside any server transaction; refusing it while one is open
     * keeps "everything in this transaction commits or rolls back together" true (25001).
     */
    public void checkDdlAllowed(String what) throws SQLException {
        checkNotFailed();
        if (remoteTransactionId != null) {
            throw Errors.create(SqlStates.ACTIVE_SQL_TRANSACTION,
                    what + " is not allowed inside a transaction that has already read or written data: "
                            + "KalamDB DDL is not transactional. COMMIT or ROLLBACK first");
        }
    }

    private void ensureRemoteTransaction(RpcOptions options) throws SQLException {
        checkNotFailed();
        if (inTransaction() && remoteTransactionId == null) {
            remoteTransactionId = call(() -> pg.beginTransaction(options));
        }
    }

    // ---- data RPCs (take part in the transaction) ----------------------------------------------

    public ScanResult scan(ScanRequest request, RpcOptions options) throws SQLException {
        ensureRemoteTransaction(options);
        flush(request.namespace(), request.table(), options);
        return call(() -> pg.scan(request, options));
    }

    public long insert(InsertRequest request, RpcOptions options) throws SQLException {
        ensureRemoteTransaction(options);
        flush(request.namespace(), request.table(), options);
        return call(() -> pg.insert(request, options));
    }

    /**
     * An INSERT that may wait in the write buffer (design.md D8): inside a transaction its rows are
     * held and sent with the table's next rows; outside one it is sent at once.
     *
     * @param statement what to name in an error found when the rows are finally sent
     * @return the number of rows written (or staged)
     */
    public long insertBuffered(InsertRequest request, String statement, RpcOptions options) throws SQLException {
        if (!inTransaction()) {
            return insert(request, options);
        }
        ensureRemoteTransaction(options);
        WriteBuffer.Group full = buffer.add(request, statement);
        if (full != null) {
            send(full, options);
        }
        return request.rowsJson().size();
    }

    public long update(UpdateRequest request, RpcOptions options) throws SQLException {
        ensureRemoteTransaction(options);
        flush(request.namespace(), request.table(), options);
        return call(() -> pg.update(request, options));
    }

    public long delete(DeleteRequest request, RpcOptions options) throws SQLException {
        ensureRemoteTransaction(options);
        flush(request.namespace(), request.table(), options);
        return call(() -> pg.delete(request, options));
    }

    /** Sends the buffered rows of one table (read-your-writes before anything else touches it). */
    private void flush(String namespace, String table, RpcOptions options) throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        for (WriteBuffer.Group g : buffer.take(namespace, table)) {
            send(g, options);
        }
    }

    private void flushAll(RpcOptions options) throws SQLException {
        for (WriteBuffer.Group g : buffer.takeAll()) {
            send(g, options);
        }
    }

    private void send(WriteBuffer.Group g, RpcOptions options) throws SQLException {
        try {
            call(() -> pg.insert(g.request(), options));
        } catch (SQLException e) {
            SQLException named = Errors.create(e.getSQLState(), e.getMessage() + " (sending the buffered rows of: "
                    + g.describe() + ")", e);
            throw named;
        }
    }

    // ---- SQL RPCs (outside any transaction, as the server's DBA identity) ----------------------

    public SqlResult executeSql(String sql, RpcOptions options) throws SQLException {
        return call(() -> pg.executeSql(sql, options));
    }

    public QueryResult executeQuery(String sql, RpcOptions options) throws SQLException {
        return call(() -> pg.executeQuery(sql, options));
    }

    private <T> T call(Supplier<T> rpc) throws SQLException {
        return call(rpc, true);
    }

    /**
     * @param statementInTransaction a statement of the open transaction: a terminal error then
     *                               fails the transaction (not so for COMMIT and ROLLBACK themselves)
     */
    private <T> T call(Supplier<T> rpc, boolean statementInTransaction) throws SQLException {
        try {
            T result = rpc.get();
            broken = false;
            return result;
        } catch (TransportException e) {
            if (statementInTransaction && e.isTerminalTransactionError() && inTransaction()) {
                // protocol.md 7.7: the server has rolled back already; later statements would run in
                // autocommit on the server, so the block is marked failed instead.
                remoteTransactionId = null;
                failed = true;
                failureReason = e.serverMessage().isEmpty() ? e.getMessage() : e.serverMessage();
            }
            if (e.isConnectionLost()) {
                broken = true;
            }
            throw Errors.fromTransport(e);
        }
    }

    // ---- connection-level ----------------------------------------------------------------------

    /**
     * Ping with a deadline; false when the server does not answer in time or the session is gone.
     * Always asks the server: a link that failed earlier may be back (the transport reconnects), and
     * a connection is only really dead when its session cannot be reached again.
     */
    public boolean ping(long timeoutMillis) {
        if (pg.isClosed()) {
            return false;
        }
        boolean ok = pg.ping(timeoutMillis);
        broken = !ok;
        return ok;
    }

    /** Makes the statement running now fail with 57014; callable from any thread. */
    public void cancelInFlight() {
        pg.cancelInFlight();
    }

    /** The last call failed because the link was lost, and no call has succeeded since. */
    public boolean isBroken() {
        return broken;
    }

    public synchronized void addWarning(String message, String sqlState) {
        SQLWarning w = Errors.warning(message, sqlState);
        if (warnings == null) {
            warnings = w;
        } else {
            warnings.setNextWarning(w);
        }
    }

    public synchronized SQLWarning warnings() {
        return warnings;
    }

    public synchronized void clearWarnings() {
        warnings = null;
    }

    /** Rolls back an open transaction, then closes the server session (CloseSession). */
    @Override
    public void close() {
        String tx = remoteTransactionId;
        resetTransaction();
        autoCommit = true;
        if (tx != null && !broken) {
            try {
                pg.rollback(tx, RpcOptions.DEFAULTS);
            } catch (TransportException e) {
                // CloseSession rolls back on the server as well; this is only the polite path.
                LOG.log(Level.FINE, "rollback on close failed", e);
            }
        }
        pg.close();
    }
}
