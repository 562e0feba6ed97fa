package org.kalamdb.server.sql.system;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.TableDef;

/** system.tables (virtual view, tables_view.rs): the latest version of every table, type in lowercase. */
public final class TablesView implements SystemView {

    private static final List<ViewColumn> COLUMNS = List.of(
            ViewColumn.of("namespace_id", KalamType.TEXT, false),
            ViewColumn.of("table_name", KalamType.TEXT, false),
            ViewColumn.of("table_type", KalamType.TEXT, false),
            ViewColumn.of("storage_id", KalamType.TEXT, true),
            ViewColumn.of("version", KalamType.BIGINT, false),
            ViewColumn.of("options", KalamType.TEXT, true),
            ViewColumn.of("comment", KalamType.TEXT, true),
            ViewColumn.of("updated_at", KalamType.TIMESTAMP, false),
            ViewColumn.of("created_at", KalamType.TIMESTAMP, false));

    @Override
    public String name() {
        return "tables";
    }

    @Override
    public List<ViewColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<Object[]> rows(SystemContext context) {
        List<Object[]> rows = new ArrayList<>();
        for (TableDef t : context.allTables()) {
            rows.add(new Object[] {t.id().namespace(), t.id().table(), t.type().wireName(),
                CatalogJson.storageIdOrNull(t), (long) t.version(), CatalogJson.tableOptions(t), t.comment(),
                t.updatedAtMicros(), t.createdAtMicros()});
        }
        return rows;
    }
}
