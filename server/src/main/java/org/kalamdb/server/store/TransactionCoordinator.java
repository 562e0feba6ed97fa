package org.kalamdb.server.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;

import org.kalamdb.server.KalamError;
import org.kalamdb.server.catalog.TableId;
import org.kalamdb.server.catalog.TableType;

/**
 * The node-local transaction registry (protocol.md 7): at most one transaction per owner key,
 * lookup by id for COMMIT/ROLLBACK (not checked against the calling session, as on the real
 * server), idle timeout by a sweeper ({@link #sweep()}), and the snapshot horizon the row store
 * trims history against.
 *
 * <p>Lock order: a transaction's monitor may be held while taking the row store's lock (commit);
 * the registry maps are lock-free, so no lock of this class is ever held around either.
 */
public final class TransactionCoordinator {

    private static final Logger LOG = Logger.getLogger(TransactionCoordinator.class.getName());

    private final RowStore store;
    private final StagedWriteApplier applier;
    private final Clock clock;
    private final long timeoutMs;
    private final long bufferLimitBytes;
    private final ConcurrentMap<String, Transaction> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<OwnerKey, Transaction> byOwner = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> openSnapshots = new ConcurrentHashMap<>();

    public TransactionCoordinator(RowStore store, StagedWriteApplier applier, Clock clock, long timeoutMs,
                                  long bufferLimitBytes) {
        this.store = store;
        this.applier = applier;
        this.clock = clock;
        this.timeoutMs = timeoutMs;
        this.bufferLimitBytes = bufferLimitBytes;
        store.setSnapshotHorizon(this::horizon);
    }

    /** The oldest snapshot an open transaction reads at; {@link Long#MAX_VALUE} when none. */
    long horizon() {
        long min = Long.MAX_VALUE;
        for (long s : openSnapshots.values()) {
            min = Math.min(min, s);
        }
        return min;
    }

    /**
     * Starts a transaction for an owner that has none (the caller rolls back an existing one
     * first). A race with another BEGIN of the same owner is FAILED_PRECONDITION.
     */
    public Transaction begin(OwnerKey owner, String sessionId) {
        String id = TransactionIds.newUuidV7(clock);
        Transaction[] created = new Transaction[1];
        store.openSnapshot(snapshot -> {
            openSnapshots.put(id, snapshot);
            created[0] = new Transaction(id, owner, sessionId, snapshot, clock.millis());
        });
        Transaction tx = created[0];
        if (byOwner.putIfAbsent(owner, tx) != null) {
            openSnapshots.remove(id);
            throw KalamError.failedPrecondition("Conflict: owner '" + sessionId + "' already has an active transaction");
        }
        byId.put(id, tx);
        return tx;
    }

    /** The transaction registered for an owner, in whatever state (timed out ones included); null if none. */
    public Transaction forOwner(OwnerKey owner) {
        return byOwner.get(owner);
    }

    public Transaction byId(String id) {
        return byId.get(id);
    }

    /**
     * Stages writes of one RPC (protocol.md 7.3): the transaction must be open, stream and system
     * tables are refused, user tables need a user id, and the first access binds the data group.
     */
    public void stage(Transaction tx, TableType requested, TableId table, String userId, List<StagedMutation> writes) {
        tx.requireOpenFor("stage writes in");
        if (requested == TableType.STREAM) {
            throw KalamError.failedPrecondition("Invalid operation: stream tables are not supported inside explicit transactions");
        }
        if (requested == TableType.SYSTEM) {
            throw KalamError.failedPrecondition("Invalid operation: system tables are not supported inside explicit transactions");
        }
        if (requested == TableType.USER && userId == null) {
            throw KalamError.failedPrecondition("Invalid operation: transactional access to user table '" + table.colon()
                    + "' requires user_id");
        }
        String group = requested == TableType.SHARED ? DataGroups.shared() : DataGroups.forUser(userId);
        for (StagedMutation m : writes) {
            tx.stage(m, group, bufferLimitBytes, clock.millis());
        }
    }

