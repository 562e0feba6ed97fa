package org.kalamdb.server.rpc;

import org.kalamdb.server.auth.Identity;

/**
 * A session registry entry (protocol.md 4.5). {@code auth} is null for entries the registry
 * created implicitly for an RPC (no bridge auth: {@code session not authenticated});
 * {@code transactionId} is the pin set by BeginTransaction and cleared by Commit/Rollback, which
 * protects the entry from idle pruning.
 */
public record RemoteSession(String sessionId, String currentSchema, String transactionId, long openedAtMs,
                            long lastSeenAtMs, String clientAddr, String lastMethod, BridgeAuth auth) {

    /** The authenticated identity behind a session and its lease (fixed at OpenSession). */
    public record BridgeAuth(Identity identity, long leaseExpiresAtMs) {
    }

    RemoteSession seen(long nowMs, String method, String addr) {
        return new RemoteSession(sessionId, currentSchema, transactionId, openedAtMs, nowMs, addr, method, auth);
    }

    RemoteSession withTransaction(String txId) {
        return new RemoteSession(sessionId, currentSchema, txId, openedAtMs, lastSeenAtMs, clientAddr, lastMethod, auth);
    }
}
