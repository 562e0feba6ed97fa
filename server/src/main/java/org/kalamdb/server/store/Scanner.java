package org.kalamdb.server.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.Schema;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableType;

/**
 * Runs a {@link ScanSpec} against the store: latest (or snapshot) version per key, tombstones
 * hidden unless asked for, the transaction overlay merged by primary-key text (staged inserts
 * appear, updates merge into the base row, deletes hide it), then the {@code eq} filters and the
 * limit. The result keeps the versions themselves; {@link BatchAssembler} turns them into batches.
 */
public final class Scanner {

    private final RowStore store;

    public Scanner(RowStore store) {
        this.store = store;
    }

    /** The rows a scan returns, plus the slot of each table column to read them with. */
    record ScanRows(int[] slots, List<RowVersion> rows) {
    }

    /**
     * The scan's result as record batches of at most {@code batchRows} rows (one empty batch when no
     * row matches), each handed to {@code sink} as soon as it is built. {@code schema} is the
     * projected schema, {@code spec.table().arrowSchema(spec.projection())} (callers may cache it).
     */
    public void scanBatches(ScanSpec spec, Schema schema, int batchRows, Consumer<RecordBatch> sink) {
        ScanRows rows = scan(spec);
        BatchAssembler.assemble(spec.table(), schema, spec.projection(), rows.slots(), rows.rows(), batchRows, sink);
    }

    /** The scan's result as value arrays in projection order (canonical Java values). */
    public List<Object[]> scanValues(ScanSpec spec) {
        ScanRows rows = scan(spec);
        List<ColumnDef> columns = spec.table().columns();
        int[] projection = spec.projection();
        List<Object[]> out = new ChunkedList<>();
        for (RowVersion v : rows.rows()) {
            Object[] values = new Object[projection.length];
            for (int j = 0; j < projection.length; j++) {
                values[j] = valueOf(columns.get(projection[j]), rows.slots()[projection[j]], v);
            }
            out.add(values);
        }
        return out;
    }

    ScanRows scan(ScanSpec spec) {
        TableDef def = spec.table();
        RowStore.VisibleRows visible = store.read(def, spec.scope(), spec.snapshot(), spec.keepDeleted(),
                primaryKeyLookup(spec));
        List<RowVersion> candidates = visible.versions();
        List<StagedMutation> staged = stagedFor(spec);
        if (!staged.isEmpty()) {
            candidates = overlay(def, visible.slots(), candidates, staged, spec.keepDeleted());
        }
        if (spec.filters().isEmpty() && spec.limit() == null) {
            // a full scan keeps every candidate: no second list of a million references
            return new ScanRows(visible.slots(), candidates);
        }
        List<RowVersion> out = spec.filters().isEmpty() ? new ChunkedList<>() : new ArrayList<>(16);
        long limit = spec.limit() == null ? Long.MAX_VALUE : spec.limit();
        for (RowVersion v : candidates) {
            if (out.size() >= limit) {
                break;
            }
            if (matches(def, visible.slots(), v, spec.filters())) {
                out.add(v);
            }
        }
        return new ScanRows(visible.slots(), out);
    }

    /**
     * The map key to look up when an {@code eq} filter names the primary key of a user or shared
     * table (stream rows are keyed by {@code _seq}), else null. The filters are still applied to
     * the looked-up row, so the result is the same as a full walk.
     */
    private static Object primaryKeyLookup(ScanSpec spec) {
        TableDef def = spec.table();
        if (def.type() == TableType.STREAM) {
            return null;
        }
        ColumnDef pk = def.primaryKey();
        if (pk == null) {
            return null;
        }
        int pkIndex = def.columnIndex(pk.name());
        for (ScanSpec.EqFilter f : spec.filters()) {
            if (f.columnIndex() == pkIndex) {
                return RowKeys.of(f.value());
            }
        }
        return null;
    }

    private static List<StagedMutation> stagedFor(ScanSpec spec) {
        if (spec.overlay().isEmpty()) {
            return List.of();
        }
        boolean perUser = spec.table().type() == TableType.USER || spec.table().type() == TableType.STREAM;
        List<StagedMutation> out = new ArrayList<>();
        for (StagedMutation m : spec.overlay()) {
            if (m.table().equals(spec.table().id()) && (!perUser || spec.scope().equals(m.userId()))) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean matches(TableDef def, int[] slots, RowVersion v, List<ScanSpec.EqFilter> filters) {
        for (ScanSpec.EqFilter f : filters) {
            Object actual = valueOf(def.columns().get(f.columnIndex()), slots[f.columnIndex()], v);
            if (!RowKeys.sameValue(actual, f.value())) {
                return false;
            }
        }
        return true;
    }

    /** A column's value in a version: {@code _seq}/{@code _deleted} come from the version itself. */
    static Object valueOf(ColumnDef column, int slot, RowVersion v) {
        if (slot >= 0) {
            return v.value(slot);
        }
        return column.name().equals(ColumnDef.SEQ) ? (Object) v.seq : (Object) v.deleted;
    }

    // ---- transaction overlay ------------------------------------------------------------

    private static List<RowVersion> overlay(TableDef def, int[] slots, List<RowVersion> base,
                                            List<StagedMutation> staged, boolean keepDeleted) {
        ColumnDef pk = def.primaryKey();
        int pkIndex = def.columns().indexOf(pk);
        int width = 0;
        for (int s : slots) {
            width = Math.max(width, s + 1);
        }
        Map<String, RowVersion> baseByKey = new HashMap<>();
        if (pk != null) {
            for (RowVersion v : base) {
                baseByKey.put(RowKeys.text(v.value(slots[pkIndex])), v);
            }
        }
        Map<String, RowVersion> changed = new LinkedHashMap<>();
        for (StagedMutation m : staged) {
            RowVersion current = changed.containsKey(m.key()) ? changed.get(m.key()) : baseByKey.get(m.key());
            switch (m.kind()) {
                case INSERT -> changed.put(m.key(), new RowVersion(m.provisionalSeq(), false,
                        toSlots(RowShapes.insertRow(def, m.payload()), slots, width)));
                case UPDATE -> {
                    if (current != null && !current.deleted) {
                        Object[] merged = RowShapes.mergeUpdate(def, columnValues(def, slots, current), m.payload());
                        changed.put(m.key(), new RowVersion(current.seq, false, toSlots(merged, slots, width)));
                    }
                }
                case DELETE -> {
                    if (current != null && !current.deleted) {
                        changed.put(m.key(), new RowVersion(current.seq, true, toSlots(
                                columnValues(def, slots, current), slots, width)));
                    }
                }
            }
        }
        List<RowVersion> out = new ChunkedList<>();
        for (RowVersion v : base) {
            String key = pk == null ? null : RowKeys.text(v.value(slots[pkIndex]));
            RowVersion replaced = key == null ? null : changed.remove(key);
            RowVersion shown = replaced != null ? replaced : v;
            if (!shown.deleted || keepDeleted) {
                out.add(shown);
            }
        }
        for (RowVersion v : changed.values()) {
            if (!v.deleted || keepDeleted) {
                out.add(v);
            }
        }
        return out;
    }

    private static Object[] columnValues(TableDef def, int[] slots, RowVersion v) {
        Object[] out = new Object[slots.length];
        for (int i = 0; i < out.length; i++) {
            if (slots[i] >= 0) {
                out[i] = v.value(slots[i]);
            }
        }
        return out;
    }

    private static Object[] toSlots(Object[] byColumn, int[] slots, int width) {
        Object[] out = new Object[width];
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] >= 0) {
                out[slots[i]] = byColumn[i];
            }
        }
        return out;
    }
}
