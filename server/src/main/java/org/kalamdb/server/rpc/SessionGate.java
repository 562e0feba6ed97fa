package org.kalamdb.server.rpc;

import org.kalamdb.server.KalamError;
import org.kalamdb.server.auth.Caller;

/**
 * The session-handle check every non-open RPC starts with (protocol.md 3.7) and the activity
 * record that follows it (4.5). Validation happens before any work, so a rejected call had no
 * side effects and may be retried after re-opening the session.
 */
final class SessionGate {

    private final PgContext ctx;

    SessionGate(PgContext ctx) {
        this.ctx = ctx;
    }

    /** @return the trimmed session id */
    String validate(String rawSessionId) {
        String id = rawSessionId.trim();
        if (id.isEmpty()) {
            throw KalamError.invalidArgument("session_id must not be empty");
        }
        if (!ctx.auth().isOpen()) {
            ctx.sessions().validate(id);
        }
        return id;
    }

    /** @return true when the registry entry was created for this call */
    boolean record(String sessionId, String method, Caller caller) {
        return ctx.sessions().touch(sessionId, method, caller.clientAddress());
    }
}
