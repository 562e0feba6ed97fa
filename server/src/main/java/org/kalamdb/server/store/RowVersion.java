package org.kalamdb.server.store;

/**
 * One MVCC version of a row: its {@code _seq}, tombstone flag and the column values laid out by
 * the table's storage slots (see {@link TableRows#slotOf}). A version is immutable once built
 * except for {@link #commitSeq} and {@link #prev}, which the store sets when it installs the
 * version and trims old history — always under the store's write lock.
 */
final class RowVersion {

    /** Marks a version that was built but not (yet) installed: transaction overlays, pending writes. */
    static final long UNCOMMITTED = Long.MAX_VALUE;

    final long seq;
    final boolean deleted;
    private final Object[] values;
    long commitSeq = UNCOMMITTED;
    RowVersion prev;

    RowVersion(long seq, boolean deleted, Object[] values) {
        this.seq = seq;
        this.deleted = deleted;
        this.values = values;
    }

    /** The value in a storage slot; null for slots added after this version was written (new columns). */
    Object value(int slot) {
        return slot >= 0 && slot < values.length ? values[slot] : null;
    }

    /** A copy of the values sized for {@code slotCount} slots, for building the next version. */
    Object[] copyValues(int slotCount) {
        Object[] out = new Object[Math.max(slotCount, values.length)];
        System.arraycopy(values, 0, out, 0, values.length);
        return out;
    }

    /** The newest version visible at {@code snapshot}, walking back through history; null if none. */
    RowVersion visibleAt(long snapshot) {
        RowVersion v = this;
        while (v != null && v.commitSeq > snapshot) {
            v = v.prev;
        }
        return v;
    }
}
