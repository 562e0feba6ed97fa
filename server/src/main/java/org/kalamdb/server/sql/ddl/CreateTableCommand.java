package org.kalamdb.server.sql.ddl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.ColumnDefault;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;
import org.kalamdb.server.catalog.TableType;
import org.kalamdb.server.sql.SqlErrors;
import org.kalamdb.server.sql.StatementResult;

/**
 * Executes a parsed CREATE TABLE as the DBA identity (table_creation.rs build_table_definition):
 * system-namespace guard, name validation, namespace existence, PK requirement, existence,
 * storage, column names; then the definition with _seq and _deleted appended.
 */
public final class CreateTableCommand {

    /** Storages that exist on a fresh server (system.storages). */
    private static final Set<String> STORAGES = Set.of(TableOptionKeys.DEFAULT_STORAGE);

    private final Catalog catalog;

    public CreateTableCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    public StatementResult execute(CreateTableStatement stmt) {
        TableId id = new TableId(stmt.namespace(), stmt.table());
        if (NamespaceIds.isSystemNamespace(stmt.namespace())) {
            throw SqlErrors.invalidOperation("Cannot create system table '" + id.dotted()
                    + "'. System tables are managed internally.");
        }
        if (stmt.type() == TableType.SYSTEM) {
            // can_create_table: a DBA may create user, shared and stream tables only
            throw SqlErrors.unauthorized("Insufficient privileges to create system tables");
        }
        NameValidator.validateTable(stmt.table()).ifPresent(message -> {
            throw SqlErrors.invalidOperation(message);
        });
        if (catalog.namespace(stmt.namespace()) == null) {
            throw SqlErrors.invalidOperation("Namespace '" + stmt.namespace()
                    + "' does not exist. Create it first with CREATE NAMESPACE " + stmt.namespace());
        }
        if (stmt.primaryKey() == null && stmt.type() != TableType.STREAM) {
            throw SqlErrors.invalidOperation(stmt.type().debugName() + " tables require a PRIMARY KEY column");
        }
        String message = "CREATE TABLE via Raft consensus: " + stmt.type().wireName() + " table " + id.dotted()
                + " created successfully";
        if (catalog.table(id) != null) {
            if (stmt.ifNotExists()) {
                return new StatementResult.Message(message);
            }
            throw SqlErrors.alreadyExists("Table " + id.dotted() + " already exists");
        }
        String storage = stmt.storageId() == null ? TableOptionKeys.DEFAULT_STORAGE : stmt.storageId();
        if (!STORAGES.contains(storage)) {
            throw SqlErrors.invalidOperation("Storage '" + storage + "' does not exist");
        }
        List<ColumnDef> columns = new ArrayList<>();
        for (CreateTableStatement.Column c : stmt.columns()) {
            NameValidator.validateColumn(c.name()).ifPresent(reason -> {
                throw SqlErrors.invalidOperation("Invalid column name '" + c.name() + "': " + reason);
            });
            int position = columns.size() + 1;
            columns.add(new ColumnDef(position, c.name().toLowerCase(Locale.ROOT), c.type(), c.nullable(),
                    c.name().equals(stmt.primaryKey()), c.defaultValue(), c.comment(), position));
        }
        appendSystemColumns(columns);
        long now = System.currentTimeMillis() * 1000;
        TableDef def = new TableDef(id, stmt.type(), columns, options(stmt, storage), null, 1, now, now);
        if (!catalog.createTable(def)) {
            if (stmt.ifNotExists()) {
                return new StatementResult.Message(message);
            }
            throw SqlErrors.alreadyExists("Table " + id.dotted() + " already exists");
        }
        return new StatementResult.Message(message);
    }

    /** _seq BIGINT NOT NULL and _deleted BOOLEAN NOT NULL DEFAULT FALSE, after the user columns. */
    static void appendSystemColumns(List<ColumnDef> columns) {
        int next = columns.size() + 1;
        columns.add(new ColumnDef(next, ColumnDef.SEQ, KalamType.BIGINT, false, false, null,
                "Version ID (MVCC) with embedded timestamp", next));
        columns.add(new ColumnDef(next + 1, ColumnDef.DELETED, KalamType.BOOLEAN, false, false,
                new ColumnDefault.Literal(false), "Soft delete flag", next + 1));
    }

    /** Stored options per type (server.md 2.2); SHARED tables default to access level private. */
    private static Map<String, String> options(CreateTableStatement stmt, String storage) {
        Map<String, String> o = new LinkedHashMap<>();
        switch (stmt.type()) {
            case USER -> {
                o.put(TableOptionKeys.STORAGE_ID, storage);
                o.put(TableOptionKeys.USE_USER_STORAGE, Boolean.toString(stmt.useUserStorage()));
                putIfNotNull(o, TableOptionKeys.FLUSH_POLICY, stmt.flushPolicyJson());
                o.put(TableOptionKeys.COMPRESSION, TableOptionKeys.DEFAULT_COMPRESSION);
            }
            case SHARED -> {
                o.put(TableOptionKeys.STORAGE_ID, storage);
                o.put(TableOptionKeys.ACCESS_LEVEL, stmt.accessLevel() == null ? "private" : stmt.accessLevel());
                putIfNotNull(o, TableOptionKeys.FLUSH_POLICY, stmt.flushPolicyJson());
                o.put(TableOptionKeys.COMPRESSION, TableOptionKeys.DEFAULT_COMPRESSION);
            }
            case STREAM -> {
                o.put(TableOptionKeys.TTL_SECONDS, Long.toString(stmt.ttlSeconds()));
                o.put(TableOptionKeys.EVICTION_STRATEGY, "time_based");
                o.put(TableOptionKeys.MAX_STREAM_SIZE_BYTES, "0");
                o.put(TableOptionKeys.COMPRESSION, TableOptionKeys.DEFAULT_COMPRESSION);
            }
            case SYSTEM -> throw new IllegalStateException("system tables are not created through SQL");
        }
        return o;
    }

    private static void putIfNotNull(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
