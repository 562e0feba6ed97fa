package org.kalamdb.server.rpc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

import org.kalamdb.server.KalamError;
import org.kalamdb.server.auth.Identity;

/**
 * PgService sessions (protocol.md 3.7, 3.8, 4): OpenSession replaces an entry with a fresh lease;
 * other RPCs validate the handle, then {@link #touch} records activity — creating an entry without
 * bridge auth when there is none. Idle pruning runs at most once per interval on OpenSession, on
 * every touch and on system.sessions snapshots, and removes every entry idle for at least the TTL
 * that has no transaction pinned — including the caller's own, which touch then re-creates without
 * auth (so the NEXT call fails {@code session not authenticated}), exactly as on the real server.
 */
public final class SessionRegistry {

    /** The real server's prune cadence; shorter TTLs prune at the TTL. */
    private static final long PRUNE_INTERVAL_MS = 1_000;
    static final String LEASE_EXPIRED = "session lease expired \u2013 re-authenticate via open_session";

    private final ConcurrentMap<String, RemoteSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long idleTtlMs;
    private final long pruneIntervalMs;
    private long lastPruneMs = Long.MIN_VALUE;

    /** @param idleTtlMs idle pruning TTL; 0 disables pruning */
    public SessionRegistry(Clock clock, long idleTtlMs) {
        this.clock = clock;
        this.idleTtlMs = idleTtlMs;
        this.pruneIntervalMs = idleTtlMs <= 0 ? 0 : Math.min(PRUNE_INTERVAL_MS, idleTtlMs);
    }

    /** OpenSession: a brand-new entry (new lease, pin cleared), replacing any existing one. */
    public RemoteSession open(String sessionId, String currentSchema, Identity identity, long leaseMs, String clientAddr) {
        pruneIfDue();
        long now = clock.millis();
        RemoteSession entry = new RemoteSession(sessionId, currentSchema, null, now, now, clientAddr, "OpenSession",
                new RemoteSession.BridgeAuth(identity, now + leaseMs));
        sessions.put(sessionId, entry);
        return entry;
    }

    /** The handle checks of protocol.md 3.7 step 3 (only when the service has authentication). */
    public void validate(String sessionId) {
        RemoteSession entry = sessions.get(sessionId);
        if (entry == null) {
            throw KalamError.unauthenticated("invalid or expired session");
        }
        if (entry.auth() == null) {
            throw KalamError.unauthenticated("session not authenticated");
        }
        if (clock.millis() >= entry.auth().leaseExpiresAtMs()) {
            throw KalamError.unauthenticated(LEASE_EXPIRED);
        }
    }

    /**
     * Records an RPC on a session after validation ({@code open_or_get_with_context}).
     * @return true when the entry did not exist and was created for this call
     */
    public boolean touch(String sessionId, String method, String clientAddr) {
        pruneIfDue();
        long now = clock.millis();
        boolean[] created = new boolean[1];
        sessions.compute(sessionId, (id, entry) -> {
            if (entry == null) {
                created[0] = true;
                return new RemoteSession(id, null, null, now, now, clientAddr, method, null);
            }
            return entry.seen(now, method, clientAddr);
        });
        return created[0];
    }

    public RemoteSession get(String sessionId) {
        return sessions.get(sessionId);
    }

    /** Pins a transaction; false when the entry vanished meanwhile. */
    public boolean pin(String sessionId, String transactionId) {
        return sessions.computeIfPresent(sessionId, (id, e) -> e.withTransaction(transactionId)) != null;
    }

    /** Clears the pin of a session if it pins this transaction (any, when {@code transactionId} is null). */
    public void unpin(String sessionId, String transactionId) {
        sessions.computeIfPresent(sessionId, (id, e) ->
                e.transactionId() != null && (transactionId == null || transactionId.equals(e.transactionId()))
                        ? e.withTransaction(null) : e);
    }

    public void remove(String sessionId) {
        sessions.remove(sessionId);
    }

    /** Removes an entry an RPC created for itself, unless a transaction got pinned on it. */
    public void removeIfUnpinned(String sessionId) {
        sessions.computeIfPresent(sessionId, (id, e) -> e.transactionId() == null ? null : e);
    }

    /**
     * Every entry, pruning first as the system.sessions snapshot does — there an entry counts as
     * busy when a live transaction exists for it, not by the registry pin.
     */
    public List<RemoteSession> snapshot(Predicate<RemoteSession> hasLiveTransaction) {
        prune(hasLiveTransaction);
        return new ArrayList<>(sessions.values());
    }

    private void pruneIfDue() {
        prune(e -> e.transactionId() != null);
    }

    private void prune(Predicate<RemoteSession> busy) {
        if (idleTtlMs <= 0) {
            return;
        }
        long now = clock.millis();
        synchronized (this) {
            if (lastPruneMs != Long.MIN_VALUE && now - lastPruneMs < pruneIntervalMs) {
                return;
            }
            lastPruneMs = now;
        }
        sessions.values().removeIf(e -> !busy.test(e) && now - e.lastSeenAtMs() >= idleTtlMs);
    }
}
