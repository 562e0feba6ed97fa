package org.kalamdb.server.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.ColumnDefault;
import org.kalamdb.server.catalog.NamespaceDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;
import org.kalamdb.server.catalog.TableType;

/** Builds table definitions the way CREATE TABLE would (system columns appended) until the SQL engine lands. */
public final class Tables {

    private Tables() {
    }

    /** A user column: {@code col("id", BIGINT).pk()}. */
    public record Col(String name, KalamType type, boolean nullable, boolean primaryKey) {
        public Col pk() {
            return new Col(name, type, false, true);
        }

        public Col notNull() {
            return new Col(name, type, false, primaryKey);
        }
    }

    public static Col col(String name, KalamType type) {
        return new Col(name, type, true, false);
    }

    public static TableDef define(String namespace, String table, TableType type, Map<String, String> options, Col... cols) {
        List<ColumnDef> columns = new ArrayList<>();
        int ordinal = 1;
        for (Col c : cols) {
            columns.add(new ColumnDef(ordinal, c.name(), c.type(), c.nullable() && !c.primaryKey(), c.primaryKey(), null,
                    null, ordinal));
            ordinal++;
        }
        columns.add(new ColumnDef(ordinal, ColumnDef.SEQ, KalamType.BIGINT, false, false, null, null, ordinal));
        ordinal++;
        columns.add(new ColumnDef(ordinal, ColumnDef.DELETED, KalamType.BOOLEAN, false, false,
                new ColumnDefault.Literal(false), null, ordinal));
        long now = System.currentTimeMillis() * 1000;
        return new TableDef(new TableId(namespace, table), type, columns, options, null, 1, now, now);
    }

    public static TableDef create(Catalog catalog, String namespace, String table, TableType type, Col... cols) {
        Map<String, String> options = switch (type) {
            case SHARED -> Map.of("storage_id", "local", "access_level", "private");
            case USER -> Map.of("storage_id", "local");
            case STREAM -> Map.of("ttl_seconds", "60");
            case SYSTEM -> Map.of();
        };
        return register(catalog, define(namespace, table, type, options, cols));
    }

    public static TableDef register(Catalog catalog, TableDef def) {
        catalog.createNamespace(new NamespaceDef(def.id().namespace(), def.createdAtMicros(), "{}"));
        if (!catalog.createTable(def)) {
            throw new IllegalStateException("table exists: " + def.id());
        }
        return def;
    }
}
