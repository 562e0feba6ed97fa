package org.kalamdb.server.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.kalamdb.server.KalamError;
import org.kalamdb.server.catalog.TableId;

/**
 * One explicit PgService transaction (protocol.md 7): owned by a session's owner key, reading at
 * the snapshot taken at BEGIN plus its own staged writes, bound to one data group by its first
 * table access. State changes are synchronized on the transaction, so a commit racing a rollback
 * has exactly one winner.
 */
public final class Transaction {

    private final String id;
    private final OwnerKey owner;
    private final String ownerId;
    private final long snapshot;
    private final long startedAtMs;
    private final List<StagedMutation> staged = new ArrayList<>();
    private final Set<TableId> touchedTables = new HashSet<>();
    private TransactionState state = TransactionState.OPEN_READ;
    private long lastActivityMs;
    private long writeBytes;
    private String boundGroup;
    private boolean removed;

    Transaction(String id, OwnerKey owner, String ownerId, long snapshot, long nowMs) {
        this.id = id;
        this.owner = owner;
        this.ownerId = ownerId;
        this.snapshot = snapshot;
        this.startedAtMs = nowMs;
        this.lastActivityMs = nowMs;
    }

    public String id() {
        return id;
    }

    public OwnerKey owner() {
        return owner;
    }

    /** The session id string that began it (system.transactions.owner_id). */
    public String ownerId() {
        return ownerId;
    }

    public long snapshot() {
        return snapshot;
    }

    public synchronized TransactionState state() {
        return state;
    }

    public synchronized List<StagedMutation> staged() {
        return List.copyOf(staged);
    }

    public synchronized int writeCount() {
        return staged.size();
    }

    /** A Scan in a transaction that is no longer open: FAILED_PRECONDITION {@code transaction '<id>' is <state>}. */
    public synchronized void requireReadable() {
        if (!state.isOpen()) {
            throw KalamError.failedPrecondition("transaction '" + id + "' is " + state.text());
        }
    }

    /**
     * Records a Scan's table access: INTERNAL with the binding text when the table is in another
     * data group (the transaction stays usable).
     */
    public synchronized void accessForRead(TableId table, String group, long nowMs) {
        requireReadable();
        String conflict = bind(table, group);
        if (conflict != null) {
            throw KalamError.internal(conflict);
        }
        touchedTables.add(table);
        lastActivityMs = nowMs;
    }

    /** Stages one write (no validation of the row itself: that happens at COMMIT). */
    public synchronized void stage(StagedMutation mutation, String group, long bufferLimit, long nowMs) {
        requireOpenFor("stage writes in");
        String conflict = bind(mutation.table(), group);
        if (conflict != null) {
            throw KalamError.failedPrecondition(conflict);
        }
        if (writeBytes + mutation.approximateBytes() > bufferLimit) {
            abort();
            throw KalamError.failedPrecondition("Invalid operation: transaction '" + id + "' exceeded buffer limit of "
                    + bufferLimit + " bytes and was aborted");
        }
        staged.add(mutation);
        writeBytes += mutation.approximateBytes();
        touchedTables.add(mutation.table());
        state = TransactionState.OPEN_WRITE;
        lastActivityMs = nowMs;
    }

    /** The state error for an action on a transaction that is not open, with the real server's texts. */
    synchronized void requireOpenFor(String action) {
        switch (state) {
            case OPEN_READ, OPEN_WRITE -> {
                return;
            }
            case TIMED_OUT -> throw KalamError.failedPrecondition("Invalid operation: cannot " + action + " transaction '"
                    + id + "' because it timed out and was aborted");
            case ABORTED -> throw KalamError.failedPrecondition("Invalid operation: cannot " + action + " transaction '"
                    + id + "' because it was aborted");
            default -> throw KalamError.failedPrecondition("Invalid operation: cannot " + action + " transaction '"
                    + id + "' while it is " + state.text());
        }
    }

    /** @return the binding error text, or null when the group is (now) the bound one */
    private String bind(TableId table, String group) {
        if (boundGroup == null) {
            boundGroup = group;
            return null;
        }
        if (boundGroup.equals(group)) {
            return null;
        }
        return "Invalid operation: explicit transaction '" + id + "' is already bound to data raft group '" + boundGroup
                + "' and cannot access table '" + table.colon() + "' in group '" + group + "'";
    }

    // ---- transitions (coordinator only) ----------------------------------------------------------

    synchronized void setState(TransactionState next) {
        state = next;
    }

    /** Timed out by the sweeper: the write set is dropped, the handle stays until the next access. */
    synchronized boolean timeOutIfIdle(long nowMs, long timeoutMs) {
        if (state.isOpen() && nowMs - lastActivityMs > timeoutMs) {
            state = TransactionState.TIMED_OUT;
            staged.clear();
            writeBytes = 0;
            return true;
        }
        return false;
    }

    synchronized void abort() {
        state = TransactionState.ABORTED;
        staged.clear();
        writeBytes = 0;
    }

    synchronized boolean isRemoved() {
        return removed;
    }

    synchronized void markRemoved() {
        removed = true;
    }

    /** A row of system.transactions. */
    synchronized DataAccess.TransactionView view(long nowMs) {
        return new DataAccess.TransactionView(id, ownerId, "PgRpc", state.text(), nowMs - startedAtMs,
                nowMs - lastActivityMs, staged.size(), writeBytes, touchedTables.size(), snapshot);
    }
}
