package org.kalamdb.server.sql.ddl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;
import org.kalamdb.server.catalog.TableType;
import org.kalamdb.server.sql.SqlErrors;
import org.kalamdb.server.sql.StatementResult;

/**
 * Applies one ALTER TABLE operation (table/alter.rs): each real change installs a new version
 * through {@link Catalog#replaceTable}; a no-op keeps the version and says so. Added columns get
 * a fresh column id and go after _seq/_deleted; existing columns keep their ids.
 */
public final class AlterTableCommand {

    private final Catalog catalog;

    public AlterTableCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The outcome of applying an operation to a copy of the columns. */
    private record Change(String description, boolean changed) {
    }

    public StatementResult execute(AlterTableStatement stmt) {
        TableId id = new TableId(stmt.namespace(), stmt.table());
        if (stmt.operation() instanceof AlterOperation.CreateVectorIndex
                || stmt.operation() instanceof AlterOperation.DropVectorIndex) {
            return vectorIndex(stmt, id);
        }
        if (NamespaceIds.isSystemNamespace(stmt.namespace())) {
            throw SqlErrors.invalidOperation("Cannot alter system table '" + id.dotted()
                    + "'. System tables are managed internally.");
        }
        TableDef current = requireTable(stmt);
        List<ColumnDef> columns = new ArrayList<>(current.columns());
        Map<String, String> options = new HashMap<>(current.options());
        Change change = apply(stmt.operation(), current, columns, options);
        String prefix = "Table " + id.dotted();
        if (!change.changed()) {
            return new StatementResult.Message(prefix + " unchanged: " + change.description() + " (version "
                    + current.version() + " - no changes needed)");
        }
        int version = current.version() + 1;
        catalog.replaceTable(new TableDef(id, current.type(), columns, options, current.comment(), version,
                current.createdAtMicros(), System.currentTimeMillis() * 1000));
        return new StatementResult.Message(prefix + " altered successfully: " + change.description() + " (version "
                + version + ")");
    }

    private TableDef requireTable(AlterTableStatement stmt) {
        TableDef current = catalog.table(new TableId(stmt.namespace(), stmt.table()));
        if (current == null) {
            throw SqlErrors.notFound("Table '" + stmt.table() + "' not found in namespace '" + stmt.namespace() + "'");
        }
        return current;
    }

    private Change apply(AlterOperation op, TableDef table, List<ColumnDef> columns, Map<String, String> options) {
        if (op instanceof AlterOperation.AddColumn add) {
            return addColumn(add, table, columns);
        }
        if (op instanceof AlterOperation.DropColumn drop) {
            requireUserColumn(drop.column(), "Cannot drop column '%s': system column cannot be modified");
            columns.remove(indexOf(columns, drop.column()));
            for (int i = 0; i < columns.size(); i++) {
                columns.set(i, columns.get(i).withOrdinal(i + 1));
            }
            return new Change("DROP COLUMN " + drop.column(), true);
        }
        if (op instanceof AlterOperation.ModifyColumn modify) {
            requireUserColumn(modify.column(), "Cannot modify column '%s': system column cannot be altered");
            int i = indexOf(columns, modify.column());
            ColumnDef c = columns.get(i);
            boolean typeChanged = !c.type().equals(modify.type());
            boolean nullable = modify.nullable() == null ? c.nullable() : modify.nullable();
            boolean changed = typeChanged || nullable != c.nullable();
            columns.set(i, new ColumnDef(c.columnId(), c.name(), modify.type(), nullable, c.primaryKey(),
                    c.defaultValue(), c.comment(), c.ordinal()));
            return new Change("MODIFY COLUMN " + modify.column() + " " + modify.type().sqlName(), changed);
        }
        if (op instanceof AlterOperation.SetNullable set) {
            requireUserColumn(set.column(), "Cannot modify column '%s': system column cannot be altered");
            int i = indexOf(columns, set.column());
            ColumnDef c = columns.get(i);
            if (c.primaryKey() && set.nullable()) {
                throw SqlErrors.invalidOperation("Column '" + set.column() + "' is a PRIMARY KEY and cannot be nullable");
            }
            columns.set(i, new ColumnDef(c.columnId(), c.name(), c.type(), set.nullable(), c.primaryKey(),
                    c.defaultValue(), c.comment(), c.ordinal()));
            return new Change("ALTER COLUMN " + set.column() + (set.nullable() ? " DROP NOT NULL" : " SET NOT NULL"),
                    c.nullable() != set.nullable());
        }
        if (op instanceof AlterOperation.SetDefault set) {
            requireUserColumn(set.column(), "Cannot modify column '%s': system column cannot be altered");
            int i = indexOf(columns, set.column());
            ColumnDef c = columns.get(i);
            columns.set(i, new ColumnDef(c.columnId(), c.name(), c.type(), c.nullable(), c.primaryKey(),
                    set.defaultValue(), c.comment(), c.ordinal()));
            return new Change("ALTER COLUMN " + set.column() + " SET DEFAULT " + set.defaultValue().sqlForm(),
                    !Objects.equals(c.defaultValue(), set.defaultValue()));
        }
        if (op instanceof AlterOperation.DropDefault drop) {
            requireUserColumn(drop.column(), "Cannot modify column '%s': system column cannot be altered");
            int i = indexOf(columns, drop.column());
            ColumnDef c = columns.get(i);
            columns.set(i, new ColumnDef(c.columnId(), c.name(), c.type(), c.nullable(), c.primaryKey(), null,
                    c.comment(), c.ordinal()));
            return new Change("ALTER COLUMN " + drop.column() + " DROP DEFAULT", c.defaultValue() != null);
        }
        if (op instanceof AlterOperation.RenameColumn rename) {
            return renameColumn(rename, columns);
        }
        if (op instanceof AlterOperation.SetAccessLevel set) {
            if (table.type() != TableType.SHARED) {
                throw SqlErrors.invalidOperation("ACCESS LEVEL can only be set on SHARED tables");
            }
            String before = options.put(TableOptionKeys.ACCESS_LEVEL, set.accessLevel());
            String debug = set.accessLevel().substring(0, 1).toUpperCase(Locale.ROOT) + set.accessLevel().substring(1);
            return new Change("SET ACCESS LEVEL " + debug, !set.accessLevel().equals(before));
        }
        throw new IllegalStateException("unhandled ALTER operation " + op);
    }

