package org.kalamdb.jdbc.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import io.grpc.ClientInterceptor;
import io.grpc.Context;
import io.grpc.StatusRuntimeException;
import org.kalamdb.jdbc.transport.proto.OpenSessionResponse;
import org.kalamdb.jdbc.transport.proto.PgServiceGrpc;
import org.kalamdb.jdbc.transport.proto.PgServiceGrpc.PgServiceBlockingStub;

/**
 * The authenticated server-side session behind a {@link PgSession}: which server it lives on, under
 * which id, and until when its lease runs. Opens it (trying the configured hosts in order),
 * re-opens it under the same id when the server lost it or its lease is about to end, and moves it
 * to the leader a server names (protocol.md 3.8, 3.9, 7.9).
 *
 * <p>Every (re-)open bumps a generation counter: threads that saw the same lost session re-open it
 * once between them.
 */
final class SessionLink {

    private static final Logger LOG = Logger.getLogger(SessionLink.class.getName());

    /** Renew this long before the lease ends (at most half of the lease). */
    static final long RENEWAL_MARGIN_MILLIS = 60_000;

    private final TransportConfig config;
    private final ChannelRegistry registry;
    private final TimeSource time;
    private final Optional<ClientInterceptor> credentials;
    private final Object lock = new Object();

    private volatile String sessionId;
    private volatile Connection connection;
    private volatile int generation;
    private volatile boolean renewalScheduled;
    private volatile long renewAtNanos;

    SessionLink(
            TransportConfig config, ChannelRegistry registry, TimeSource time, String sessionId) {
        this.config = config;
        this.registry = registry;
        this.time = time;
        this.credentials = AuthMetadata.interceptor(config.auth());
        this.sessionId = sessionId;
    }

    String sessionId() {
        return sessionId;
    }

    Connection current() {
        return connection;
    }

    int generation() {
        return generation;
    }

    /**
     * Opens the session on the first target that answers OpenSession. A target that cannot be
     * reached (or does not answer in time) is skipped; any other answer, such as wrong credentials,
     * ends the attempt at once.
     */
    void connect() {
        List<TransportException> unreachable = new ArrayList<>();
        for (ChannelTarget target : targets()) {
            ChannelLease lease = null;
            try {
                lease = registry.acquire(ChannelKey.of(target, config));
                Connection candidate = new Connection(target, lease);
                open(candidate, CallBudget.of(connectBudgetMillis()));
                connection = candidate;
                LOG.fine(() -> "session " + sessionId + " opened on " + target);
                return;
            } catch (TransportException e) {
                if (lease != null) {
                    lease.close();
                }
                FailureClass.Category category = e.classification().category();
                if (category != FailureClass.Category.CONNECTION
                        && category != FailureClass.Category.TIMEOUT) {
                    throw e;
                }
                unreachable.add(e);
            }
        }
        throw noTargetAnswered(unreachable);
    }

    // OpenSession while connecting: bounded by the RPC timeout, or by connectTimeout when there is
    // none, so that a server that accepts the connection and never answers cannot hang connect.
    private long connectBudgetMillis() {
        return config.timeoutMillis() > 0 ? config.timeoutMillis() : config.connectTimeoutMillis();
    }

    /**
     * Waits, at most until the call's deadline and at most connectTimeout, for the link to {@code
     * on}'s server to be up again after a failure, resetting the channel's reconnect backoff.
     *
     * @param persistent keep trying until the bound (reads); otherwise give up as soon as one new
     *     connection attempt fails, i.e. the server refuses now
     * @return true when the channel is ready for a new attempt
     */
    boolean awaitLink(Connection on, CallBudget budget, boolean persistent) {
        long connectWait =
                config.connectTimeoutMillis() > 0
                        ? config.connectTimeoutMillis()
                        : TransportConfig.DEFAULT_CONNECT_TIMEOUT_MILLIS;
        long bound = budget.remainingMillis(connectWait);
        return bound > 0 && on.lease().awaitReady(bound, persistent);
    }

    /**
     * Re-opens the session under the same id on its current server, unless another thread already
     * did since {@code seenGeneration}.
     */
    void reopen(int seenGeneration, CallBudget budget) {
        synchronized (lock) {
            if (generation != seenGeneration) {
                return;
            }
            LOG.fine(() -> "re-opening session " + sessionId + " on " + connection.target());
            open(connection, budget);
        }
    }

    /** Re-opens before the lease ends, when the renewal time has come. */
    void renewIfDue(CallBudget budget) {
        if (!renewalDue()) {
            return;
        }
        synchronized (lock) {
            if (renewalDue()) {
                LOG.fine(() -> "renewing the lease of session " + sessionId);
                open(connection, budget);
            }
        }
    }

