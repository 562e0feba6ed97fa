package org.kalamdb.jdbc.transport;

import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.LazyStringArrayList;
import com.google.protobuf.UnsafeByteOperations;
import org.kalamdb.jdbc.transport.proto.BeginTransactionRequest;
import org.kalamdb.jdbc.transport.proto.CloseSessionRequest;
import org.kalamdb.jdbc.transport.proto.CommitTransactionRequest;
import org.kalamdb.jdbc.transport.proto.DeleteRpcRequest;
import org.kalamdb.jdbc.transport.proto.ExecuteQueryRpcRequest;
import org.kalamdb.jdbc.transport.proto.ExecuteQueryRpcResponse;
import org.kalamdb.jdbc.transport.proto.ExecuteSqlRpcRequest;
import org.kalamdb.jdbc.transport.proto.ExecuteSqlRpcResponse;
import org.kalamdb.jdbc.transport.proto.InsertRpcRequest;
import org.kalamdb.jdbc.transport.proto.OpenSessionRequest;
import org.kalamdb.jdbc.transport.proto.RollbackTransactionRequest;
import org.kalamdb.jdbc.transport.proto.ScanFilterExpression;
import org.kalamdb.jdbc.transport.proto.ScanRpcRequest;
import org.kalamdb.jdbc.transport.proto.ScanRpcResponse;
import org.kalamdb.jdbc.transport.proto.UpdateRpcRequest;

/**
 * Our records to and from the generated PgService messages. Optional fields are set only when the
 * record's value is non-null, so presence on the wire is exactly the record's (a {@code limit} of 0
 * is present, a null one absent).
 */
final class ProtoMapping {

    private ProtoMapping() {}

    static OpenSessionRequest openSession(String sessionId, String currentSchema) {
        OpenSessionRequest.Builder builder =
                OpenSessionRequest.newBuilder().setSessionId(sessionId);
        if (currentSchema != null) {
            builder.setCurrentSchema(currentSchema);
        }
        return builder.build();
    }

    static CloseSessionRequest closeSession(String sessionId) {
        return CloseSessionRequest.newBuilder().setSessionId(sessionId).build();
    }

    static ScanRpcRequest scan(ScanRequest request, String sessionId) {
        ScanRpcRequest.Builder builder =
                ScanRpcRequest.newBuilder()
                        .setNamespace(request.namespace())
                        .setTableName(request.table())
                        .setTableType(request.tableType().wireName())
                        .setSessionId(sessionId)
                        .addAllColumns(request.columns());
        if (request.userId() != null) {
            builder.setUserId(request.userId());
        }
        if (request.limit() != null) {
            builder.setLimit(request.limit());
        }
        for (ScanFilter filter : request.filters()) {
            builder.addFilters(
                    ScanFilterExpression.newBuilder()
                            .setColumn(filter.column())
                            .setOp(filter.op())
                            .setValue(filter.value()));
        }
        return builder.build();
    }

    static ScanResult scanResult(ScanRpcResponse response) {
        return new ScanResult(bytes(response.getIpcBatchesList()));
    }

    static InsertRpcRequest insert(InsertRequest request, String sessionId) {
        InsertRpcRequest.Builder builder =
                InsertRpcRequest.newBuilder()
                        .setNamespace(request.namespace())
                        .setTableName(request.table())
                        .setTableType(request.tableType().wireName())
                        .setSessionId(sessionId)
                        .addAllRowsJson(utf8Rows(request.rowsJson()));
        if (request.userId() != null) {
            builder.setUserId(request.userId());
        }
        return builder.build();
    }

    /**
     * The rows as a string list holding their UTF-8 bytes, wrapped, not copied (they do not change
     * once in an InsertRequest). Added as a whole, such a list is taken as it is: the rows are
     * valid UTF-8 by InsertRequest's contract, and {@code addRowsJsonBytes} would scan every byte
     * of every row again to check it.
     */
    private static LazyStringArrayList utf8Rows(List<byte[]> rows) {
        LazyStringArrayList out = new LazyStringArrayList(rows.size());
        for (byte[] row : rows) {
            out.add(UnsafeByteOperations.unsafeWrap(row));
        }
        return out;
    }

    static UpdateRpcRequest update(UpdateRequest request, String sessionId) {
        UpdateRpcRequest.Builder builder =
                UpdateRpcRequest.newBuilder()
                        .setNamespace(request.namespace())
                        .setTableName(request.table())
                        .setTableType(request.tableType().wireName())
                        .setSessionId(sessionId)
                        .setPkValue(request.pkValue())
                        .setUpdatesJson(request.updatesJson());
        if (request.userId() != null) {
            builder.setUserId(request.userId());
        }
        return builder.build();
    }

    static DeleteRpcRequest delete(DeleteRequest request, String sessionId) {
        DeleteRpcRequest.Builder builder =
                DeleteRpcRequest.newBuilder()
                        .setNamespace(request.namespace())
                        .setTableName(request.table())
                        .setTableType(request.tableType().wireName())
                        .setSessionId(sessionId)
                        .setPkValue(request.pkValue());
        if (request.userId() != null) {
            builder.setUserId(request.userId());
        }
        return builder.build();
    }

    static BeginTransactionRequest begin(String sessionId) {
        return BeginTransactionRequest.newBuilder().setSessionId(sessionId).build();
    }

    static CommitTransactionRequest commit(String sessionId, String transactionId) {
        return CommitTransactionRequest.newBuilder()
                .setSessionId(sessionId)
                .setTransactionId(transactionId)
                .build();
    }

    static RollbackTransactionRequest rollback(String sessionId, String transactionId) {
        return RollbackTransactionRequest.newBuilder()
                .setSessionId(sessionId)
                .setTransactionId(transactionId)
                .build();
    }

    static ExecuteSqlRpcRequest executeSql(String sql, String sessionId) {
        return ExecuteSqlRpcRequest.newBuilder().setSql(sql).setSessionId(sessionId).build();
    }

    static SqlResult sqlResult(ExecuteSqlRpcResponse response) {
        return new SqlResult(response.getSuccess(), response.getMessage());
    }

    static ExecuteQueryRpcRequest executeQuery(String sql, String sessionId) {
        return ExecuteQueryRpcRequest.newBuilder().setSql(sql).setSessionId(sessionId).build();
    }

    static QueryResult queryResult(ExecuteQueryRpcResponse response) {
        return new QueryResult(
                response.getSuccess(), response.getMessage(), bytes(response.getIpcBatchesList()));
    }

    /** The IPC streams of a reply, sharing the message's arrays (no copy of tens of megabytes). */
    private static List<IpcBytes> bytes(List<ByteString> values) {
        List<IpcBytes> out = new ArrayList<>(values.size());
        for (ByteString value : values) {
            out.add(SharedByteStrings.of(value));
        }
        return out;
    }
}