    private Change addColumn(AlterOperation.AddColumn add, TableDef table, List<ColumnDef> columns) {
        if (isSystemColumn(add.column())) {
            throw SqlErrors.invalidOperation("Cannot add column '" + add.column() + "': reserved system column name");
        }
        for (ColumnDef c : columns) {
            if (c.name().equalsIgnoreCase(add.column())) {
                throw SqlErrors.invalidOperation("Column '" + add.column() + "' already exists");
            }
        }
        columns.add(new ColumnDef(nextColumnId(table), add.column().toLowerCase(Locale.ROOT), add.type(),
                add.nullable(), false, add.defaultValue(), null, columns.size() + 1));
        return new Change("ADD COLUMN " + add.column() + " " + add.type().sqlName(), true);
    }

    private static Change renameColumn(AlterOperation.RenameColumn rename, List<ColumnDef> columns) {
        if (isSystemColumn(rename.from())) {
            throw SqlErrors.invalidOperation("Cannot rename column '" + rename.from() + "': system column cannot be modified");
        }
        if (isSystemColumn(rename.to())) {
            throw SqlErrors.invalidOperation("Cannot rename column to '" + rename.to() + "': reserved system column name");
        }
        int i = indexOf(columns, rename.from());
        for (ColumnDef c : columns) {
            if (c.name().equals(rename.to())) {
                throw SqlErrors.invalidOperation("Column '" + rename.to() + "' already exists");
            }
        }
        ColumnDef c = columns.get(i);
        // Upstream stores the new name exactly as written (no lowercasing on rename).
        columns.set(i, new ColumnDef(c.columnId(), rename.to(), c.type(), c.nullable(), c.primaryKey(),
                c.defaultValue(), c.comment(), c.ordinal()));
        return new Change("RENAME COLUMN " + rename.from() + " TO " + rename.to(), true);
    }

    /** next_column_id: one past every id this table instance has ever used (dropped columns included). */
    private int nextColumnId(TableDef table) {
        int max = 0;
        for (TableDef version : catalog.history()) {
            if (version.id().equals(table.id()) && version.createdAtMicros() == table.createdAtMicros()) {
                for (ColumnDef c : version.columns()) {
                    max = Math.max(max, c.columnId());
                }
            }
        }
        for (ColumnDef c : table.columns()) {
            max = Math.max(max, c.columnId());
        }
        return max + 1;
    }

    private static void requireUserColumn(String name, String systemMessage) {
        if (isSystemColumn(name)) {
            throw SqlErrors.invalidOperation(String.format(systemMessage, name));
        }
    }

    /** Exact, case-sensitive match against the stored names, as upstream. */
    private static int indexOf(List<ColumnDef> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw SqlErrors.invalidOperation("Column '" + name + "' does not exist");
    }

    private static boolean isSystemColumn(String name) {
        return name.equals(ColumnDef.SEQ) || name.equals(ColumnDef.DELETED) || name.equals("_commit_seq");
    }

    private StatementResult vectorIndex(AlterTableStatement stmt, TableId id) {
        TableDef table = requireTable(stmt);
        if (table.type() != TableType.USER && table.type() != TableType.SHARED) {
            throw SqlErrors.invalidOperation("Vector indexing is only supported for USER/SHARED tables");
        }
        String requested = stmt.operation() instanceof AlterOperation.CreateVectorIndex create
                ? create.column() : ((AlterOperation.DropVectorIndex) stmt.operation()).column();
        ColumnDef column = null;
        for (ColumnDef c : table.columns()) {
            if (c.name().equalsIgnoreCase(requested)) {
                column = c;
                break;
            }
        }
        if (column == null) {
            throw SqlErrors.invalidOperation("Column '" + requested + "' does not exist");
        }
        if (column.type().kind() != KalamType.Kind.EMBEDDING) {
            throw SqlErrors.invalidOperation("Column '" + requested + "' is not EMBEDDING");
        }
        if (stmt.operation() instanceof AlterOperation.CreateVectorIndex create) {
            return new StatementResult.Message("Vector index enabled on " + id.dotted() + "." + column.name()
                    + " (" + create.metric() + ")");
        }
        return new StatementResult.Message("Vector index disabled on " + id.dotted() + "." + column.name());
    }
}