    /** A provisional {@code _seq} for a staged row (shown by the transaction's own reads). */
    public long provisionalSeq() {
        return store.nextSeq();
    }

    /** Commits by id (protocol.md 7.4). Failures leave the transaction aborted and removed. */
    public void commit(String id) {
        Transaction tx = byId.get(id);
        if (tx == null) {
            throw notFound(id);
        }
        synchronized (tx) {
            if (tx.isRemoved()) {
                throw notFound(id);
            }
            tx.requireOpenFor("commit");
            tx.setState(TransactionState.COMMITTING);
            List<StagedMutation> writes = tx.staged();
            try {
                if (!writes.isEmpty()) {
                    applier.apply(writes);
                }
            } catch (StoreException e) {
                tx.abort();
                remove(tx);
                throw KalamError.failedPrecondition("Invalid operation: failed to commit transaction '" + id + "': "
                        + e.getMessage());
            }
            tx.setState(TransactionState.COMMITTED);
            remove(tx);
        }
    }

    /** Rolls back by id (protocol.md 7.5): finished-but-registered handles are cleaned up quietly. */
    public void rollback(String id) {
        Transaction tx = byId.get(id);
        if (tx == null) {
            throw notFound(id);
        }
        synchronized (tx) {
            if (tx.isRemoved()) {
                throw notFound(id);
            }
            if (tx.state() == TransactionState.COMMITTED) {
                throw KalamError.failedPrecondition("Invalid operation: cannot rollback transaction '" + id
                        + "' while it is committed");
            }
            if (tx.state().isOpen() || tx.state() == TransactionState.COMMITTING) {
                tx.setState(TransactionState.ROLLING_BACK);
                tx.abort();
                tx.setState(TransactionState.ROLLED_BACK);
            }
            remove(tx);
        }
    }

    /**
     * Drops whatever transaction an owner has, quietly (cleanup after a terminal error, CloseSession).
     * @return the id of the transaction that was dropped, or null
     */
    public String discard(OwnerKey owner) {
        Transaction tx = byOwner.get(owner);
        if (tx == null) {
            return null;
        }
        synchronized (tx) {
            if (!tx.isRemoved()) {
                if (tx.state().isOpen()) {
                    tx.abort();
                    tx.setState(TransactionState.ROLLED_BACK);
                }
                remove(tx);
            }
        }
        return tx.id();
    }

    private void remove(Transaction tx) {
        tx.markRemoved();
        byId.remove(tx.id(), tx);
        byOwner.remove(tx.owner(), tx);
        openSnapshots.remove(tx.id());
    }

    /** Times out transactions idle longer than the timeout; they stay registered as {@code timed_out}. */
    public void sweep() {
        long now = clock.millis();
        for (Transaction tx : new ArrayList<>(byId.values())) {
            if (tx.timeOutIfIdle(now, timeoutMs)) {
                openSnapshots.remove(tx.id());
                LOG.fine(() -> "transaction " + tx.id() + " timed out");
            }
        }
    }

    /** Rows of system.transactions: live handles, sorted by origin then id. */
    public List<DataAccess.TransactionView> views() {
        long now = clock.millis();
        List<DataAccess.TransactionView> out = new ArrayList<>();
        for (Transaction tx : byId.values()) {
            if (tx.state().isLive()) {
                out.add(tx.view(now));
            }
        }
        out.sort(Comparator.comparing(DataAccess.TransactionView::origin)
                .thenComparing(DataAccess.TransactionView::transactionId));
        return out;
    }

    /** Sweeper period: timeout / 2, clamped to 1–5 s (protocol.md 7.6). */
    public long sweepIntervalMs() {
        return Math.max(1000, Math.min(5000, timeoutMs / 2));
    }

    private static KalamError notFound(String id) {
        return KalamError.failedPrecondition("Not found: transaction '" + id + "' not found");
    }
}
