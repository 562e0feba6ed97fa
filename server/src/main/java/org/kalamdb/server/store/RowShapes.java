package org.kalamdb.server.store;

import java.util.List;
import java.util.Map;

import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;

/**
 * Row-level rules in column order ({@code def.columns()}, system columns left null): building an
 * inserted row from client values, merging an update, and the NOT NULL check. Shared by the
 * writers and by transaction overlays, which must show staged rows exactly as a commit would
 * store them.
 */
final class RowShapes {

    private RowShapes() {
    }

    /** Coerces an inserted row; missing columns get NULL or, when NOT NULL, the type's zero value. */
    static Object[] insertRow(TableDef def, Map<String, Scalar> values) {
        List<ColumnDef> columns = def.columns();
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            ColumnDef c = columns.get(i);
            if (c.isSystemColumn()) {
                continue;
            }
            Scalar v = values.get(c.name());
            if (v != null) {
                out[i] = coerce(v, c);
            } else if (!c.nullable() || c.primaryKey()) {
                out[i] = ValueCoercer.zeroValue(c.type());
            }
        }
        return out;
    }

    /** Applies a partial update: known columns only, the primary key may not change. */
    static Object[] mergeUpdate(TableDef def, Object[] before, Map<String, Scalar> changes) {
        Object[] after = before.clone();
        for (Map.Entry<String, Scalar> e : changes.entrySet()) {
            int i = def.columnIndex(e.getKey());
            if (i < 0) {
                continue;
            }
            ColumnDef c = def.columns().get(i);
            if (c.isSystemColumn()) {
                continue;
            }
            Object value = coerce(e.getValue(), c);
            if (c.primaryKey() && !RowKeys.sameValue(value, before[i])) {
                throw new StoreException("UPDATE cannot modify primary key column '" + c.name() + "'");
            }
            after[i] = value;
        }
        return after;
    }

    /** NOT NULL (and PRIMARY KEY) columns must hold a value; {@code rowNumber} is 1-based. */
    static void requireNotNull(TableDef def, Object[] row, int rowNumber) {
        List<ColumnDef> columns = def.columns();
        for (int i = 0; i < row.length; i++) {
            ColumnDef c = columns.get(i);
            if (!c.isSystemColumn() && (!c.nullable() || c.primaryKey()) && row[i] == null) {
                throw new StoreException("Constraint violation: NOT NULL constraint violation: column '" + c.name()
                        + "' cannot be NULL (row " + rowNumber + ")");
            }
        }
    }

    static boolean sameRow(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!RowKeys.sameValue(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    private static Object coerce(Scalar v, ColumnDef c) {
        try {
            return ValueCoercer.coerce(v, c);
        } catch (CoercionException e) {
            throw new StoreException("Schema coercion failed: " + e.getMessage());
        }
    }
}
