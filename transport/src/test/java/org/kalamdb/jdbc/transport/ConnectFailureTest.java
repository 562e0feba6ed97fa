package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.transport.testing.ScriptedPgService;
import org.kalamdb.jdbc.transport.testing.TestServer;

/** Connecting: host lists, and clear texts when nothing answers. */
class ConnectFailureTest {

    private final ScriptedPgService service = new ScriptedPgService();
    private TestServer server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
        assertEquals(0, ChannelRegistry.shared().liveChannelCount(), "a channel was left open");
    }

    @Test
    void refusedConnectionNamesTheAddressAndTheRpcPort() throws IOException {
        int port = unusedPort();
        TransportException e =
                assertThrows(TransportException.class, () -> PgSession.open(config(port).build()));
        assertEquals(
                "KalamDB server is not running or unreachable at 127.0.0.1:"
                        + port
                        + " – check that the server is up and that host and port name its RPC"
                        + " listener (default 9188), not the HTTP API port",
                e.getMessage());
        assertEquals("08001", e.sqlState());
        assertEquals(RpcCode.UNAVAILABLE, e.code());
        assertEquals(RpcMethod.OPEN_SESSION, e.method().orElseThrow());
        assertTrue(e.isConnectionLost());
        assertTrue(!e.getMessage().toLowerCase().contains("postgres"));
    }

    @Test
    void unknownHost() {
        TransportException e =
                assertThrows(
                        TransportException.class,
                        () ->
                                PgSession.open(
                                        TransportConfig.builder()
                                                .target("no-such-host.invalid", 9188)
                                                .build()));
        assertEquals("08001", e.sqlState());
        assertTrue(e.getMessage().contains("no-such-host.invalid"), e.getMessage());
    }

    @Test
    void anAddressGrpcCannotUseIsAConnectionErrorNotAnIllegalArgument() {
        TransportException e =
                assertThrows(
                        TransportException.class,
                        () ->
                                PgSession.open(
                                        TransportConfig.builder()
                                                .target("bad host;name", 9188)
                                                .build()));
        assertEquals("08001", e.sqlState());
        assertTrue(e.getMessage().contains("'bad host;name:9188'"), e.getMessage());
        assertTrue(e.getMessage().contains("not a valid host name"), e.getMessage());
        assertTrue(e.getCause() instanceof IllegalArgumentException, String.valueOf(e.getCause()));
    }

    @Test
    void hostsAreTriedInOrderAndTheFirstThatAnswersWins() throws IOException {
        server = TestServer.plaintext(service.definition());
        int refused = unusedPort();
        TransportConfig config =
                TransportConfig.builder()
                        .target("127.0.0.1", refused)
                        .target("127.0.0.1", server.port())
                        .timeoutMillis(10_000)
                        .build();
        try (PgSession session = PgSession.open(config)) {
            assertEquals("127.0.0.1:" + server.port(), session.target());
            assertTrue(session.ping(0));
        }
        assertEquals(1, service.opened.size());
    }

    @Test
    void whenNoHostAnswersEveryAddressIsNamed() throws IOException {
        int first = unusedPort();
        int second = unusedPort();
        TransportConfig config =
                TransportConfig.builder()
                        .target("127.0.0.1", first)
                        .target("127.0.0.1", second)
                        .build();
        TransportException e = assertThrows(TransportException.class, () -> PgSession.open(config));
        assertTrue(e.getMessage().startsWith("no KalamDB server answered: "), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1:" + first), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1:" + second), e.getMessage());
        assertEquals("08001", e.sqlState());
        assertEquals(1, e.getSuppressed().length);
    }

    @Test
    void wrongCredentialsStopTheHostListAtOnce() throws IOException {
        ScriptedPgService refusing =
                new ScriptedPgService()
                        .refuseOpen(
                                io.grpc.Status.UNAUTHENTICATED.withDescription(
                                        "authentication failed: Invalid credentials"));
        server = TestServer.plaintext(refusing.definition());
        try (TestServer second = TestServer.plaintext(service.definition())) {
            TransportConfig config =
                    TransportConfig.builder()
                            .target("127.0.0.1", server.port())
                            .target("127.0.0.1", second.port())
                            .auth(AuthConfig.accountLogin("root", "wrong"))
                            .build();
            TransportException e =
                    assertThrows(TransportException.class, () -> PgSession.open(config));
            assertEquals("28000", e.sqlState());
            assertTrue(service.opened.isEmpty(), "the second host was tried");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void missingInProcessServer() {
        TransportException e =
                assertThrows(
                        TransportException.class,
                        () ->
                                PgSession.open(
                                        TransportConfig.builder()
                                                .inProcess("kalam-nobody-home")
                                                .build()));
        assertEquals(
                "no in-process KalamDB server named 'kalam-nobody-home' is running",
                e.getMessage());
        assertEquals("08001", e.sqlState());
    }

    private static TransportConfig.Builder config(int port) {
        return TransportConfig.builder().target("127.0.0.1", port).timeoutMillis(10_000);
    }

    // A port that was free a moment ago: nothing listens there now.
    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
