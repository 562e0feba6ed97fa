package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.result.IpcReplies;
import org.kalamdb.jdbc.transport.QueryResult;
import org.kalamdb.jdbc.types.arrow.ChunkedBatches;
import org.kalamdb.jdbc.types.arrow.IpcStream;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * Reads tables of the {@code system} namespace. The bridge account cannot Scan them, so they are
 * read with ExecuteQuery, 1000 rows a page (the server caps SQL results at 1000 rows), the pages
 * read as one batch (a view over theirs, no copy). The table name is checked against KalamDB's
 * name rules before it is written into SQL.
 */
final class SystemTableReader {

    static final String SYSTEM_NAMESPACE = "system";
    /**
     * KalamDB's virtual system views (server.md section 5): unlike the persisted system tables
     * they are not rows of {@code system.tables}.
     */
    static final List<String> VIEWS = List.of("stats", "live", "sessions", "transactions", "settings", "server_logs",
            "cluster", "cluster_groups", "datatypes", "describe", "tables", "columns");
    private static final int PAGE = 1000;

    /** Every row of one system table; the schema is null when the server sent none. */
    record Rows(Schema schema, RecordBatch batch) {
    }

    private SystemTableReader() {
    }

    /** The lowercase table name, or 42P01 when it cannot name a system table. */
    static String checkedName(String table) throws SQLException {
        String name = table.toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9_]{1,64}")) {
            throw Errors.create(SqlStates.UNDEFINED_TABLE, "relation \"system." + name + "\" does not exist");
        }
        return name;
    }

    /** Every row of {@code system.<table>}. */
    static Rows readAll(String table, ExecutionContext context) throws SQLException {
        String name = checkedName(table);
        Schema schema = null;
        List<RecordBatch> batches = new ArrayList<>();
        for (long offset = 0; ; offset += PAGE) {
            IpcStream stream = query("SELECT * FROM system." + name + " LIMIT " + PAGE + " OFFSET " + offset, context);
            if (stream.schema() == null) {
                break;
            }
            if (schema == null) {
                schema = stream.schema();
            }
            batches.addAll(stream.batches());
            if (stream.rowCount() < PAGE) {
                break;
            }
        }
        if (schema == null) {
            return new Rows(null, null);
        }
        try {
            return new Rows(schema, ChunkedBatches.concat(schema, batches));
        } catch (IllegalArgumentException e) {
            throw Errors.create(SqlStates.PROTOCOL_VIOLATION, "The pages of system." + name + " differ in their "
                    + "columns: " + e.getMessage(), e);
        }
    }

    /** The columns of {@code system.<table>} (one row read), or null when it does not exist. */
    static Schema columns(String table, ExecutionContext context) throws SQLException {
        String name = checkedName(table);
        try {
            return query("SELECT * FROM system." + name + " LIMIT 1", context).schema();
        } catch (SQLException e) {
            if (SqlStates.UNDEFINED_TABLE.equals(e.getSQLState()) || SqlStates.INVALID_SCHEMA_NAME.equals(e.getSQLState())
                    || e.getSQLState() != null && e.getSQLState().startsWith("XX")) {
                return null;
            }
            throw e;
        }
    }

    private static IpcStream query(String sql, ExecutionContext context) throws SQLException {
        QueryResult page = context.session().executeQuery(sql, context.rpc());
        try {
            return IpcReplies.decode(page.ipcBatches());
        } catch (RuntimeException e) {
            throw Errors.create(SqlStates.PROTOCOL_VIOLATION, "Could not decode the reply: " + e.getMessage(), e);
        }
    }
}
