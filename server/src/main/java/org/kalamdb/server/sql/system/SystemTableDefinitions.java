package org.kalamdb.server.sql.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;
import org.kalamdb.server.catalog.TableType;

/** TableDefs of the persisted system tables, as system.tables/columns/schemas list them (type system, version 1). */
public final class SystemTableDefinitions {

    public static final String SYSTEM_NAMESPACE = "system";

    private SystemTableDefinitions() {
    }

    public static TableDef definition(SystemView view, long createdAtMicros) {
        List<ColumnDef> columns = new ArrayList<>();
        List<ViewColumn> viewColumns = view.columns();
        for (int i = 0; i < viewColumns.size(); i++) {
            ViewColumn c = viewColumns.get(i);
            int id = c.columnId() == 0 ? i + 1 : c.columnId();
            columns.add(new ColumnDef(id, c.name(), c.type(), c.nullable(), c.primaryKey(), null, c.comment(), i + 1));
        }
        return new TableDef(new TableId(SYSTEM_NAMESPACE, view.name()), TableType.SYSTEM, columns, Map.of(),
                view.comment(), 1, createdAtMicros, createdAtMicros);
    }

    /** Definitions of every persisted system table the server knows, sorted by name. */
    public static List<TableDef> all(SystemViews views, long createdAtMicros) {
        List<TableDef> out = new ArrayList<>();
        for (SystemView v : views.all()) {
            if (v.persisted()) {
                out.add(definition(v, createdAtMicros));
            }
        }
        out.sort((a, b) -> a.id().table().compareTo(b.id().table()));
        return out;
    }
}
