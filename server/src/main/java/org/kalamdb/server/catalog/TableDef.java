package org.kalamdb.server.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * An immutable version of a table definition. Columns are in ordinal order and include the
 * system columns _seq and _deleted (appended at creation; ALTER ADD COLUMN goes after them, as on
 * the real server, server.md 2.6). {@code options} holds the stored table options (server.md 2.2)
 * with lowercase keys, e.g. storage_id, access_level, flush_policy, ttl_seconds, use_user_storage.
 */
public record TableDef(TableId id, TableType type, List<ColumnDef> columns, Map<String, String> options,
                       String comment, int version, long createdAtMicros, long updatedAtMicros) {

    public TableDef {
        columns = List.copyOf(columns);
        options = Map.copyOf(options);
    }

    public ColumnDef column(String name) {
        for (ColumnDef c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The single PRIMARY KEY column, or null (stream tables may have none). */
    public ColumnDef primaryKey() {
        for (ColumnDef c : columns) {
            if (c.primaryKey()) {
                return c;
            }
        }
        return null;
    }

    public List<ColumnDef> userColumns() {
        List<ColumnDef> out = new ArrayList<>();
        for (ColumnDef c : columns) {
            if (!c.isSystemColumn()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The Arrow schema of a full Scan: every column in ordinal order, with KalamDB field metadata. */
    public Schema arrowSchema() {
        List<Field> fields = new ArrayList<>(columns.size());
        for (ColumnDef c : columns) {
            fields.add(arrowField(c));
        }
        return new Schema(fields);
    }

    /** The Arrow schema of a Scan of these columns (indexes into {@link #columns()}, in reply order). */
    public Schema arrowSchema(int[] projection) {
        List<Field> fields = new ArrayList<>(projection.length);
        for (int index : projection) {
            fields.add(arrowField(columns.get(index)));
        }
        return new Schema(fields);
    }

    private static Field arrowField(ColumnDef c) {
        return c.type().toArrowField(c.name(), c.nullable(), c.primaryKey());
    }
}
