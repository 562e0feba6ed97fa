package org.kalamdb.server.sql.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;
import org.kalamdb.server.catalog.TableType;
import org.kalamdb.server.sql.ddl.TableOptionKeys;

/**
 * system.schemas (persisted, schemas_definition.rs): every stored version of every live table,
 * flagged is_latest. SHOW TABLES returns exactly this batch (server.md 5).
 */
public final class SchemasView implements SystemView {

    private static final List<ViewColumn> COLUMNS = List.of(
            ViewColumn.of("table_id", KalamType.TEXT, false, "Table identifier: namespace_id:table_name").asKey(),
            ViewColumn.of("table_name", KalamType.TEXT, false, "Table name within namespace"),
            ViewColumn.of("namespace_id", KalamType.TEXT, false, "Namespace containing this table"),
            ViewColumn.of("table_type", KalamType.TEXT, false, "Table type: USER, SHARED, STREAM, SYSTEM"),
            ViewColumn.of("created_at", KalamType.TIMESTAMP, false, "Table creation timestamp"),
            ViewColumn.of("schema_version", KalamType.INT, false, "Current schema version number"),
            ViewColumn.of("columns", KalamType.JSON, false, "Column definitions as JSON array"),
            ViewColumn.of("table_comment", KalamType.TEXT, true, "Optional table description or comment"),
            ViewColumn.of("updated_at", KalamType.TIMESTAMP, false, "Last modification timestamp"),
            ViewColumn.of("options", KalamType.JSON, true, "Serialized table options (JSON)"),
            ViewColumn.of("access_level", KalamType.TEXT, true, "Access level for Shared tables: public, private, protected"),
            ViewColumn.of("is_latest", KalamType.BOOLEAN, false, "Whether this is the latest version of the table schema"),
            ViewColumn.of("storage_id", KalamType.TEXT, true, "Storage backend identifier for this table"),
            ViewColumn.of("use_user_storage", KalamType.BOOLEAN, true, "Whether this table uses user-specific storage assignment"));

    @Override
    public String name() {
        return "schemas";
    }

    @Override
    public String comment() {
        return "Registry of all table schemas and their histories in the database";
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
        List<TableDef> versions = liveVersions(context);
        Map<TableId, Integer> latest = new HashMap<>();
        for (TableDef t : versions) {
            latest.merge(t.id(), t.version(), Math::max);
        }
        List<Object[]> rows = new ArrayList<>();
        for (TableDef t : versions) {
            rows.add(row(t, latest.get(t.id()) == t.version()));
        }
        return rows;
    }

    /** Versions of tables that still exist (a dropped table's history is deleted with it), sorted. */
    private static List<TableDef> liveVersions(SystemContext context) {
        List<TableDef> out = new ArrayList<>();
        for (TableDef t : context.catalog().history()) {
            TableDef current = context.catalog().table(t.id());
            if (current != null && current.createdAtMicros() == t.createdAtMicros() && t.version() <= current.version()) {
                out.add(t);
            }
        }
        out.addAll(context.systemTables());
        out.sort(Comparator.comparing((TableDef t) -> t.id().namespace()).thenComparing(t -> t.id().table())
                .thenComparingInt(TableDef::version));
        return out;
    }

    private static Object[] row(TableDef t, boolean isLatest) {
        String accessLevel = t.type() == TableType.SHARED ? t.options().get(TableOptionKeys.ACCESS_LEVEL) : null;
        String storageId = switch (t.type()) {
            case USER, SHARED -> t.options().getOrDefault(TableOptionKeys.STORAGE_ID, TableOptionKeys.DEFAULT_STORAGE);
            case STREAM, SYSTEM -> TableOptionKeys.DEFAULT_STORAGE;
        };
        Boolean useUserStorage = t.type() == TableType.USER
                ? Boolean.parseBoolean(t.options().get(TableOptionKeys.USE_USER_STORAGE)) : null;
        return new Object[] {t.id().colon(), t.id().table(), t.id().namespace(), t.type().wireName(),
            t.createdAtMicros(), t.version(), CatalogJson.columns(t.columns()), t.comment(), t.updatedAtMicros(),
            CatalogJson.tableOptions(t), accessLevel, isLatest, storageId, useUserStorage};
    }
}
