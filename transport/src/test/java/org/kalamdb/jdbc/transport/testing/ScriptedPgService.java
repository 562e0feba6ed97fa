package org.kalamdb.jdbc.transport.testing;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Deadline;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import org.kalamdb.jdbc.transport.proto.BeginTransactionRequest;
import org.kalamdb.jdbc.transport.proto.BeginTransactionResponse;
import org.kalamdb.jdbc.transport.proto.CloseSessionRequest;
import org.kalamdb.jdbc.transport.proto.CloseSessionResponse;
import org.kalamdb.jdbc.transport.proto.CommitTransactionRequest;
import org.kalamdb.jdbc.transport.proto.CommitTransactionResponse;
import org.kalamdb.jdbc.transport.proto.InsertRpcRequest;
import org.kalamdb.jdbc.transport.proto.InsertRpcResponse;
import org.kalamdb.jdbc.transport.proto.OpenSessionRequest;
import org.kalamdb.jdbc.transport.proto.OpenSessionResponse;
import org.kalamdb.jdbc.transport.proto.PgServiceGrpc;
import org.kalamdb.jdbc.transport.proto.PingRequest;
import org.kalamdb.jdbc.transport.proto.PingResponse;
import org.kalamdb.jdbc.transport.proto.RollbackTransactionRequest;
import org.kalamdb.jdbc.transport.proto.RollbackTransactionResponse;
import org.kalamdb.jdbc.transport.proto.ScanRpcRequest;
import org.kalamdb.jdbc.transport.proto.ScanRpcResponse;

/**
 * A PgService whose answers the test scripts, and which records what it received: OpenSession ids
 * with their credentials and TLS peer, Scan requests with the deadline they arrived with.
 */
public final class ScriptedPgService extends PgServiceGrpc.PgServiceImplBase {

    /** How Scan answers. */
    @FunctionalInterface
    public interface ScanBehaviour {
        void handle(ScanRpcRequest request, StreamObserver<ScanRpcResponse> reply);
    }

    /** A call that never answers: {@code arrived} counts down when it reached the service. */
    public record Hang(CountDownLatch arrived) {}

    /** One OpenSession as received. */
    public record Opened(String sessionId, String authorization, String peerCommonName) {}

    /** One Scan as received; {@code deadlineMillis} is the time left on arrival, null for none. */
    public record Scanned(ScanRpcRequest request, Long deadlineMillis) {}

    private static final Context.Key<String> AUTHORIZATION = Context.key("authorization");
    private static final Context.Key<String> PEER = Context.key("peer-cn");
    private static final Metadata.Key<String> AUTHORIZATION_HEADER =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    public final List<Opened> opened = new CopyOnWriteArrayList<>();
    public final List<Scanned> scanned = new CopyOnWriteArrayList<>();
    public final List<String> closed = new CopyOnWriteArrayList<>();

    private volatile Status openFailure;
    private volatile LongSupplier leaseExpiresAtMs = () -> 4_102_444_800_000L;
    private volatile ScanBehaviour scan =
            (request, reply) -> reply(reply, ScanRpcResponse.getDefaultInstance());
    private volatile Hang insertHang;
    private volatile Hang commitHang;

    public ScriptedPgService leaseExpiresAt(LongSupplier value) {
        this.leaseExpiresAtMs = value;
        return this;
    }

    /** OpenSession fails with {@code status} (after recording the attempt). */
    public ScriptedPgService refuseOpen(Status status) {
        this.openFailure = status;
        return this;
    }

    public ScriptedPgService onScan(ScanBehaviour behaviour) {
        this.scan = behaviour;
        return this;
    }

    /** Insert (which otherwise answers one affected row) never answers from now on. */
    public ScriptedPgService hangInserts(CountDownLatch arrived) {
        this.insertHang = new Hang(arrived);
        return this;
    }

    /** CommitTransaction never answers from now on. */
    public ScriptedPgService hangCommits(CountDownLatch arrived) {
        this.commitHang = new Hang(arrived);
        return this;
    }

