package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.kalamdb.jdbc.engine.ColumnDefinition;
import org.kalamdb.jdbc.engine.RowCursor;
import org.kalamdb.jdbc.engine.ScanRequest;
import org.kalamdb.jdbc.engine.TableDefinition;
import org.kalamdb.jdbc.engine.TableKind;
import org.kalamdb.jdbc.engine.TableSource;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.result.IpcReplies;
import org.kalamdb.jdbc.schema.ColumnSchema;
import org.kalamdb.jdbc.schema.SchemaCache;
import org.kalamdb.jdbc.schema.SystemColumns;
import org.kalamdb.jdbc.schema.TableSchema;
import org.kalamdb.jdbc.transport.QueryResult;
import org.kalamdb.jdbc.transport.ScanFilter;
import org.kalamdb.jdbc.transport.TableType;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.IpcStream;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * The tables of one connection as the query engine sees them (design.md D3): namespaces and
 * tables from the system catalog and the schema cache, rows through the same Scan as the fast
 * path — so every read is scoped to the connection's tenant and transaction:
 * <ul>
 *   <li>user and stream tables are read for {@code kalam.user_id} only (55000 when it is unset);
 *       {@code _userid} is that tenant on every row, and a {@code _userid = 'x'} condition for
 *       another tenant matches no row without any RPC — it never reads the other tenant's rows;</li>
 *   <li>scanning a table first sends that table's buffered INSERTs (read-your-writes inside a
 *       transaction, done by {@link org.kalamdb.jdbc.session.ConnectionSession#scan});</li>
 *   <li>stream tables are refused inside a transaction (0A000), as on the fast path;</li>
 *   <li>{@code column = value} conditions are pushed down as {@code eq} filters only where the
 *       server's comparison is PostgreSQL's (integer, boolean and text columns, never the system
 *       columns); the engine checks every condition again itself;</li>
 *   <li>tables of the {@code system} namespace are read with ExecuteQuery, paged.</li>
 * </ul>
 * A statement {@link #bind binds} its execution context for the time the engine runs on its
 * behalf: its deadline governs the RPCs, and identical scans within it are read once.
 */
final class SessionTableSource implements TableSource {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,64}");
    private static final int PAGE = 1000;

    private final SchemaCache schemas;
    private ExecutionContext context;
    /** Rows of the scans of the statement now running (the data cannot change meanwhile). */
    private final Map<ScanKey, List<Object[]>> scans = new HashMap<>();

    /** One scan of one statement: the request and the tenant it was read for. */
    private record ScanKey(ScanRequest request, String tenant) {
    }

    SessionTableSource(SchemaCache schemas) {
        this.schemas = schemas;
    }

    /** Makes the engine's calls run on behalf of {@code statement} until the binding is closed. */
    Binding bind(ExecutionContext statement) {
        ExecutionContext previous = context;
        context = statement;
        return () -> {
            context = previous;
            if (previous == null) {
                scans.clear();
            }
        };
    }

    /** An open {@link #bind} binding. */
    @FunctionalInterface
    interface Binding extends AutoCloseable {
        @Override
        void close();
    }

    private ExecutionContext context() throws SQLException {
        if (context == null) {
            throw Errors.create(SqlStates.INTERNAL_ERROR, "the query engine ran outside a statement");
        }
        return context;
    }

    // ---- catalog ---------------------------------------------------------------------------------

    @Override
    public List<String> namespaces() throws SQLException {
        Set<String> out = new LinkedHashSet<>(catalogStrings("SELECT namespace_id FROM system.namespaces"
                + " ORDER BY namespace_id", "namespace_id"));
        out.add(SystemTableReader.SYSTEM_NAMESPACE);
        out.add(context().session().namespace());
        return new ArrayList<>(out);
    }

    @Override
    public List<String> tableNames(String namespace) throws SQLException {
        String ns = namespace.toLowerCase(Locale.ROOT);
        if (!NAME.matcher(ns).matches()) {
            return List.of();
        }
        // system.tables may list a table once per schema version.
        Set<String> names = new LinkedHashSet<>(catalogStrings("SELECT table_name FROM system.tables WHERE "
                + "namespace_id = '" + ns + "' ORDER BY table_name", "table_name"));
        if (SystemTableReader.SYSTEM_NAMESPACE.equals(ns)) {
            names.addAll(SystemTableReader.VIEWS);
        }
        return new ArrayList<>(names);
    }

    @Override
    public Optional<TableDefinition> table(String namespace, String name) throws SQLException {
        String ns = namespace.toLowerCase(Locale.ROOT);
        String table = name.toLowerCase(Locale.ROOT);
        if (!NAME.matcher(ns).matches() || !NAME.matcher(table).matches()) {
            return Optional.empty();
        }
        if (SystemTableReader.SYSTEM_NAMESPACE.equals(ns)) {
            return systemTable(table);
        }
        return schemas.find(ns, table, context().rpc()).map(SessionTableSource::definition);
    }

    /** The engine's view of a table: its user columns, {@code _seq}, and {@code _userid} for user tables. */
    static TableDefinition definition(TableSchema table) {
        List<ColumnDefinition> columns = new ArrayList<>();
        for (ColumnSchema c : table.userColumns()) {
            columns.add(new ColumnDefinition(c.name(), c.type(), c.nullable() && !c.primaryKey(), c.primaryKey()));
        }
        columns.add(new ColumnDefinition(SystemColumns.SEQ, KalamType.BIGINT, false, false));
        if (table.exposesUserId()) {
            columns.add(new ColumnDefinition(SystemColumns.USER_ID, KalamType.TEXT, false, false));
        }
        return new TableDefinition(table.namespace(), table.name(), kind(table.type()), columns);
    }

    private static TableKind kind(TableType type) {
        return switch (type) {
            case USER -> TableKind.USER;
            case SHARED -> TableKind.SHARED;
            case STREAM -> TableKind.STREAM;
            case SYSTEM -> TableKind.SYSTEM;
        };
    }

    private Optional<TableDefinition> systemTable(String table) throws SQLException {
        Schema schema = SystemTableReader.columns(table, context());
        if (schema == null) {
            return Optional.empty();
        }
        List<ColumnDefinition> columns = new ArrayList<>();
        for (Field f : schema.fields()) {
            columns.add(new ColumnDefinition(f.name().toLowerCase(Locale.ROOT), SystemColumnTypes.of(f), true, false));
        }
        return Optional.of(new TableDefinition(SystemTableReader.SYSTEM_NAMESPACE, table, TableKind.SYSTEM, columns));
    }

    // ---- rows ------------------------------------------------------------------------------------

    @Override
    public RowCursor scan(ScanRequest request) throws SQLException {
        ExecutionContext c = context();
        ScanKey key = new ScanKey(request, c.session().tenant().userId());
        List<Object[]> cached = scans.get(key);
        if (cached == null) {
            cached = request.table().kind() == TableKind.SYSTEM ? systemRows(request, c) : tableRows(request, c);
            scans.put(key, cached);
        }
        return RowCursor.of(cached);
    }

    private List<Object[]> tableRows(ScanRequest request, ExecutionContext c) throws SQLException {
        TableDefinition def = request.table();
        TableSchema table = schemas.get(def.namespace(), def.name(), c.rpc());
        String userId = null;
        if (table.isTenantScoped()) {
            userId = c.session().tenant().require("read " + table.type().wireName() + " table " + table.qualifiedName());
        }
        if (table.type() == TableType.STREAM && c.session().inTransaction()) {
            throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "Reading stream table " + table.qualifiedName()
                    + " inside a transaction (KalamDB refuses stream tables in explicit transactions); run it outside"
                    + " the transaction");
        }
        List<ScanFilter> filters = new ArrayList<>();
        for (Map.Entry<String, String> eq : request.equalities().entrySet()) {
            String column = eq.getKey();
            if (SystemColumns.USER_ID.equals(column)) {
                if (!eq.getValue().equals(userId)) {
                    return List.of(); // another tenant's rows are never read
                }
                continue;
            }
            Optional<ColumnSchema> declared = table.column(column).filter(x -> !x.isSystemColumn());
            String text = declared.isEmpty() ? null : TableScanner.pushableText(declared.get().type(), eq.getValue());
            if (text != null) {
                filters.add(ScanFilter.eq(column, text));
            }
        }
        List<String> fetch = new ArrayList<>();
        for (String column : request.columns()) {
            if (!SystemColumns.USER_ID.equals(column) && !fetch.contains(column)) {
                fetch.add(column);
            }
        }
        if (fetch.isEmpty()) {
            // Only _userid is read: scan one real column to learn the rows.
            fetch.add(table.primaryKey().orElse(table.userColumns().get(0)).name());
        }
        RecordBatch batch = TableScanner.scan(c, table, userId, fetch, filters, null).batch();
        return rows(request, batch, userId);
    }

    private List<Object[]> systemRows(ScanRequest request, ExecutionContext c) throws SQLException {
        SystemTableReader.Rows read = SystemTableReader.readAll(request.table().name(), c);
        return rows(request, read.batch(), null);
    }

    /** The requested columns of every scanned row, as canonical values. */
    private static List<Object[]> rows(ScanRequest request, RecordBatch batch, String userId) throws SQLException {
        int n = batch == null ? 0 : batch.rowCount();
        List<String> columns = request.columns();
        int width = columns.size();
        ColumnVector[] vectors = new ColumnVector[width];
        CanonicalCells.Reader[] readers = new CanonicalCells.Reader[width];
        for (int i = 0; i < width; i++) {
            String name = columns.get(i);
            if (SystemColumns.USER_ID.equals(name) && userId != null) {
                continue;
            }
            int index = batch == null ? -1 : indexOf(batch, name);
            if (index < 0) {
                if (n > 0) {
                    throw Errors.create(SqlStates.PROTOCOL_VIOLATION, "The server did not return column " + name);
                }
                continue;
            }
            KalamType type = request.table().column(name).map(ColumnDefinition::type).orElse(KalamType.TEXT);
            vectors[i] = batch.column(index);
            readers[i] = request.table().kind() == TableKind.SYSTEM
                    ? SystemColumnTypes.reader(type, vectors[i].field())
                    : CanonicalCells.forColumn(type, vectors[i].field().type());
        }
        List<Object[]> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            Object[] row = new Object[width];
            for (int i = 0; i < width; i++) {
                row[i] = readers[i] == null ? userId : readers[i].read(vectors[i], r);
            }
            out.add(row);
        }
        return out;
    }

    private static int indexOf(RecordBatch batch, String column) {
        List<Field> fields = batch.schema().fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    /** One text column of a catalog query, every page of it (the server caps SQL results at 1000 rows). */
    private List<String> catalogStrings(String sqlWithoutLimit, String column) throws SQLException {
        ExecutionContext c = context();
        List<String> out = new ArrayList<>();
        for (long offset = 0; ; offset += PAGE) {
            QueryResult result = c.session().executeQuery(sqlWithoutLimit + " LIMIT " + PAGE + " OFFSET " + offset, c.rpc());
            IpcStream stream;
            try {
                stream = IpcReplies.decode(result.ipcBatches());
            } catch (RuntimeException e) {
                throw Errors.create(SqlStates.PROTOCOL_VIOLATION, "Could not decode the server's reply to a catalog "
                        + "query: " + e.getMessage(), e);
            }
            int read = 0;
            if (stream.schema() != null) {
                int index = stream.schema().indexOf(column);
                for (RecordBatch b : stream.batches()) {
                    for (int r = 0; r < b.rowCount(); r++) {
                        read++;
                        if (index >= 0 && !b.column(index).isNull(r)) {
                            out.add(b.column(index).getString(r).toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            if (read < PAGE) {
                return out;
            }
        }
    }
}
