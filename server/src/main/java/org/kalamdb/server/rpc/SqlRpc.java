package org.kalamdb.server.rpc;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.protobuf.ByteString;

import org.kalamdb.server.KalamError;
import org.kalamdb.server.auth.Caller;
import org.kalamdb.server.proto.ExecuteQueryRpcRequest;
import org.kalamdb.server.proto.ExecuteQueryRpcResponse;
import org.kalamdb.server.proto.ExecuteSqlRpcRequest;
import org.kalamdb.server.proto.ExecuteSqlRpcResponse;
import org.kalamdb.server.sql.SqlOutcome;

/**
 * ExecuteSql and ExecuteQuery (protocol.md 8): {@code sql must not be empty} before the session
 * check, a 1 MiB statement limit, the SQL engine's outcome rendered as the real server does, and
 * removal of a registry entry the call itself created (ephemeral sessions).
 */
final class SqlRpc {

    static final int MAX_SQL_BYTES = 1_048_576;

    private final PgContext ctx;
    private final SessionGate gate;

    SqlRpc(PgContext ctx) {
        this.ctx = ctx;
        this.gate = new SessionGate(ctx);
    }

    ExecuteSqlRpcResponse executeSql(ExecuteSqlRpcRequest req, Caller caller) {
        SqlOutcome outcome = run(req.getSql(), req.getSessionId(), "ExecuteSql", caller);
        String message;
        if (outcome instanceof SqlOutcome.Rows rows) {
            message = "OK (affected: " + rows.rowCount() + ")";
        } else if (outcome instanceof SqlOutcome.Message m) {
            message = m.text();
        } else {
            message = "OK (affected: " + ((SqlOutcome.Affected) outcome).count() + ")";
        }
        return ExecuteSqlRpcResponse.newBuilder().setSuccess(true).setMessage(message).build();
    }

    ExecuteQueryRpcResponse executeQuery(ExecuteQueryRpcRequest req, Caller caller) {
        SqlOutcome outcome = run(req.getSql(), req.getSessionId(), "ExecuteQuery", caller);
        ExecuteQueryRpcResponse.Builder response = ExecuteQueryRpcResponse.newBuilder().setSuccess(true);
        // Java 17 has no pattern switch; SqlOutcome is sealed to exactly these three records.
        if (outcome instanceof SqlOutcome.Rows rows) {
            List<ByteString> batches = IpcBatches.encode(rows.schema(), rows.batches());
            response.setMessage(rows.rowCount() + " row(s)").addAllIpcBatches(batches);
        } else if (outcome instanceof SqlOutcome.Message m) {
            response.setMessage(m.text());
        } else {
            response.setMessage("OK (affected: " + ((SqlOutcome.Affected) outcome).count() + ")");
        }
        return response.build();
    }

    private SqlOutcome run(String rawSql, String rawSessionId, String method, Caller caller) {
        String sql = rawSql.trim();
        if (sql.isEmpty()) {
            throw KalamError.invalidArgument("sql must not be empty");
        }
        String sessionId = gate.validate(rawSessionId);
        boolean created = gate.record(sessionId, method, caller);
        try {
            int bytes = sql.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_SQL_BYTES) {
                throw KalamError.internal("Invalid SQL: SQL query too long: " + bytes + " bytes (maximum "
                        + MAX_SQL_BYTES + " bytes)");
            }
            return ctx.sql().execute(sql);
        } finally {
            if (created) {
                ctx.sessions().removeIfUnpinned(sessionId);
            }
        }
    }
}
