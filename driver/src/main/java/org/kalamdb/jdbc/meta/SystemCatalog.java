package org.kalamdb.jdbc.meta;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.kalamdb.jdbc.KalamConnection;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.result.IpcReplies;
import org.kalamdb.jdbc.transport.QueryResult;
import org.kalamdb.jdbc.transport.TableType;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.IpcStream;
import org.kalamdb.jdbc.types.arrow.RecordBatch;

/**
 * Reads {@code system.namespaces}, {@code system.tables} and {@code system.columns} (server.md 5)
 * through ExecuteQuery. The server adds a hidden LIMIT 50 to a SELECT without LIMIT and caps every
 * result at 1000 rows, and does not sort system tables by itself, so every query here has an
 * explicit ORDER BY over a unique key and pages with {@code LIMIT 1000 OFFSET n} until a short
 * page. Name patterns are pushed into the WHERE clause where that narrows the read
 * ({@link NamePattern#sqlCondition}); callers still match every row.
 */
final class SystemCatalog {

    /** The server's row cap for one SQL SELECT. */
    static final int PAGE = 1000;

    static final String SYSTEM_NAMESPACE = "system";

    /** A row of system.tables. */
    record Table(String namespace, String name, TableType type, String comment) {
    }

    /** A row of system.columns; {@code defaultValue} in the server's Rust Debug form. */
    record Column(String namespace, String table, String name, String dataType, boolean nullable,
                  boolean primaryKey, String defaultValue, String comment) {
    }

    private final KalamConnection connection;

    SystemCatalog(KalamConnection connection) {
        this.connection = connection;
    }

    /** Namespace names matching {@code schema}, sorted. */
    List<String> namespaces(NamePattern schema) throws SQLException {
        List<String> out = new ArrayList<>();
        readAll("SELECT namespace_id FROM system.namespaces", conditions(schema, null, null),
                "namespace_id", row -> {
                    String ns = row.text("namespace_id");
                    if (ns != null && schema.matches(ns)) {
                        out.add(ns);
                    }
                });
        return out;
    }

    /** Tables matching both patterns, sorted by namespace then name. */
    List<Table> tables(NamePattern schema, NamePattern table) throws SQLException {
        List<Table> out = new ArrayList<>();
        readAll("SELECT namespace_id, table_name, table_type, comment FROM system.tables",
                conditions(schema, table, null), "namespace_id, table_name", row -> {
                    String ns = row.text("namespace_id");
                    String name = row.text("table_name");
                    if (ns != null && name != null && schema.matches(ns) && table.matches(name)) {
                        out.add(new Table(ns, name, tableType(ns, row.text("table_type")), row.text("comment")));
                    }
                });
        return out;
    }

    /**
     * Columns of the tables matching both patterns (all of them, {@code _seq} and {@code _deleted}
     * included), sorted by namespace, table and ordinal; only primary-key columns when asked.
     */
    List<Column> columns(NamePattern schema, NamePattern table, boolean primaryKeysOnly) throws SQLException {
        List<Column> out = new ArrayList<>();
        readAll("SELECT namespace_id, table_name, column_name, data_type, nullable, primary_key, default_value, "
                + "comment, ordinal FROM system.columns",
                conditions(schema, table, primaryKeysOnly ? "primary_key = true" : null),
                "namespace_id, table_name, ordinal", row -> {
                    String ns = row.text("namespace_id");
                    String name = row.text("table_name");
                    String column = row.text("column_name");
                    boolean pk = Boolean.TRUE.equals(row.bool("primary_key"));
                    if (ns == null || name == null || column == null || !schema.matches(ns) || !table.matches(name)
                            || (primaryKeysOnly && !pk)) {
                        return;
                    }
                    out.add(new Column(ns, name, column, row.text("data_type"),
                            !pk && !Boolean.FALSE.equals(row.bool("nullable")), pk, row.text("default_value"),
                            row.text("comment")));
                });
        return out;
    }

    private static TableType tableType(String namespace, String text) {
        if (SYSTEM_NAMESPACE.equals(namespace)) {
            return TableType.SYSTEM;
        }
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "user" -> TableType.USER;
            case "stream" -> TableType.STREAM;
            case "system" -> TableType.SYSTEM;
            default -> TableType.SHARED;
        };
    }

    private static List<String> conditions(NamePattern schema, NamePattern table, String extra) {
        List<String> out = new ArrayList<>();
        schema.sqlCondition("namespace_id").ifPresent(out::add);
        if (table != null) {
            table.sqlCondition("table_name").ifPresent(out::add);
        }
        Optional.ofNullable(extra).ifPresent(out::add);
        return out;
    }

    /** Receives the rows of a system-table query. */
    private interface RowSink {
        void accept(Row row);
    }

    private void readAll(String select, List<String> conditions, String orderBy, RowSink sink) throws SQLException {
        String sql = select + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY " + orderBy + " LIMIT " + PAGE + " OFFSET ";
        for (long offset = 0; ; offset += PAGE) {
            int read = 0;
            for (RecordBatch batch : page(sql + offset).batches()) {
                for (int r = 0; r < batch.rowCount(); r++) {
                    sink.accept(new Row(batch, r));
                }
                read += batch.rowCount();
            }
            if (read < PAGE) {
                return;
            }
        }
    }

    private IpcStream page(String sql) throws SQLException {
        QueryResult result = connection.metadataQuery(sql);
        try {
            return IpcReplies.decode(result.ipcBatches());
        } catch (RuntimeException e) {
            throw Errors.create(SqlStates.PROTOCOL_VIOLATION,
                    "Could not decode the server's reply to a metadata query: " + e.getMessage(), e);
        }
    }

    /** One row of a reply, read by column name; a column the server did not send reads as null. */
    private record Row(RecordBatch batch, int row) {

        private ColumnVector vector(String name) {
            int index = batch.schema().indexOf(name);
            if (index < 0 || batch.column(index).isNull(row)) {
                return null;
            }
            return batch.column(index);
        }

        String text(String name) {
            ColumnVector v = vector(name);
            return v == null ? null : v.getString(row);
        }

        Boolean bool(String name) {
            ColumnVector v = vector(name);
            return v == null ? null : v.getBoolean(row);
        }
    }
}
