package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.transport.proto.ScanRpcResponse;
import org.kalamdb.jdbc.transport.testing.ScriptedPgService;
import org.kalamdb.jdbc.transport.testing.TestServer;

/**
 * A follower answers {@code Not leader for shard. Leader: Some("<api address>")}: the session
 * re-opens under the same id on the leader's RPC port (API port + 1000) and retries once.
 */
class LeaderRedirectTest {

    private static final ScanRequest SCAN = ScanRequest.all("ns", "t", TableType.SHARED, null);

    private final ScriptedPgService follower = new ScriptedPgService();
    private final ScriptedPgService leader = new ScriptedPgService();
    private TestServer followerServer;
    private TestServer leaderServer;
    private final ChannelRegistry registry = ChannelRegistry.isolated();

    @BeforeEach
    void start() {
        leader.onScan(
                (request, reply) ->
                        ScriptedPgService.reply(
                                reply,
                                ScanRpcResponse.newBuilder()
                                        .addIpcBatches(ByteString.copyFrom(new byte[] {7}))
                                        .build()));
        leaderServer = TestServer.plaintext(leader.definition());
        followerServer = TestServer.plaintext(follower.definition());
    }

    @AfterEach
    void stop() throws InterruptedException {
        followerServer.close();
        leaderServer.close();
        assertEquals(0, registry.liveChannelCount());
    }

    @Test
    void followsTheLeaderAndStaysThere() {
        follower.onScan(notLeader(leaderServer.port() - 1000));
        try (PgSession session = open(followerServer.port())) {
            ScanResult result = session.scan(SCAN);
            assertArrayEquals(new byte[] {7}, result.ipcBatches().get(0).toByteArray());
            assertEquals("127.0.0.1:" + leaderServer.port(), session.target());
            assertEquals(1, registry.liveChannelCount(), "the follower's channel was released");

            session.scan(SCAN);
            assertEquals(1, follower.scanned.size());
            assertEquals(2, leader.scanned.size());
            assertEquals(session.sessionId(), leader.opened.get(0).sessionId());
            assertEquals("Bearer token", leader.opened.get(0).authorization());
        }
        assertEquals(1, leader.closed.size());
    }

    @Test
    void aLeaderThatCannotBeReachedLeavesTheOriginalError() throws IOException {
        int nowhere = unusedPort();
        follower.onScan(notLeader(nowhere - 1000));
        try (PgSession session = open(followerServer.port())) {
            TransportException e = assertThrows(TransportException.class, () -> session.scan(SCAN));
            assertEquals(RpcCode.INTERNAL, e.code());
            assertEquals(1, e.getSuppressed().length);
            assertEquals("127.0.0.1:" + followerServer.port(), session.target());
        }
        assertEquals(1, follower.scanned.size());
    }

    private static ScriptedPgService.ScanBehaviour notLeader(int apiPort) {
        return (request, reply) ->
                reply.onError(
                        Status.INTERNAL
                                .withDescription(
                                        "External error: Not leader for shard. Leader:"
                                            + " Some(\"http://127.0.0.1:"
                                                + apiPort
                                                + "\")")
                                .asRuntimeException());
    }

    private PgSession open(int port) {
        return PgSession.open(
                TransportConfig.builder()
                        .target("127.0.0.1", port)
                        .auth(AuthConfig.staticHeader("Bearer token"))
                        .timeoutMillis(10_000)
                        .build(),
                registry,
                TimeSource.SYSTEM);
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
