package org.kalamdb.server.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;

/**
 * The stored rows of one table: one partition per user (user and stream tables) or a single
 * partition {@code ""} (shared tables), each mapping a row key to its newest version. Row keys are
 * the primary-key value (user/shared) or the {@code _seq} (stream tables, which are append-only).
 *
 * <p>Values are stored by slot, and slots are allocated per {@link ColumnDef#columnId()}, so an ALTER
 * that adds, drops or renames columns keeps working on existing versions. Guarded by the
 * {@link RowStore} lock.
 */
final class TableRows {

    final TableId id;
    final long createdAtMicros;
    private final Map<Integer, Integer> slotByColumnId = new HashMap<>();
    private final Map<String, Map<Object, RowVersion>> partitions = new HashMap<>();

    TableRows(TableDef def) {
        this.id = def.id();
        this.createdAtMicros = def.createdAtMicros();
    }

    /** Whether these rows belong to this incarnation of the table (a dropped and re-created table starts empty). */
    boolean belongsTo(TableDef def) {
        return def.createdAtMicros() == createdAtMicros;
    }

    /** The slot of a column, or -1 when no version ever stored it. */
    int slotOf(ColumnDef column) {
        Integer slot = slotByColumnId.get(column.columnId());
        return slot == null ? -1 : slot;
    }

    /** The slot of a column, allocating one for a column written for the first time. Write lock only. */
    int allocateSlot(ColumnDef column) {
        return slotByColumnId.computeIfAbsent(column.columnId(), id -> slotByColumnId.size());
    }

    int slotCount() {
        return slotByColumnId.size();
    }

    /** Slots for the given columns (-1 for never-written ones). */
    int[] slotsOf(List<ColumnDef> columns) {
        int[] out = new int[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = slotOf(columns.get(i));
        }
        return out;
    }

    Map<Object, RowVersion> partition(String scope) {
        return partitions.get(scope);
    }

    Map<Object, RowVersion> partitionForWrite(String scope) {
        return partitions.computeIfAbsent(scope, s -> new LinkedHashMap<>());
    }
}
