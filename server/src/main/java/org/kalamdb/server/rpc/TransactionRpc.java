package org.kalamdb.server.rpc;

import org.kalamdb.server.KalamError;
import org.kalamdb.server.auth.Caller;
import org.kalamdb.server.proto.BeginTransactionRequest;
import org.kalamdb.server.proto.BeginTransactionResponse;
import org.kalamdb.server.proto.CommitTransactionRequest;
import org.kalamdb.server.proto.CommitTransactionResponse;
import org.kalamdb.server.proto.RollbackTransactionRequest;
import org.kalamdb.server.proto.RollbackTransactionResponse;
import org.kalamdb.server.store.OwnerKey;
import org.kalamdb.server.store.Transaction;
import org.kalamdb.server.store.TransactionIds;

/** BeginTransaction, CommitTransaction, RollbackTransaction (protocol.md 7.2, 7.4, 7.5). */
final class TransactionRpc {

    private final PgContext ctx;
    private final SessionGate gate;

    TransactionRpc(PgContext ctx) {
        this.ctx = ctx;
        this.gate = new SessionGate(ctx);
    }

    /** Rolls back the session's current transaction, if any, then starts a new one (not idempotent). */
    BeginTransactionResponse begin(BeginTransactionRequest req, Caller caller) {
        String sessionId = gate.validate(req.getSessionId());
        gate.record(sessionId, "BeginTransaction", caller);
        OwnerKey owner = OwnerKey.fromSessionId(sessionId);
        Transaction current = ctx.transactions().forOwner(owner);
        if (current == null) {
            RemoteSession entry = ctx.sessions().get(sessionId);
            current = entry == null || entry.transactionId() == null ? null
                    : ctx.transactions().byId(entry.transactionId());
        }
        if (current != null) {
            rollbackStale(current);
        }
        Transaction tx = ctx.transactions().begin(owner, sessionId);
        if (!ctx.sessions().pin(sessionId, tx.id())) {
            ctx.transactions().discard(owner);
            throw KalamError.failedPrecondition("session '" + sessionId + "' not found");
        }
        return BeginTransactionResponse.newBuilder().setTransactionId(tx.id()).build();
    }

    /** "auto-rolling back stale transaction": terminal-looking failures are reconciled, others returned. */
    private void rollbackStale(Transaction stale) {
        try {
            ctx.transactions().rollback(stale.id());
        } catch (KalamError e) {
            if (!TerminalErrors.isTerminal(e)) {
                throw e;
            }
            ctx.transactions().discard(stale.owner());
        }
        ctx.sessions().unpin(stale.ownerId(), stale.id());
    }

    CommitTransactionResponse commit(CommitTransactionRequest req, Caller caller) {
        String sessionId = gate.validate(req.getSessionId());
        String txId = req.getTransactionId().trim();
        if (txId.isEmpty()) {
            throw KalamError.invalidArgument("transaction_id must not be empty");
        }
        TransactionIds.requireCanonicalV7(txId);
        gate.record(sessionId, "CommitTransaction", caller);
        Transaction tx = ctx.transactions().byId(txId);
        try {
            ctx.transactions().commit(txId);
        } catch (KalamError e) {
            if (TerminalErrors.isTerminal(e) && tx != null) {
                ctx.transactions().discard(tx.owner());
            }
            unpin(sessionId, tx, txId);
            throw e;
        }
        unpin(sessionId, tx, txId);
        return CommitTransactionResponse.newBuilder().setTransactionId(txId).build();
    }

    RollbackTransactionResponse rollback(RollbackTransactionRequest req, Caller caller) {
        String sessionId = gate.validate(req.getSessionId());
        String txId = req.getTransactionId().trim();
        TransactionIds.requireCanonicalV7(txId);
        gate.record(sessionId, "RollbackTransaction", caller);
        Transaction tx = ctx.transactions().byId(txId);
        try {
            ctx.transactions().rollback(txId);
        } finally {
            unpin(sessionId, tx, txId);
        }
        return RollbackTransactionResponse.newBuilder().setTransactionId(txId).build();
    }

    /** Clears the registry pin of the transaction's own session and of the caller, when it names this id. */
    private void unpin(String sessionId, Transaction tx, String txId) {
        if (tx != null) {
            ctx.sessions().unpin(tx.ownerId(), txId);
        }
        ctx.sessions().unpin(sessionId, txId);
    }
}
