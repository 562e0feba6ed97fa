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
 *       UNKNOWN: retry once on a fresh connection;
 *   <li>any call after UNAVAILABLE when its request never reached the transport (the link was
 *       down), and a read (Scan, Ping, a read-only ExecuteQuery) after UNAVAILABLE even when it
 *       did: wait (bounded) for the link to be up again, then retry once.
 * </ul>
 *
 * A channel that failed to connect sits in gRPC's reconnect backoff and fails calls at once; a call
 * on such a channel first resets the backoff and waits (bounded) for the new connection attempt.
 * Nothing else is retried: a write whose request may have reached the server is never repeated,
 * and when its answer is lost it is reported in doubt (08007, {@link
 * TransportException#isInDoubt()}). Every failure is a {@link TransportException}.
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
                    Effect.READ,
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
                        Effect.READ,
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
                        Effect.WRITE,
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
                        Effect.WRITE,
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
                        Effect.WRITE,
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
                                Effect.CONTROL,
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
                    new Spec(
                            RpcMethod.COMMIT_TRANSACTION,
                            Effect.WRITE,
                            "COMMIT of transaction " + txId),
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
                    Effect.CONTROL,
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
                        Effect.WRITE,
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
                        ReadOnlySql.isRead(sql) ? Effect.READ : Effect.WRITE,
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
                    Spec.of(RpcMethod.CLOSE_SESSION, Effect.CONTROL),
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

    /**
     * What a call does on the server, which decides what may follow when the link fails under it.
     */
    private enum Effect {
        /** Reads only: sent again once after the link failed, even if it may have arrived. */
        READ,
        /**
         * Changes data: never sent again once it may have reached the server; reported in doubt
         * when it did and its answer was lost.
         */
        WRITE,
        /**
         * Session and transaction control: never sent again once it may have arrived, never in
         * doubt (CloseSession and RollbackTransaction have their own cleanup retry).
         */
        CONTROL
    }

    /** The fixed description of a call: its method, its effect and how messages name it. */
    private record Spec(RpcMethod method, Effect effect, String subject) {
        static Spec of(RpcMethod method, Effect effect) {
            return new Spec(method, effect, method.wireName() + " request");
        }
    }

    /** One call in progress: its description, its time, and the context that cancels it. */
    private record Call(Spec spec, CallBudget budget, Context.CancellableContext context) {
        RpcMethod method() {
            return spec.method();
        }

        boolean isRead() {
            return spec.effect() == Effect.READ;
        }

        Call renewed() {
            return new Call(spec, budget.renewed(), context);
        }
    }

    private <T> T call(
            RpcMethod method, Effect effect, RpcOptions options, Invocation<T> invocation) {
        return call(Spec.of(method, effect), options, invocation);
    }

    private <T> T call(Spec spec, RpcOptions options, Invocation<T> invocation) {
        if (closed.get()) {
            throw new TransportException(
                    spec.method(),
                    RpcCode.FAILED_PRECONDITION,
                    "",
                    "the KalamDB session is closed",
                    FailureClass.connection("08003"),
                    null);
        }
        return run(spec, options, invocation);
    }

    // Runs the call in a cancellable context of its own so that cancelInFlight can reach it from
    // another thread, whatever the attempt (first try, re-open, retry) in progress.
    private <T> T run(Spec spec, RpcOptions options, Invocation<T> invocation) {
        CallBudget budget = CallBudget.of(options.effectiveTimeoutMillis(config.timeoutMillis()));
        Context.CancellableContext context = Context.current().withCancellation();
        inFlight.add(context);
        Context previous = context.attach();
        try {
            return withRecovery(new Call(spec, budget, context), invocation);
        } finally {
            context.detach(previous);
            inFlight.remove(context);
            context.cancel(null);
        }
    }

    private <T> T withRecovery(Call call, Invocation<T> invocation) {
        RpcMethod method = call.method();
        if (method.checksSession()) {
            link.renewIfDue(call.budget());
        }
        Connection connection = link.current();
        int generation = link.generation();
        // A channel whose last connection attempt failed fails every call at once until its
        // reconnect backoff ends, even when the server is back: start a new attempt now.
        boolean linkDown =
                connection.lease().isFailing()
                        && !link.awaitLink(connection, call.budget(), call.isRead());
        RequestProgress progress = new RequestProgress();
        try {
            return attempt(connection, call, progress, invocation);
        } catch (StatusRuntimeException failure) {
            if (call.context().isCancelled()) {
                throw failure(failure, call, connection, progress, true);
            }
            RpcCode code = StatusTranslator.code(failure.getStatus().getCode());
            String message = StatusTranslator.description(failure);
            if (method.checksSession() && ServerMessages.isSessionLost(code, message)) {
                LOG.fine(() -> method.wireName() + " found the session lost: " + message);
                link.reopen(generation, call.budget());
                return retry(link.current(), call, invocation);
            }
            Optional<LeaderHint> leader = leaderToFollow(method, connection, code, message);
            if (leader.isPresent()) {
                Connection moved;
                try {
                    moved = link.redirect(connection, leader.get(), call.budget());
                } catch (TransportException redirectFailure) {
                    TransportException original =
                            failure(failure, call, connection, progress, false);
                    original.addSuppressed(redirectFailure);
                    throw original;
                }
                return retry(moved, call, invocation);
            }
            if (CLEANUP_METHODS.contains(method) && CLEANUP_RETRY_CODES.contains(code)) {
                LOG.fine(
                        () ->
                                method.wireName()
                                        + " failed with "
                                        + code
                                        + "; retrying on a new connection");
                return retryOnFreshConnection(connection, call.renewed(), invocation);
            }
            if (code == RpcCode.UNAVAILABLE
                    && !linkDown
                    && (call.isRead() || !progress.requestSent())
                    && link.awaitLink(connection, call.budget(), call.isRead())) {
                LOG.fine(
                        () ->
                                method.wireName()
                                        + " failed with UNAVAILABLE ("
                                        + message
                                        + "); the link is up again, retrying once");
                return retry(connection, call, invocation);
            }
            // The wait for the link may have ended because the caller cancelled the call.
            throw failure(failure, call, connection, progress, call.context().isCancelled());
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

    private <T> T retry(Connection connection, Call call, Invocation<T> invocation) {
        RequestProgress progress = new RequestProgress();
        try {
            return attempt(connection, call, progress, invocation);
        } catch (StatusRuntimeException failure) {
            throw failure(failure, call, connection, progress, call.context().isCancelled());
        }
    }

    private <T> T retryOnFreshConnection(
            Connection connection, Call call, Invocation<T> invocation) {
        try (ChannelLease lease = link.dedicatedLease(connection)) {
            return retry(new Connection(connection.target(), lease), call, invocation);
        }
    }

    private <T> T attempt(
            Connection connection,
            Call call,
            RequestProgress progress,
            Invocation<T> invocation) {
        return invocation.invoke(
                link.stub(connection, call.method(), call.budget(), progress), link.sessionId());
    }

    // Translation plus bookkeeping: a write whose answer was lost is in doubt; after a terminal
    // error the server runs this session in autocommit again (protocol.md 7.7).
    private TransportException failure(
            StatusRuntimeException failure,
            Call call,
            Connection connection,
            RequestProgress progress,
            boolean cancelledByCaller) {
        TransportException translated =
                StatusTranslator.translate(
                        failure,
                        call.method(),
                        connection.target(),
                        call.budget(),
                        cancelledByCaller);
        if (isInDoubt(call, translated, progress, cancelledByCaller)) {
            translated =
                    StatusTranslator.inDoubt(
                            translated, call.spec().subject(), connection.target());
        }
        if (translated.isTerminalTransactionError()) {
            transactionId = null;
        }
        return translated;
    }

    // In doubt: a write that may have reached the server, whose outcome this client never learnt,
    // and whose effect would be permanent on its own (autocommit, DDL, or the COMMIT itself). A
    // write inside a transaction is not: nothing of it is visible unless the transaction commits.
    // The server's answer may have arrived and still be lost to us when our own deadline or
    // cancellation ended the call first. A caller's cancellation leaves only a COMMIT in doubt
    // (Statement.cancel of a write stays 57014).
    private boolean isInDoubt(
            Call call,
            TransportException translated,
            RequestProgress progress,
            boolean cancelledByCaller) {
        if (call.spec().effect() != Effect.WRITE || !progress.requestSent()) {
            return false;
        }
        RpcMethod method = call.method();
        boolean permanentOnItsOwn =
                method == RpcMethod.COMMIT_TRANSACTION
                        || method == RpcMethod.EXECUTE_SQL
                        || method == RpcMethod.EXECUTE_QUERY
                        || transactionId == null;
        if (!permanentOnItsOwn) {
            return false;
        }
        if (cancelledByCaller) {
            return method == RpcMethod.COMMIT_TRANSACTION;
        }
        return switch (translated.code()) {
            case UNAVAILABLE -> !progress.answered();
            case DEADLINE_EXCEEDED -> !progress.answered() || call.budget().isExpired();
            default -> false;
        };
    }

    private void forgetTransaction(String txId) {
        if (txId.equals(transactionId)) {
            transactionId = null;
        }
    }
}
