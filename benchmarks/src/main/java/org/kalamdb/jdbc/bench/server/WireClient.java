package org.kalamdb.jdbc.bench.server;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;

import org.kalamdb.server.proto.ExecuteSqlRpcRequest;
import org.kalamdb.server.proto.ExecuteSqlRpcResponse;
import org.kalamdb.server.proto.OpenSessionRequest;
import org.kalamdb.server.proto.PgServiceGrpc;
import org.kalamdb.server.proto.ScanFilterExpression;
import org.kalamdb.server.proto.ScanRpcRequest;
import org.kalamdb.server.proto.ScanRpcResponse;

/**
 * A bare PgService client over gRPC's in-process transport, with the server's own generated stubs:
 * what the server benchmark calls so that no driver code is measured. Keeps one session and, as
 * protocol.md 3.9 asks of every client, re-opens it once when the server pruned it.
 */
public final class WireClient implements AutoCloseable {

    private final ManagedChannel channel;
    private final PgServiceGrpc.PgServiceBlockingStub stub;
    private final String sessionId = UUID.randomUUID().toString();

    public WireClient(String inProcessName) {
        this.channel = InProcessChannelBuilder.forName(inProcessName).build();
        this.stub = PgServiceGrpc.newBlockingStub(channel);
        openSession();
    }

    private void openSession() {
        stub.openSession(OpenSessionRequest.newBuilder().setSessionId(sessionId).build());
    }

    /** Runs one DDL statement; fails with the server's message when it is refused. */
    public void executeSql(String sql) {
        ExecuteSqlRpcResponse r = withSession(() -> stub.executeSql(
                ExecuteSqlRpcRequest.newBuilder().setSessionId(sessionId).setSql(sql).build()));
        if (!r.getSuccess()) {
            throw new IllegalStateException("server refused '" + sql + "': " + r.getMessage());
        }
    }

    public ScanRpcResponse scanShared(String namespace, String table, List<String> columns) {
        return withSession(() -> stub.scan(ScanRpcRequest.newBuilder().setSessionId(sessionId)
                .setNamespace(namespace).setTableName(table).setTableType("shared")
                .addAllColumns(columns).build()));
    }

    /** A Scan with one {@code eq} filter, as the driver's fast path pushes a primary-key lookup down. */
    public ScanRpcResponse scanSharedWhereEq(String namespace, String table, List<String> columns, String column,
                                             String value) {
        return withSession(() -> stub.scan(ScanRpcRequest.newBuilder().setSessionId(sessionId)
                .setNamespace(namespace).setTableName(table).setTableType("shared")
                .addAllColumns(columns)
                .addFilters(ScanFilterExpression.newBuilder().setColumn(column).setOp("eq").setValue(value))
                .build()));
    }

    private <T> T withSession(Supplier<T> call) {
        try {
            return call.get();
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() != Status.Code.UNAUTHENTICATED) {
                throw e;
            }
            openSession();    // idle pruning (protocol.md 3.8): same id, then retry once
            return call.get();
        }
    }

    @Override
    public void close() {
        channel.shutdownNow();
    }
}
