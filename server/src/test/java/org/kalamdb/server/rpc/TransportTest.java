package org.kalamdb.server.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.server.testing.Tables.col;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.KalamServer;
import org.kalamdb.server.ServerConfig;
import org.kalamdb.server.catalog.TableType;
import org.kalamdb.server.proto.InsertRpcRequest;
import org.kalamdb.server.proto.OpenSessionRequest;
import org.kalamdb.server.proto.PgServiceGrpc;
import org.kalamdb.server.proto.PingRequest;
import org.kalamdb.server.testing.Failures;
import org.kalamdb.server.testing.PgHarness;
import org.kalamdb.server.testing.Tables;

/** The Netty listener: method paths, unknown methods, the 4 MiB request limit (protocol.md 1.2, 1.3, 12). */
class TransportTest {

    private static KalamServer server;
    private static ManagedChannel channel;

    @BeforeAll
    static void start() throws IOException {
        server = new KalamServer(ServerConfig.builder().port(0).idlePruneMs(0).build()).start();
        channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
        Tables.create(server.catalog(), "app", "blob", TableType.SHARED, col("id", KalamType.INT).pk(),
                col("v", KalamType.TEXT));
    }

    @AfterAll
    static void stop() {
        channel.shutdownNow();
        server.close();
    }

    private static PgServiceGrpc.PgServiceBlockingStub stub() {
        return PgServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("1.3: the service answers on /kalamdb.pg.PgService/<Method> over plaintext HTTP/2")
    void methodPaths() {
        assertEquals("kalamdb.pg.PgService/Ping", PgServiceGrpc.getPingMethod().getFullMethodName());
        assertTrue(stub().ping(PingRequest.getDefaultInstance()).getOk());
    }

    @Test
    @DisplayName("1.2: unknown methods and services are UNIMPLEMENTED with no message (Netty and in-process)")
    void unknownMethod() {
        assertUnimplemented(channel, "kalamdb.pg.PgService/Nope");
        assertUnimplemented(channel, "grpc.health.v1.Health/Check");
        try (PgHarness pg = PgHarness.open()) {
            assertUnimplemented(pg.channel(), "kalamdb.pg.PgService/Nope");
        }
    }

    private static void assertUnimplemented(Channel ch, String method) {
        MethodDescriptor<byte[], byte[]> descriptor = MethodDescriptor.<byte[], byte[]>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY).setFullMethodName(method)
                .setRequestMarshaller(BYTES).setResponseMarshaller(BYTES).build();
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> ClientCalls.blockingUnaryCall(ch,
                descriptor, CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS), new byte[] {8, 1}));
        assertEquals(Status.Code.UNIMPLEMENTED, e.getStatus().getCode());
        assertNull(e.getStatus().getDescription());
    }

    @Test
    @DisplayName("1.2: requests up to 4 MiB are accepted; larger ones are OUT_OF_RANGE with tonic's text")
    void requestSizeLimit() {
        String session = stub().openSession(OpenSessionRequest.newBuilder().setSessionId("pg-5").build()).getSessionId();
        InsertRpcRequest atLimit = insertOfSize(session, 1, ServerConfig.DEFAULT_MAX_REQUEST_BYTES);
        assertEquals(4_194_304, atLimit.getSerializedSize());
        assertEquals(1, stub().insert(atLimit).getAffectedRows());
        InsertRpcRequest over = insertOfSize(session, 2, ServerConfig.DEFAULT_MAX_REQUEST_BYTES + 1);
        Failures.expect(Status.Code.OUT_OF_RANGE, "Error, decoded message length too large: found 4194305 bytes, "
                + "the limit is: 4194304 bytes", () -> stub().insert(over));
        InsertRpcRequest huge = insertOfSize(session, 3, 9_000_000);
        Failures.expect(Status.Code.OUT_OF_RANGE, "Error, decoded message length too large: found 9000000 bytes, "
                + "the limit is: 4194304 bytes", () -> stub().insert(huge));
    }

    /** An Insert whose serialized size is exactly {@code size} bytes. */
    private static InsertRpcRequest insertOfSize(String session, int id, int size) {
        int padding = size - 200;
        while (true) {
            InsertRpcRequest r = InsertRpcRequest.newBuilder().setSessionId(session).setNamespace("app")
                    .setTableName("blob").setTableType("shared")
                    .addRowsJson("{\"id\":" + id + ",\"v\":\"" + "x".repeat(padding) + "\"}").build();
            int diff = size - r.getSerializedSize();
            if (diff == 0) {
                return r;
            }
            padding += diff;
        }
    }

    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    };
}
