package org.kalamdb.jdbc.transport;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.grpc.Context;
import io.grpc.StatusRuntimeException;
import org.kalamdb.jdbc.transport.proto.PgServiceGrpc.PgServiceBlockingStub;
import org.kalamdb.jdbc.transport.proto.PingRequest;

/**
 * One logical KalamDB PgService session: the transport a JDBC connection runs on. Thread-safe.
 *
 * <p>The session id is a random UUID chosen here and kept for the session's life. Recovery is
 * limited to what is safe (protocol.md 3.9, 7.8, 7.9):
 *
 * <ul>
 *   <li>a non-open RPC rejected with a lost-session UNAUTHENTICATED text: re-open under the same id
 *       and retry once (the server rejected it before doing anything);
 *   <li>a "not leader" error naming the leader, while no transaction is open: re-open on the leader
 *       and retry once;
 *   <li>CloseSession and RollbackTransaction after UNAVAILABLE, DEADLINE_EXCEEDED, CANCELLED or
 *       UNKNOWN: retry once on a fresh connection.
 * </ul>
 *
 * Nothing else is retried: a write whose outcome is unknown is reported, never repeated. Every
 * failure is a {@link TransportException}.
 */
public final class PgSession implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PgSession.class.getName());

    /** CloseSession must not hang a closing connection when no timeout is configured. */
    private static final long CLOSE_TIMEOUT_MILLIS = 5_000;

    private static final Set<RpcMethod> CLEANUP_METHODS =
            EnumSet.of(RpcMethod.CLOSE_SESSION, RpcMethod.ROLLBACK_TRANSACTION);
    private static final Set<RpcCode> CLEANUP_RETRY_CODES =
            EnumSet.of(
                    RpcCode.UNAVAILABLE,
                    RpcCode.DEADLINE_EXCEEDED,
                    RpcCode.CANCELLED,
                    RpcCode.UNKNOWN);

    private final TransportConfig config;
    private final SessionLink link;
    private final Set<Context.CancellableContext> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile String transactionId;

    private PgSession(TransportConfig config, SessionLink link) {
        this.config = config;
        this.link = link;
    }

    /** Connects (first configured host that answers) and opens the session. */
    public static PgSession open(TransportConfig config) {
        return open(config, ChannelRegistry.shared(), TimeSource.SYSTEM);
    }

    static PgSession open(TransportConfig config, ChannelRegistry registry, TimeSource time) {
        Objects.requireNonNull(config, "config");
        SessionLink link = new SessionLink(config, registry, time, UUID.randomUUID().toString());
        link.connect();
        return new PgSession(config, link);
    }

    /** The session id sent on every RPC. */
    public String sessionId() {
        return link.sessionId();
    }

    /** The server the session currently talks to, e.g. {@code db1:9188} or {@code in-process:x}. */
    public String target() {
        return link.current().target().toString();
    }

    /**
     * Ping with credentials; false on any failure (for {@code Connection.isValid}).
     *
     * @param timeoutMillis limit for this ping; 0 = the configured timeout
     */
    public boolean ping(long timeoutMillis) {
        if (closed.get()) {
            return false;
        }
        RpcOptions options =
                timeoutMillis > 0 ? RpcOptions.timeoutMillis(timeoutMillis) : RpcOptions.DEFAULTS;
        try {
            return call(
                    RpcMethod.PING,
                    options,
                    (stub, id) -> stub.ping(PingRequest.getDefaultInstance()).getOk());
        } catch (TransportException e) {
            LOG.log(Level.FINE, "ping failed", e);
            return false;
        }
    }

    public ScanResult scan(ScanRequest request) {
        return scan(request, RpcOptions.DEFAULTS);
    }

    public ScanResult scan(ScanRequest request, RpcOptions options) {
        Objects.requireNonNull(request, "request");
        return ProtoMapping.scanResult(
                call(
                        RpcMethod.SCAN,
                        options,
                        (stub, id) -> stub.scan(ProtoMapping.scan(request, id))));
    }

    /** Inserts rows; returns the affected-row count the server reports. */
    public long insert(InsertRequest request) {
        return insert(request, RpcOptions.DEFAULTS);
    }

    public long insert(InsertRequest request, RpcOptions options) {
        Objects.requireNonNull(request, "request");
        return call(
                        RpcMethod.INSERT,
                        options,
                        (stub, id) -> stub.insert(ProtoMapping.insert(request, id)))
                .getAffectedRows();
    }

    public long update(UpdateRequest request) {
        return update(request, RpcOptions.DEFAULTS);
    }

    public long update(UpdateRequest request, RpcOptions options) {
        Objects.requireNonNull(request, "request");
        return call(
                        RpcMethod.UPDATE,
                        options,
                        (stub, id) -> stub.update(ProtoMapping.update(request, id)))
                .getAffectedRows();
    }

    public long delete(DeleteRequest request) {
        return delete(request, RpcOptions.DEFAULTS);
    }

    public long delete(DeleteRequest request, RpcOptions options) {
        Objects.requireNonNull(request, "request");
        return call(
                        RpcMethod.DELETE,
                        options,
                        (stub, id) -> stub.delete(ProtoMapping.delete(request, id)))
                .getAffectedRows();
    }

    /**
     * Begins a server transaction and returns its id. The server silently rolls back a transaction
     * still open on this session (protocol.md 7.2).
     */
    public String beginTransaction() {
        return beginTransaction(RpcOptions.DEFAULTS);
    }

    public String beginTransaction(RpcOptions options) {
        String id =
                call(
                                RpcMethod.BEGIN_TRANSACTION,
                                options,
                                (stub, sid) -> stub.beginTransaction(ProtoMapping.begin(sid)))
                        .getTransactionId();
        transactionId = id;
        return id;
    }

    /**
     * Commits. A FAILED_PRECONDITION means the transaction is gone (aborted by the server), so the
     * session no longer has one; a transport failure leaves the outcome unknown and the transaction
     * recorded as open.
     */
    public void commit(String txId) {
        commit(txId, RpcOptions.DEFAULTS);
    }

    public void commit(String txId, RpcOptions options) {
        Objects.requireNonNull(txId, "txId");
        try {
            call(
                    RpcMethod.COMMIT_TRANSACTION,
                    options,
                    (stub, sid) -> stub.commitTransaction(ProtoMapping.commit(sid, txId)));
            forgetTransaction(txId);
        } catch (TransportException e) {
            if (e.code() == RpcCode.FAILED_PRECONDITION || e.isTerminalTransactionError()) {
                forgetTransaction(txId);
            }
            throw e;
        }
    }

    /**
     * Rolls back. A transaction the server no longer knows ({@code not found}) counts as rolled
     * back: the server already cleaned it up (protocol.md 7.5).
     */
    public void rollback(String txId) {
        rollback(txId, RpcOptions.DEFAULTS);
    }

    public void rollback(String txId, RpcOptions options) {
        Objects.requireNonNull(txId, "txId");
        try {
            call(
                    RpcMethod.ROLLBACK_TRANSACTION,
                    options,
                    (stub, sid) -> stub.rollbackTransaction(ProtoMapping.rollback(sid, txId)));
        } catch (TransportException e) {
            if (!ServerMessages.isRollbackOfGoneTransaction(e.code(), e.serverMessage())) {
                throw e;
            }
            LOG.fine(() -> "rollback of a transaction the server no longer has: " + txId);
        }
        forgetTransaction(txId);
    }

    /** True between a successful BeginTransaction and its commit, rollback or terminal error. */
    public boolean isTransactionOpen() {
        return transactionId != null;
    }

    /**
     * One SQL statement through ExecuteSql (runs as the server's DBA identity, outside any
     * transaction).
     */
    public SqlResult executeSql(String sql) {
        return executeSql(sql, RpcOptions.DEFAULTS);
    }

    public SqlResult executeSql(String sql, RpcOptions options) {
        Objects.requireNonNull(sql, "sql");
        return ProtoMapping.sqlResult(
                call(
                        RpcMethod.EXECUTE_SQL,
                        options,
                        (stub, id) -> stub.executeSql(ProtoMapping.executeSql(sql, id))));
    }

    /** One query through ExecuteQuery (metadata and kalam_exec; results capped by the server). */
    public QueryResult executeQuery(String sql) {
        return executeQuery(sql, RpcOptions.DEFAULTS);
    }

    public QueryResult executeQuery(String sql, RpcOptions options) {
        Objects.requireNonNull(sql, "sql");
        return ProtoMapping.queryResult(
                call(
                        RpcMethod.EXECUTE_QUERY,
                        options,
                        (stub, id) -> stub.executeQuery(ProtoMapping.executeQuery(sql, id))));
    }

    /**
     * Cancels every call of this session in flight right now, from any thread; each fails with a
     * CANCELLED {@link TransportException} (SQLState 57014). Calls started later are not affected.
     */
    public void cancelInFlight() {
        for (Context.CancellableContext context : inFlight) {
            context.cancel(new CancellationException("cancelled by cancelInFlight"));
        }
    }

    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Sends CloseSession (the server rolls back an open transaction) and releases the channel.
     * Idempotent; never throws: a session the server cannot be told about expires on its own.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        long timeout = config.timeoutMillis() > 0 ? config.timeoutMillis() : CLOSE_TIMEOUT_MILLIS;
        try {
            run(
                    RpcMethod.CLOSE_SESSION,
                    RpcOptions.timeoutMillis(timeout),
                    (stub, id) -> stub.closeSession(ProtoMapping.closeSession(id)));
        } catch (TransportException e) {
            LOG.log(Level.FINE, "CloseSession failed; the server expires the session itself", e);
        } finally {
            transactionId = null;
            link.release();
        }
    }

    @Override
    public String toString() {
        return "PgSession["
                + link.sessionId()
                + " on "
                + target()
                + (closed.get() ? ", closed" : "")
                + "]";
    }

    /** One RPC of the session, given the stub of the attempt and the session id. */
    @FunctionalInterface
    private interface Invocation<T> {
        T invoke(PgServiceBlockingStub stub, String sessionId);
    }

    private <T> T call(RpcMethod method, RpcOptions options, Invocation<T> invocation) {
        if (closed.get()) {
            throw new TransportException(
                    method,
                    RpcCode.FAILED_PRECONDITION,
                    "",
                    "the KalamDB session is closed",
                    FailureClass.connection("08003"),
                    null);
        }
        return run(method, options, invocation);
    }

    // Runs the call in a cancellable context of its own so that cancelInFlight can reach it from
    // another thread, whatever the attempt (first try, re-open, retry) in progress.
    private <T> T run(RpcMethod method, RpcOptions options, Invocation<T> invocation) {
        CallBudget budget = CallBudget.of(options.effectiveTimeoutMillis(config.timeoutMillis()));
        Context.CancellableContext context = Context.current().withCancellation();
        inFlight.add(context);
        Context previous = context.attach();
        try {
            return withRecovery(method, budget, context, invocation);
        } finally {
            context.detach(previous);
            inFlight.remove(context);
            context.cancel(null);
        }
    }

    private <T> T withRecovery(
            RpcMethod method,
            CallBudget budget,
            Context.CancellableContext context,
            Invocation<T> invocation) {
        if (method.checksSession()) {
            link.renewIfDue(budget);
        }
        Connection connection = link.current();
        int generation = link.generation();
        try {
            return attempt(connection, method, budget, invocation);
        } catch (StatusRuntimeException failure) {
            if (context.isCancelled()) {
                throw failure(failure, method, connection, budget, true);
            }
            RpcCode code = StatusTranslator.code(failure.getStatus().getCode());
            String message = StatusTranslator.description(failure);
            if (method.checksSession() && ServerMessages.isSessionLost(code, message)) {
                LOG.fine(() -> method.wireName() + " found the session lost: " + message);
                link.reopen(generation, budget);
                return retry(link.current(), method, budget, context, invocation);
            }
            Optional<LeaderHint> leader = leaderToFollow(method, connection, code, message);
            if (leader.isPresent()) {
                Connection moved;
                try {
                    moved = link.redirect(connection, leader.get(), budget);
                } catch (TransportException redirectFailure) {
                    TransportException original =
                            failure(failure, method, connection, budget, false);
                    original.addSuppressed(redirectFailure);
                    throw original;
                }
                return retry(moved, method, budget, context, invocation);
            }
            if (CLEANUP_METHODS.contains(method) && CLEANUP_RETRY_CODES.contains(code)) {
                LOG.fine(
                        () ->
                                method.wireName()
                                        + " failed with "
                                        + code
                                        + "; retrying on a new connection");
                return retryOnFreshConnection(
                        connection, method, budget.renewed(), context, invocation);
            }
            throw failure(failure, method, connection, budget, false);
        }
    }

    // Redirects move the session to another node, where the server transaction does not exist
    // (transactions are node-local): only outside a transaction, only for network targets.
    private Optional<LeaderHint> leaderToFollow(
            RpcMethod method, Connection connection, RpcCode code, String message) {
        if (!method.checksSession()
                || isTransactionOpen()
                || !(connection.target() instanceof ChannelTarget.Network)) {
            return Optional.empty();
        }
        return LeaderHint.parse(code, message);
    }

    private <T> T retry(
            Connection connection,
            RpcMethod method,
            CallBudget budget,
            Context.CancellableContext context,
            Invocation<T> invocation) {
        try {
            return attempt(connection, method, budget, invocation);
        } catch (StatusRuntimeException failure) {
            throw failure(failure, method, connection, budget, context.isCancelled());
        }
    }

    private <T> T retryOnFreshConnection(
            Connection connection,
            RpcMethod method,
            CallBudget budget,
            Context.CancellableContext context,
            Invocation<T> invocation) {
        try (ChannelLease lease = link.dedicatedLease(connection)) {
            return retry(
                    new Connection(connection.target(), lease),
                    method,
                    budget,
                    context,
                    invocation);
        }
    }

    private <T> T attempt(
            Connection connection, RpcMethod method, CallBudget budget, Invocation<T> invocation) {
        return invocation.invoke(link.stub(connection, method, budget), link.sessionId());
    }

    // Translation plus bookkeeping: after a terminal error the server runs this session in
    // autocommit again (protocol.md 7.7).
    private TransportException failure(
            StatusRuntimeException failure,
            RpcMethod method,
            Connection connection,
            CallBudget budget,
            boolean cancelledByCaller) {
        TransportException translated =
                StatusTranslator.translate(
                        failure, method, connection.target(), budget, cancelledByCaller);
        if (translated.isTerminalTransactionError()) {
            transactionId = null;
        }
        return translated;
    }

    private void forgetTransaction(String txId) {
        if (txId.equals(transactionId)) {
            transactionId = null;
        }
    }
}
