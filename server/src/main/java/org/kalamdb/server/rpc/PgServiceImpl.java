package org.kalamdb.server.rpc;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;

import org.kalamdb.server.KalamError;
import org.kalamdb.server.proto.BeginTransactionRequest;
import org.kalamdb.server.proto.BeginTransactionResponse;
import org.kalamdb.server.proto.CloseSessionRequest;
import org.kalamdb.server.proto.CloseSessionResponse;
import org.kalamdb.server.proto.CommitTransactionRequest;
import org.kalamdb.server.proto.CommitTransactionResponse;
import org.kalamdb.server.proto.DeleteRpcRequest;
import org.kalamdb.server.proto.DeleteRpcResponse;
import org.kalamdb.server.proto.ExecuteQueryRpcRequest;
import org.kalamdb.server.proto.ExecuteQueryRpcResponse;
import org.kalamdb.server.proto.ExecuteSqlRpcRequest;
import org.kalamdb.server.proto.ExecuteSqlRpcResponse;
import org.kalamdb.server.proto.InsertRpcRequest;
import org.kalamdb.server.proto.InsertRpcResponse;
import org.kalamdb.server.proto.OpenSessionRequest;
import org.kalamdb.server.proto.OpenSessionResponse;
import org.kalamdb.server.proto.PgServiceGrpc;
import org.kalamdb.server.proto.PingRequest;
import org.kalamdb.server.proto.PingResponse;
import org.kalamdb.server.proto.RollbackTransactionRequest;
import org.kalamdb.server.proto.RollbackTransactionResponse;
import org.kalamdb.server.proto.ScanRpcRequest;
import org.kalamdb.server.proto.ScanRpcResponse;
import org.kalamdb.server.proto.UpdateRpcRequest;
import org.kalamdb.server.proto.UpdateRpcResponse;

/**
 * The {@code kalamdb.pg.PgService} endpoint: each RPC delegates to its handler and maps
 * {@link KalamError}s to their gRPC status. Anything unexpected is INTERNAL (and logged).
 */
public final class PgServiceImpl extends PgServiceGrpc.PgServiceImplBase {

    private static final Logger LOG = Logger.getLogger(PgServiceImpl.class.getName());

    private final SessionRpc sessions;
    private final DataRpc data;
    private final TransactionRpc transactions;
    private final SqlRpc sql;

    public PgServiceImpl(PgContext ctx) {
        this.sessions = new SessionRpc(ctx);
        this.data = new DataRpc(ctx);
        this.transactions = new TransactionRpc(ctx);
        this.sql = new SqlRpc(ctx);
    }

    @Override
    public void ping(PingRequest request, StreamObserver<PingResponse> out) {
        respond(out, () -> sessions.ping(request, CallerInterceptor.current()));
    }

    @Override
    public void openSession(OpenSessionRequest request, StreamObserver<OpenSessionResponse> out) {
        respond(out, () -> sessions.open(request, CallerInterceptor.current()));
    }

    @Override
    public void closeSession(CloseSessionRequest request, StreamObserver<CloseSessionResponse> out) {
        respond(out, () -> sessions.close(request));
    }

    @Override
    public void scan(ScanRpcRequest request, StreamObserver<ScanRpcResponse> out) {
        respond(out, () -> data.scan(request, CallerInterceptor.current()));
    }

    @Override
    public void insert(InsertRpcRequest request, StreamObserver<InsertRpcResponse> out) {
        respond(out, () -> data.insert(request, CallerInterceptor.current()));
    }

    @Override
    public void update(UpdateRpcRequest request, StreamObserver<UpdateRpcResponse> out) {
        respond(out, () -> data.update(request, CallerInterceptor.current()));
    }

    @Override
    public void delete(DeleteRpcRequest request, StreamObserver<DeleteRpcResponse> out) {
        respond(out, () -> data.delete(request, CallerInterceptor.current()));
    }

    @Override
    public void beginTransaction(BeginTransactionRequest request, StreamObserver<BeginTransactionResponse> out) {
        respond(out, () -> transactions.begin(request, CallerInterceptor.current()));
    }

    @Override
    public void commitTransaction(CommitTransactionRequest request, StreamObserver<CommitTransactionResponse> out) {
        respond(out, () -> transactions.commit(request, CallerInterceptor.current()));
    }

    @Override
    public void rollbackTransaction(RollbackTransactionRequest request,
                                    StreamObserver<RollbackTransactionResponse> out) {
        respond(out, () -> transactions.rollback(request, CallerInterceptor.current()));
    }

    @Override
    public void executeSql(ExecuteSqlRpcRequest request, StreamObserver<ExecuteSqlRpcResponse> out) {
        respond(out, () -> sql.executeSql(request, CallerInterceptor.current()));
    }

    @Override
    public void executeQuery(ExecuteQueryRpcRequest request, StreamObserver<ExecuteQueryRpcResponse> out) {
        respond(out, () -> sql.executeQuery(request, CallerInterceptor.current()));
    }

    private static <T> void respond(StreamObserver<T> out, Supplier<T> handler) {
        T response;
        try {
            response = handler.get();
        } catch (KalamError e) {
            out.onError(Statuses.of(e));
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "unexpected failure in a PgService call", e);
            out.onError(Status.INTERNAL.withDescription(String.valueOf(e.getMessage())).withCause(e).asRuntimeException());
            return;
        }
        out.onNext(response);
        out.onCompleted();
    }
}
