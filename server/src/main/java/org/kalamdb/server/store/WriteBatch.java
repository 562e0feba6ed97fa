package org.kalamdb.server.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kalamdb.server.catalog.TableDef;

/**
 * The pending changes of one write, layered over the committed store: reads through the batch see
 * its own earlier changes (so a transaction's mutations apply in order), and nothing reaches the
 * store until {@link RowStore} installs the batch after the whole write succeeded.
 */
public final class WriteBatch {

    private final RowStore store;
    private final Map<PendingKey, RowVersion> pending = new LinkedHashMap<>();
    private final List<PendingKey> removals = new ArrayList<>();

    WriteBatch(RowStore store) {
        this.store = store;
    }

    private record PendingKey(TableRows rows, String scope, Object key) {
    }

    TableRows rows(TableDef def) {
        return store.rowsForWrite(def);
    }

    /** The newest version of a row as this batch sees it; null if there is none. */
    RowVersion current(TableRows rows, String scope, Object key) {
        PendingKey pk = new PendingKey(rows, scope, key);
        if (pending.containsKey(pk)) {
            return pending.get(pk);
        }
        Map<Object, RowVersion> partition = rows.partition(scope);
        return partition == null ? null : partition.get(key);
    }

    void put(TableRows rows, String scope, Object key, RowVersion version) {
        pending.put(new PendingKey(rows, scope, key), version);
    }

    /** Hard delete (stream tables). */
    void remove(TableRows rows, String scope, Object key) {
        PendingKey pk = new PendingKey(rows, scope, key);
        pending.remove(pk);
        removals.add(pk);
    }

    /** Committed versions of a partition (stream tables' hard delete scans them). */
    Iterable<Map.Entry<Object, RowVersion>> committed(TableRows rows, String scope) {
        Map<Object, RowVersion> partition = rows.partition(scope);
        return partition == null ? List.of() : new ArrayList<>(partition.entrySet());
    }

    long nextSeq() {
        return store.nextSeq();
    }

    long nowMs() {
        return store.clock().millis();
    }

    boolean hasChanges() {
        return !pending.isEmpty() || !removals.isEmpty();
    }

    /** Publishes every pending version under {@code commitSeq}, trimming history older than the horizon. */
    void install(long commitSeq, long horizon) {
        for (PendingKey pk : removals) {
            Map<Object, RowVersion> partition = pk.rows().partition(pk.scope());
            if (partition != null) {
                partition.remove(pk.key());
            }
        }
        for (Map.Entry<PendingKey, RowVersion> e : pending.entrySet()) {
            PendingKey pk = e.getKey();
            RowVersion version = e.getValue();
            Map<Object, RowVersion> partition = pk.rows().partitionForWrite(pk.scope());
            version.commitSeq = commitSeq;
            version.prev = partition.get(pk.key());
            partition.put(pk.key(), version);
            trim(version, horizon);
        }
    }

    /** Keeps the versions newer than the horizon plus the newest one at or before it. */
    private static void trim(RowVersion head, long horizon) {
        RowVersion v = head;
        while (v.prev != null) {
            if (v.commitSeq <= horizon) {
                v.prev = null;
                return;
            }
            v = v.prev;
        }
    }
}
