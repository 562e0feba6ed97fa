package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.regex.Pattern;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.result.IpcReplies;
import org.kalamdb.jdbc.transport.QueryResult;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.IpcStream;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.json.JsonText;
import org.kalamdb.jdbc.types.json.PlainJsonRenderer;

/**
 * {@code kalam_exec(text)}: the statement goes to KalamDB as written (ExecuteQuery: the server's
 * DBA identity, namespace {@code default}, outside the transaction). Better than pg_kalam
 * (extension.md 5.4, 9.11): a SELECT returns a JSON array of row objects with the real values,
 * keys in column order, {@code []} when no row matched (never {@code "0 row(s)"}); other
 * statements return the server's message as a JSON string; a failure keeps the server's text.
 * Refused with 42501 when the connection property {@code allowKalamExec} is false.
 */
final class KalamExec {

    private static final Pattern ROW_COUNT = Pattern.compile("\\d+ row\\(s\\)");

    private KalamExec() {
    }

    static String run(ExecutionContext context, String sql) throws SQLException {
        if (!context.settings().allowKalamExec()) {
            throw Errors.create(SqlStates.INSUFFICIENT_PRIVILEGE,
                    "permission denied for function kalam_exec (connection property allowKalamExec=false)");
        }
        if (sql.isBlank()) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "kalam_exec: the SQL text is empty");
        }
        QueryResult result = context.session().executeQuery(sql, context.rpc());
        IpcStream stream;
        try {
            stream = IpcReplies.decode(result.ipcBatches());
        } catch (RuntimeException e) {
            throw Errors.create(SqlStates.PROTOCOL_VIOLATION, "kalam_exec: could not decode the reply: "
                    + e.getMessage(), e);
        }
        if (stream.schema() == null) {
            return ROW_COUNT.matcher(result.message().trim()).matches() ? "[]" : JsonText.quote(result.message());
        }
        StringBuilder sb = new StringBuilder().append('[');
        boolean firstRow = true;
        for (RecordBatch batch : stream.batches()) {
            for (int r = 0; r < batch.rowCount(); r++) {
                if (!firstRow) {
                    sb.append(',');
                }
                firstRow = false;
                sb.append('{');
                for (int c = 0; c < batch.columns().size(); c++) {
                    Field f = batch.column(c).field();
                    if (c > 0) {
                        sb.append(',');
                    }
                    JsonText.appendString(sb, f.name()).append(':');
                    PlainJsonRenderer.append(sb, SqlValueReader.read(batch.column(c), r));
                }
                sb.append('}');
            }
        }
        return sb.append(']').toString();
    }
}
