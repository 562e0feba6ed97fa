package org.kalamdb.server.rpc;

import org.kalamdb.server.KalamError;
import org.kalamdb.server.auth.Caller;
import org.kalamdb.server.auth.Identity;
import org.kalamdb.server.proto.CloseSessionRequest;
import org.kalamdb.server.proto.CloseSessionResponse;
import org.kalamdb.server.proto.OpenSessionRequest;
import org.kalamdb.server.proto.OpenSessionResponse;
import org.kalamdb.server.proto.PingRequest;
import org.kalamdb.server.proto.PingResponse;
import org.kalamdb.server.store.OwnerKey;
import org.kalamdb.server.store.Transaction;
import org.kalamdb.server.store.TransactionIds;

/** Ping, OpenSession and CloseSession (protocol.md 3.4, 3.5, 4.2, 4.4). */
final class SessionRpc {

    private final PgContext ctx;

    SessionRpc(PgContext ctx) {
        this.ctx = ctx;
    }

    PingResponse ping(PingRequest request, Caller caller) {
        ctx.auth().ping(caller);
        return PingResponse.newBuilder().setOk(true).build();
    }

    /**
     * Authenticates, then inserts a fresh entry (new lease, pin cleared) for the given or a new
     * UUIDv7 id. A transaction already open for that id is untouched and continues.
     */
    OpenSessionResponse open(OpenSessionRequest request, Caller caller) {
        Identity identity = ctx.auth().openSession(caller);
        String id = request.getSessionId().trim();
        if (id.isEmpty()) {
            id = TransactionIds.newUuidV7(ctx.clock());
        }
        String schema = request.hasCurrentSchema() && !request.getCurrentSchema().isBlank()
                ? request.getCurrentSchema().trim() : null;
        RemoteSession entry = ctx.sessions().open(id, schema, identity, ctx.leaseMs(), caller.clientAddress());
        OpenSessionResponse.Builder response = OpenSessionResponse.newBuilder()
                .setSessionId(id)
                .setLeaseExpiresAtMs(entry.auth().leaseExpiresAtMs());
        if (schema != null) {
            response.setCurrentSchema(schema);
        }
        return response.build();
    }

    /**
     * Always succeeds for a non-empty id — no auth, no lease check, so cleanup works for expired
     * sessions — rolling back the session's transaction and removing its entry.
     */
    CloseSessionResponse close(CloseSessionRequest request) {
        String id = request.getSessionId().trim();
        if (id.isEmpty()) {
            throw KalamError.invalidArgument("session_id must not be empty");
        }
        OwnerKey owner = ownerOrNull(id);
        String rolledBack = owner == null ? null : ctx.transactions().discard(owner);
        RemoteSession entry = ctx.sessions().get(id);
        if (rolledBack == null && entry != null && entry.transactionId() != null) {
            Transaction pinned = ctx.transactions().byId(entry.transactionId());
            if (pinned != null) {
                ctx.transactions().discard(pinned.owner());
            }
        }
        ctx.sessions().remove(id);
        return CloseSessionResponse.getDefaultInstance();
    }

    private static OwnerKey ownerOrNull(String id) {
        try {
            return OwnerKey.fromSessionId(id);
        } catch (KalamError e) {
            return null;
        }
    }
}