    /** Scan answers nothing until the client gives up; the latches report arrival and cancel. */
    public static ScanBehaviour hanging(CountDownLatch arrived, CountDownLatch cancelled) {
        return (request, reply) -> {
            ((ServerCallStreamObserver<ScanRpcResponse>) reply)
                    .setOnCancelHandler(cancelled::countDown);
            arrived.countDown();
        };
    }

    /** The service with the interceptor that captures credentials and the TLS peer. */
    public ServerServiceDefinition definition() {
        return ServerInterceptors.intercept(this, new CaptureInterceptor());
    }

    @Override
    public void ping(PingRequest request, StreamObserver<PingResponse> reply) {
        reply(reply, PingResponse.newBuilder().setOk(true).build());
    }

    @Override
    public void openSession(OpenSessionRequest request, StreamObserver<OpenSessionResponse> reply) {
        opened.add(new Opened(request.getSessionId(), AUTHORIZATION.get(), PEER.get()));
        Status failure = openFailure;
        if (failure != null) {
            reply.onError(failure.asRuntimeException());
            return;
        }
        reply(
                reply,
                OpenSessionResponse.newBuilder()
                        .setSessionId(request.getSessionId())
                        .setLeaseExpiresAtMs(leaseExpiresAtMs.getAsLong())
                        .build());
    }

    @Override
    public void closeSession(
            CloseSessionRequest request, StreamObserver<CloseSessionResponse> reply) {
        closed.add(request.getSessionId());
        reply(reply, CloseSessionResponse.getDefaultInstance());
    }

    @Override
    public void scan(ScanRpcRequest request, StreamObserver<ScanRpcResponse> reply) {
        Deadline deadline = Context.current().getDeadline();
        scanned.add(
                new Scanned(
                        request,
                        deadline == null ? null : deadline.timeRemaining(TimeUnit.MILLISECONDS)));
        scan.handle(request, reply);
    }

    @Override
    public void beginTransaction(
            BeginTransactionRequest request, StreamObserver<BeginTransactionResponse> reply) {
        reply(
                reply,
                BeginTransactionResponse.newBuilder()
                        .setTransactionId("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")
                        .build());
    }

    @Override
    public void insert(InsertRpcRequest request, StreamObserver<InsertRpcResponse> reply) {
        Hang hang = insertHang;
        if (hang != null) {
            hang.arrived().countDown();
            return;
        }
        reply(reply, InsertRpcResponse.newBuilder().setAffectedRows(1).build());
    }

    @Override
    public void commitTransaction(
            CommitTransactionRequest request, StreamObserver<CommitTransactionResponse> reply) {
        Hang hang = commitHang;
        if (hang != null) {
            hang.arrived().countDown();
            return;
        }
        reply(
                reply,
                CommitTransactionResponse.newBuilder()
                        .setTransactionId(request.getTransactionId())
                        .build());
    }

    @Override
    public void rollbackTransaction(
            RollbackTransactionRequest request, StreamObserver<RollbackTransactionResponse> reply) {
        reply(
                reply,
                RollbackTransactionResponse.newBuilder()
                        .setTransactionId(request.getTransactionId())
                        .build());
    }

    public static <T> void reply(StreamObserver<T> observer, T message) {
        observer.onNext(message);
        observer.onCompleted();
    }

    private static final class CaptureInterceptor implements ServerInterceptor {
        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(
                ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
            Context context =
                    Context.current()
                            .withValue(AUTHORIZATION, headers.get(AUTHORIZATION_HEADER))
                            .withValue(
                                    PEER,
                                    peerCommonName(
                                            call.getAttributes()
                                                    .get(Grpc.TRANSPORT_ATTR_SSL_SESSION)));
            return Contexts.interceptCall(context, call, headers, next);
        }

        private static String peerCommonName(SSLSession session) {
            if (session == null) {
                return null;
            }
            try {
                Certificate[] chain = session.getPeerCertificates();
                return ((X509Certificate) chain[0]).getSubjectX500Principal().getName();
            } catch (SSLPeerUnverifiedException e) {
                return null;
            }
        }
    }
}
