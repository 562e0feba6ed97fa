package org.kalamdb.jdbc.schema;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.result.IpcReplies;
import org.kalamdb.jdbc.session.ConnectionSession;
import org.kalamdb.jdbc.transport.QueryResult;
import org.kalamdb.jdbc.transport.RpcOptions;
import org.kalamdb.jdbc.transport.TableType;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.IpcStream;
import org.kalamdb.jdbc.types.arrow.RecordBatch;

/**
 * Table definitions of one connection (design.md D4): column names, types, nullability, primary
 * key and DEFAULTs, read from {@code system.tables} and {@code system.columns} through
 * ExecuteQuery — always with an explicit ORDER BY and LIMIT (the server caps SQL results at 1000
 * rows and adds LIMIT 50 otherwise), paging by ordinal for wide tables. The connection's own DDL
 * invalidates entries; a schema-mismatch error makes the executors {@link #refresh} once.
 */
public final class SchemaCache {

    /** The server's SQL results are capped at 1000 rows; page below that. */
    static final int PAGE = 1000;

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,64}");

    private final ConnectionSession session;
    private final Map<String, TableSchema> tables = new ConcurrentHashMap<>();

    public SchemaCache(ConnectionSession session) {
        this.session = session;
    }

    /** The definition of {@code namespace.table}; 42P01 when it does not exist. */
    public TableSchema get(String namespace, String table, RpcOptions options) throws SQLException {
        return find(namespace, table, options).orElseThrow(() -> Errors.create(SqlStates.UNDEFINED_TABLE,
                "relation \"" + namespace + "." + table + "\" does not exist"));
    }

    /** The definition, or empty when the server has no such table. */
    public Optional<TableSchema> find(String namespace, String table, RpcOptions options) throws SQLException {
        String ns = namespace.toLowerCase(Locale.ROOT);
        String t = table.toLowerCase(Locale.ROOT);
        String key = ns + "." + t;
        TableSchema cached = tables.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (!NAME.matcher(ns).matches() || !NAME.matcher(t).matches()) {
            // KalamDB names are [a-z0-9_] only: such a table cannot exist (and the text is never
            // pasted into SQL).
            return Optional.empty();
        }
        Optional<TableSchema> loaded = load(ns, t, options);
        loaded.ifPresent(s -> tables.put(key, s));
        return loaded;
    }

    /** Drops the cached definition and loads it again (after a schema-mismatch error). */
    public Optional<TableSchema> refresh(String namespace, String table, RpcOptions options) throws SQLException {
        invalidate(namespace, table);
        return find(namespace, table, options);
    }

    public void invalidate(String namespace, String table) {
        tables.remove(namespace.toLowerCase(Locale.ROOT) + "." + table.toLowerCase(Locale.ROOT));
    }

    /** Forgets every table of a namespace (DROP SCHEMA). */
    public void invalidateNamespace(String namespace) {
        String prefix = namespace.toLowerCase(Locale.ROOT) + ".";
        tables.keySet().removeIf(k -> k.startsWith(prefix));
    }

    public void invalidateAll() {
        tables.clear();
    }

    private Optional<TableSchema> load(String ns, String t, RpcOptions options) throws SQLException {
        IpcStream typeRows = query("SELECT table_type FROM system.tables WHERE namespace_id = '" + ns
                + "' AND table_name = '" + t + "' ORDER BY table_type LIMIT 1", options);
        String typeText = firstString(typeRows, "table_type");
        if (typeText == null) {
            return Optional.empty();
        }
        TableType type = switch (typeText.trim().toLowerCase(Locale.ROOT)) {
            case "user" -> TableType.USER;
            case "stream" -> TableType.STREAM;
            case "system" -> TableType.SYSTEM;
            default -> TableType.SHARED;
        };
        List<ColumnSchema> columns = new ArrayList<>();
        long lastOrdinal = 0;
        while (true) {
            IpcStream page = query("SELECT column_name, data_type, default_value, ordinal, nullable, primary_key"
                    + " FROM system.columns WHERE namespace_id = '" + ns + "' AND table_name = '" + t
                    + "' AND ordinal > " + lastOrdinal + " ORDER BY ordinal LIMIT " + PAGE, options);
            int before = columns.size();
            readColumns(page, columns);
            int read = columns.size() - before;
            if (read == 0) {
                break;
            }
            lastOrdinal = columns.get(columns.size() - 1).ordinal();
            if (read < PAGE) {
                break;
            }
        }
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TableSchema(ns, t, type, columns));
    }

    private IpcStream query(String sql, RpcOptions options) throws SQLException {
        QueryResult result = session.executeQuery(sql, options);
        try {
            return IpcReplies.decode(result.ipcBatches());
        } catch (RuntimeException e) {
            throw Errors.create(SqlStates.PROTOCOL_VIOLATION, "Could not decode the server's reply to a "
                    + "system table query: " + e.getMessage(), e);
        }
    }

    private static String firstString(IpcStream stream, String column) {
        if (stream.schema() == null) {
            return null;
        }
        int idx = stream.schema().indexOf(column);
        for (RecordBatch b : stream.batches()) {
            if (b.rowCount() > 0 && idx >= 0 && !b.column(idx).isNull(0)) {
                return b.column(idx).getString(0);
            }
        }
        return null;
    }

    private static void readColumns(IpcStream stream, List<ColumnSchema> out) throws SQLException {
        if (stream.schema() == null) {
            return;
        }
        int name = stream.schema().indexOf("column_name");
        int type = stream.schema().indexOf("data_type");
        int dflt = stream.schema().indexOf("default_value");
        int ordinal = stream.schema().indexOf("ordinal");
        int nullable = stream.schema().indexOf("nullable");
        int pk = stream.schema().indexOf("primary_key");
        if (name < 0 || type < 0 || ordinal < 0) {
            throw Errors.create(SqlStates.PROTOCOL_VIOLATION,
                    "system.columns has an unexpected layout: " + stream.schema().fields());
        }
        for (RecordBatch b : stream.batches()) {
            for (int r = 0; r < b.rowCount(); r++) {
                String columnName = b.column(name).getString(r);
                String typeName = b.column(type).getString(r);
                KalamType kt = KalamTypeNames.parse(typeName);
                if (kt == null) {
                    throw Errors.create(SqlStates.PROTOCOL_VIOLATION, "Unknown KalamDB type '" + typeName
                            + "' for column " + columnName);
                }
                ColumnVector dv = dflt < 0 ? null : b.column(dflt);
                ColumnDefaultValue defaultValue = dv == null || dv.isNull(r) ? null : DefaultValueParser.parse(dv.getString(r));
                boolean isPk = pk >= 0 && !b.column(pk).isNull(r) && b.column(pk).getBoolean(r);
                boolean isNullable = !isPk && (nullable < 0 || b.column(nullable).isNull(r) || b.column(nullable).getBoolean(r));
                out.add(new ColumnSchema(columnName.toLowerCase(Locale.ROOT), kt, isNullable, isPk, defaultValue,
                        (int) b.column(ordinal).getLong(r)));
            }
        }
    }
}
