package org.kalamdb.server.sql.system;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;

/**
 * system.columns (virtual view, columns_view.rs): one row per column of every table, _seq and
 * _deleted included; default_value in Rust Debug form, primary_key_pos 1 for the PK.
 */
public final class ColumnsView implements SystemView {

    private static final List<ViewColumn> COLUMNS = List.of(
            ViewColumn.of("namespace_id", KalamType.TEXT, false, "Namespace containing this table"),
            ViewColumn.of("table_name", KalamType.TEXT, false, "Table name within namespace"),
            ViewColumn.of("version", KalamType.BIGINT, false, "Schema version this column belongs to"),
            ViewColumn.of("column_id", KalamType.BIGINT, false, "Unique column identifier within table"),
            ViewColumn.of("column_name", KalamType.TEXT, false, "Column name"),
            ViewColumn.of("comment", KalamType.TEXT, true, "Column comment/description"),
            ViewColumn.of("data_type", KalamType.TEXT, false, "KalamDataType of the column"),
            ViewColumn.of("default_value", KalamType.TEXT, true, "Default value expression (if any)"),
            ViewColumn.of("ordinal", KalamType.BIGINT, false, "Column position in table (1-based)"),
            ViewColumn.of("nullable", KalamType.BOOLEAN, false, "Whether column accepts NULL values"),
            ViewColumn.of("primary_key", KalamType.BOOLEAN, false, "Whether column is part of primary key"),
            ViewColumn.of("primary_key_pos", KalamType.BIGINT, true, "Position in primary key (1-based, NULL if not PK)"));

    @Override
    public String name() {
        return "columns";
    }

    @Override
    public List<ViewColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<Object[]> rows(SystemContext context) {
        List<Object[]> rows = new ArrayList<>();
        for (TableDef t : context.allTables()) {
            for (ColumnDef c : t.columns()) {
                rows.add(new Object[] {t.id().namespace(), t.id().table(), (long) t.version(), (long) c.columnId(),
                    c.name(), c.comment(), c.type().sqlName(),
                    c.defaultValue() == null ? null : c.defaultValue().debugForm(), (long) c.ordinal(),
                    c.nullable(), c.primaryKey(), c.primaryKey() ? 1L : null});
            }
        }
        return rows;
    }
}
