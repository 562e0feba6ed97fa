package org.kalamdb.server.sql.system;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.NamespaceDef;

/** system.namespaces (persisted; namespace.rs). table_count is never maintained upstream: always 0. */
public final class NamespacesView implements SystemView {

    private static final List<ViewColumn> COLUMNS = List.of(
            ViewColumn.of("namespace_id", KalamType.TEXT, false, "Namespace identifier").asKey(),
            ViewColumn.of("name", KalamType.TEXT, false, "Namespace name"),
            ViewColumn.of("created_at", KalamType.TIMESTAMP, false, "Namespace creation timestamp"),
            ViewColumn.of("options", KalamType.JSON, true, "Namespace configuration options (JSON)"),
            ViewColumn.of("table_count", KalamType.INT, false, "Number of tables in this namespace"));

    @Override
    public String name() {
        return "namespaces";
    }

    @Override
    public String comment() {
        return "Database namespaces for multi-tenancy";
    }

    @Override
    public boolean persisted() {
        return true;
    }

    @Override
    public List<ViewColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<Object[]> rows(SystemContext context) {
        List<Object[]> rows = new ArrayList<>();
        for (NamespaceDef ns : context.catalog().namespaces()) {
            rows.add(new Object[] {ns.name(), ns.name(), ns.createdAtMicros(),
                context.namespaceOptions().optionsJson(ns), 0});
        }
        return rows;
    }
}