    /**
     * Moves the session to the leader named by {@code hint}: opens it under the same id there and
     * makes that the current server. Throws the last failure when no candidate address answers.
     */
    Connection redirect(Connection from, LeaderHint hint, CallBudget budget) {
        synchronized (lock) {
            int currentPort = ((ChannelTarget.Network) from.target()).address().port();
            TransportException lastFailure = null;
            for (HostPort address : hint.rpcCandidates(currentPort)) {
                ChannelTarget target = new ChannelTarget.Network(address);
                if (target.equals(from.target())) {
                    continue;
                }
                ChannelLease lease = registry.acquire(ChannelKey.of(target, config));
                Connection leader = new Connection(target, lease);
                try {
                    open(leader, budget);
                } catch (TransportException e) {
                    lease.close();
                    lastFailure = e;
                    continue;
                }
                Connection previous = connection;
                connection = leader;
                previous.lease().close();
                LOG.fine(() -> "session " + sessionId + " moved to leader " + target);
                return leader;
            }
            throw lastFailure != null
                    ? lastFailure
                    : new TransportException(
                            RpcMethod.OPEN_SESSION,
                            RpcCode.UNAVAILABLE,
                            "",
                            "the leader hint names no other server than " + from.target(),
                            FailureClass.connection("08001"),
                            null);
        }
    }

    /** A fresh channel to the server of {@code from}, for one cleanup retry. */
    ChannelLease dedicatedLease(Connection from) {
        return registry.acquireDedicated(from.lease().key());
    }

    /** A blocking stub for one attempt; credentials only on Ping and OpenSession. */
    PgServiceBlockingStub stub(Connection on, RpcMethod method, CallBudget budget) {
        return stub(on, method, budget, new RequestProgress());
    }

    /** The same, reporting how far the attempt got to {@code progress}. */
    PgServiceBlockingStub stub(
            Connection on, RpcMethod method, CallBudget budget, RequestProgress progress) {
        PgServiceBlockingStub stub =
                PgServiceGrpc.newBlockingStub(on.lease().channel())
                        .withInterceptors(progress, ResultReplyParsing.INSTANCE);
        if (budget.deadline() != null) {
            stub = stub.withDeadline(budget.deadline());
        }
        if (method.authenticates() && credentials.isPresent()) {
            stub = stub.withInterceptors(credentials.get());
        }
        return stub;
    }

    /** Gives the channel reference back; the session is unusable afterwards. */
    void release() {
        Connection last = connection;
        if (last != null) {
            last.lease().close();
        }
    }

    private void open(Connection on, CallBudget budget) {
        OpenSessionResponse response;
        try {
            response =
                    stub(on, RpcMethod.OPEN_SESSION, budget)
                            .openSession(
                                    ProtoMapping.openSession(sessionId, config.currentSchema()));
        } catch (StatusRuntimeException e) {
            throw StatusTranslator.translate(
                    e,
                    RpcMethod.OPEN_SESSION,
                    on.target(),
                    budget,
                    Context.current().isCancelled());
        }
        String returned = response.getSessionId().trim();
        if (!returned.isEmpty() && !returned.equals(sessionId)) {
            // The server is authoritative for the id (protocol.md 3.9); the real one echoes ours.
            LOG.fine(() -> "server assigned session id " + returned + " instead of " + sessionId);
            sessionId = returned;
        }
        scheduleRenewal(response.getLeaseExpiresAtMs());
        generation++;
    }

    // The lease end is on the server clock: the remaining time is measured against our wall clock
    // once, then tracked on the monotonic clock. A lease already over by our clock (skew) gets no
    // proactive renewal; the re-open on "session lease expired" still covers it.
    private void scheduleRenewal(long leaseExpiresAtMillis) {
        long remaining = leaseExpiresAtMillis - time.wallMillis();
        if (leaseExpiresAtMillis <= 0 || remaining <= 0) {
            renewalScheduled = false;
            return;
        }
        long margin = Math.min(RENEWAL_MARGIN_MILLIS, remaining / 2);
        renewAtNanos = time.monotonicNanos() + TimeUnit.MILLISECONDS.toNanos(remaining - margin);
        renewalScheduled = true;
    }

    private boolean renewalDue() {
        return renewalScheduled && time.monotonicNanos() - renewAtNanos >= 0;
    }

    private List<ChannelTarget> targets() {
        if (config.inProcess()) {
            return List.of(new ChannelTarget.InProcess(config.inProcessName()));
        }
        return config.targets().stream()
                .map(address -> (ChannelTarget) new ChannelTarget.Network(address))
                .toList();
    }

    private static TransportException noTargetAnswered(List<TransportException> failures) {
        TransportException last = failures.get(failures.size() - 1);
        if (failures.size() == 1) {
            return last;
        }
        StringBuilder text = new StringBuilder("no KalamDB server answered: ");
        for (int i = 0; i < failures.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(failures.get(i).getMessage());
        }
        TransportException combined =
                new TransportException(
                        RpcMethod.OPEN_SESSION,
                        last.code(),
                        last.serverMessage(),
                        text.toString(),
                        last.classification(),
                        last);
        failures.subList(0, failures.size() - 1).forEach(combined::addSuppressed);
        return combined;
    }
}
