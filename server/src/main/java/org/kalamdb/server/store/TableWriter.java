package org.kalamdb.server.store;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableType;

/**
 * The table providers' write rules (protocol.md 6.3–6.7, server.md 4), applied inside one
 * {@link WriteBatch}: INSERT coerces each row (no DEFAULTs; zero values for missing NOT NULL
 * columns of the simple types), checks NOT NULL and primary-key uniqueness per user, then appends
 * versions; UPDATE merges the given columns into the latest version (0 when nothing changes);
 * DELETE appends a tombstone (1) or finds nothing (0). Stream tables are append-only: inserts are
 * keyed by {@code _seq}, there is no update by key and delete is a hard delete.
 *
 * <p>Failures are {@link StoreException}s carrying the provider's text.
 */
final class TableWriter {

    private final WriteBatch batch;

    TableWriter(WriteBatch batch) {
        this.batch = batch;
    }

    // ---- INSERT -----------------------------------------------------------------------------

    long insert(TableDef def, String scope, List<Map<String, Scalar>> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<Object[]> coerced = ParallelRows.map(rows, row -> RowShapes.insertRow(def, row));
        for (int i = 0; i < coerced.size(); i++) {
            RowShapes.requireNotNull(def, coerced.get(i), i + 1);
        }
        TableRows stored = batch.rows(def);
        int[] slots = writeSlots(def, stored);
        if (def.type() == TableType.STREAM) {
            for (Object[] row : coerced) {
                long seq = batch.nextSeq();
                batch.put(stored, scope, seq, new RowVersion(seq, false, toSlots(slots, stored, row, null)));
            }
            return rows.size();
        }
        int pkIndex = def.columns().indexOf(def.primaryKey());
        String pkName = def.primaryKey().name();
        Set<Object> seen = new HashSet<>();
        for (Object[] row : coerced) {
            Object key = RowKeys.of(row[pkIndex]);
            if (!seen.add(key)) {
                throw new StoreException("Already exists: Primary key violation: value '" + RowKeys.text(row[pkIndex])
                        + "' appears multiple times in the insert batch for column '" + pkName + "'");
            }
            requireAbsent(stored, scope, key, row[pkIndex], pkName);
        }
        for (Object[] row : coerced) {
            long seq = batch.nextSeq();
            batch.put(stored, scope, RowKeys.of(row[pkIndex]), new RowVersion(seq, false, toSlots(slots, stored, row, null)));
        }
        return rows.size();
    }

    /** A live row with this key already exists → the real server's duplicate-key text. */
    void requireAbsent(TableRows stored, String scope, Object key, Object pkValue, String pkName) {
        RowVersion existing = batch.current(stored, scope, key);
        if (existing != null && !existing.deleted) {
            throw new StoreException("Already exists: Primary key violation: value '" + RowKeys.text(pkValue)
                    + "' already exists in column '" + pkName + "'");
        }
    }

    // ---- UPDATE -----------------------------------------------------------------------------

    long update(TableDef def, String scope, Object pkValue, String pkText, Map<String, Scalar> changes) {
        if (def.type() == TableType.STREAM) {
            throw new StoreException("UPDATE is not supported for stream tables");
        }
        ColumnDef pk = def.primaryKey();
        TableRows stored = batch.rows(def);
        Object key = RowKeys.of(pkValue);
        RowVersion current = batch.current(stored, scope, key);
        if (current == null) {
            throw new StoreException("Row with " + pk.name() + "=" + pkText + " not found (checked both hot and cold storage)");
        }
        if (current.deleted) {
            throw new StoreException("Row with " + pk.name() + "=" + pkText + " was deleted");
        }
        Object[] before = fromSlots(def, stored, current);
        Object[] after = RowShapes.mergeUpdate(def, before, changes);
        RowShapes.requireNotNull(def, after, 1);
        if (RowShapes.sameRow(before, after)) {
            return 0;
        }
        long seq = batch.nextSeq();
        batch.put(stored, scope, key, new RowVersion(seq, false, toSlots(writeSlots(def, stored), stored, after, current)));
        return 1;
    }

    // ---- DELETE -----------------------------------------------------------------------------

    long delete(TableDef def, String scope, Object pkValue) {
        TableRows stored = batch.rows(def);
        if (def.type() == TableType.STREAM) {
            return deleteStreamRows(def, stored, scope, pkValue);
        }
        Object key = RowKeys.of(pkValue);
        RowVersion current = batch.current(stored, scope, key);
        if (current == null || current.deleted) {
            return 0;
        }
        long seq = batch.nextSeq();
        // The tombstone keeps every field of the deleted version (server.md 4).
        batch.put(stored, scope, key, new RowVersion(seq, true, current.copyValues(stored.slotCount())));
        return 1;
    }

    /** Stream tables: hard delete of every row whose key column (the PK, else {@code id}) equals the value. */
    private long deleteStreamRows(TableDef def, TableRows stored, String scope, Object pkValue) {
        ColumnDef keyColumn = def.primaryKey() != null ? def.primaryKey() : def.column("id");
        if (keyColumn == null) {
            return 0;
        }
        int slot = stored.slotOf(keyColumn);
        boolean removed = false;
        for (Map.Entry<Object, RowVersion> e : batch.committed(stored, scope)) {
            if (RowKeys.sameValue(e.getValue().value(slot), pkValue)) {
                batch.remove(stored, scope, e.getKey());
                removed = true;
            }
        }
        return removed ? 1 : 0;
    }

    // ---- slot layout --------------------------------------------------------------------------

    /** The storage slot of every column of the definition (allocated on first write; -1 for system columns). */
    private static int[] writeSlots(TableDef def, TableRows stored) {
        List<ColumnDef> columns = def.columns();
        int[] slots = new int[columns.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = columns.get(i).isSystemColumn() ? -1 : stored.allocateSlot(columns.get(i));
        }
        return slots;
    }

    /** Column-ordered values → slot layout, keeping slots of columns this definition no longer has. */
    private static Object[] toSlots(int[] slots, TableRows stored, Object[] byColumn, RowVersion base) {
        Object[] out = base == null ? new Object[stored.slotCount()] : base.copyValues(stored.slotCount());
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] >= 0) {
                out[slots[i]] = byColumn[i];
            }
        }
        return out;
    }

    /** Slot layout → column-ordered values (system columns left null). */
    private static Object[] fromSlots(TableDef def, TableRows stored, RowVersion version) {
        List<ColumnDef> columns = def.columns();
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            if (!columns.get(i).isSystemColumn()) {
                out[i] = version.value(stored.slotOf(columns.get(i)));
            }
        }
        return out;
    }
}
