package org.kalamdb.server.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;
import org.kalamdb.server.catalog.TableType;

/**
 * The in-memory MVCC row store of every table. Each write (one autocommit operation or one
 * transaction commit) runs under the write lock as a {@link WriteBatch}; when it succeeds all its
 * versions are installed together under one new commit sequence, so readers see all or nothing.
 * Readers collect the versions visible at a snapshot under the read lock; versions are immutable,
 * so batches are built from them after the lock is released.
 *
 * <p>History is kept only as far back as the oldest open transaction snapshot needs it.
 */
public final class RowStore {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<TableId, TableRows> tables = new HashMap<>();
    private final SnowflakeIds seqs;
    private final Clock clock;
    private volatile LongSupplier snapshotHorizon = () -> Long.MAX_VALUE;
    private long commitSeq;

    public RowStore(Clock clock) {
        this.clock = clock;
        this.seqs = new SnowflakeIds(clock, 1);
    }

    /** The oldest snapshot still in use (open transactions); older history may be discarded. */
    public void setSnapshotHorizon(LongSupplier horizon) {
        this.snapshotHorizon = horizon;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Takes a snapshot and lets the caller register it before any writer can trim the history it
     * needs (the registration happens under the read lock, writers trim under the write lock).
     */
    public long openSnapshot(LongConsumer register) {
        lock.readLock().lock();
        try {
            register.accept(commitSeq);
            return commitSeq;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Runs one all-or-nothing write. If {@code work} throws, nothing it wrote becomes visible.
     */
    public <T> T write(Function<WriteBatch, T> work) {
        lock.writeLock().lock();
        try {
            WriteBatch batch = new WriteBatch(this);
            T result = work.apply(batch);
            if (batch.hasChanges()) {
                commitSeq++;
                batch.install(commitSeq, snapshotHorizon.getAsLong());
            }
            return result;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The versions of one partition visible at a snapshot (tombstones only when asked). */
    VisibleRows read(TableDef def, String scope, long snapshot, boolean keepDeleted) {
        return read(def, scope, snapshot, keepDeleted, null);
    }

    /**
     * Like {@link #read(TableDef, String, long, boolean)}, but when {@code key} is not null only the
     * row stored under that primary-key map key ({@link RowKeys#of}) is looked at: a Scan with an
     * {@code eq} filter on the primary key is a map lookup, not a walk over the partition.
     */
    VisibleRows read(TableDef def, String scope, long snapshot, boolean keepDeleted, Object key) {
        lock.readLock().lock();
        try {
            TableRows rows = tables.get(def.id());
            if (rows != null && !rows.belongsTo(def)) {
                rows = null;
            }
            int[] slots = readSlots(def, rows);
            Map<Object, RowVersion> partition = rows == null ? null : rows.partition(scope);
            if (partition == null) {
                return new VisibleRows(slots, List.of());
            }
            Collection<RowVersion> heads;
            if (key == null) {
                heads = partition.values();
            } else {
                RowVersion head = partition.get(key);
                heads = head == null ? List.of() : List.of(head);
            }
            long expiredBefore = streamExpiry(def);
            List<RowVersion> out = heads.size() > ChunkedList.CHUNK ? new ChunkedList<>() : new ArrayList<>(heads.size());
            for (RowVersion head : heads) {
                RowVersion v = snapshot == Long.MAX_VALUE ? head : head.visibleAt(snapshot);
                if (v == null || (v.deleted && !keepDeleted)) {
                    continue;
                }
                if (expiredBefore > 0 && SnowflakeIds.timestampMs(v.seq) < expiredBefore) {
                    continue;
                }
                out.add(v);
            }
            return new VisibleRows(slots, out);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The slot of every column of {@code def} for reading; columns never written get "virtual"
     * slots past the stored ones (they read as NULL from stored versions, and transaction overlays
     * can still place values there). System columns get -1: they live in the version itself.
     */
    private static int[] readSlots(TableDef def, TableRows rows) {
        int[] slots = new int[def.columns().size()];
        int next = rows == null ? 0 : rows.slotCount();
        for (int i = 0; i < slots.length; i++) {
            if (def.columns().get(i).isSystemColumn()) {
                slots[i] = -1;
            } else {
                int slot = rows == null ? -1 : rows.slotOf(def.columns().get(i));
                slots[i] = slot >= 0 ? slot : next++;
            }
        }
        return slots;
    }

    /** Stream tables drop rows older than {@code ttl_seconds} at read time (by the _seq timestamp); 0 = none. */
    private long streamExpiry(TableDef def) {
        if (def.type() != TableType.STREAM) {
            return 0;
        }
        String ttl = def.options().get("ttl_seconds");
        if (ttl == null) {
            return 0;
        }
        try {
            return clock.millis() - Long.parseLong(ttl.trim()) * 1000L;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Discards the rows of a dropped table. */
    public void drop(TableId id) {
        lock.writeLock().lock();
        try {
            tables.remove(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The stored rows of a table for writing, starting afresh for a re-created table. Write lock held. */
    TableRows rowsForWrite(TableDef def) {
        TableRows rows = tables.get(def.id());
        if (rows == null || !rows.belongsTo(def)) {
            rows = new TableRows(def);
            tables.put(def.id(), rows);
        }
        return rows;
    }

    long nextSeq() {
        return seqs.next();
    }

    /** The visible versions of a read and the slot of each column of the definition read with. */
    record VisibleRows(int[] slots, List<RowVersion> versions) {
    }
}
