package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.transport.testing.ScriptedPgService;
import org.kalamdb.jdbc.transport.testing.TestServer;

/**
 * The link to the server goes away and comes back: a call made once the server is back works at
 * once (no reconnect backoff is waited out), calls during the outage fail as connection errors,
 * and connecting to a server that accepts and never answers is bounded by connectTimeout. (A read
 * whose connection is reset under it is retried: proved end to end, through a relay that resets
 * links, by the conformance tests' LinkLossTest.)
 */
class LinkRecoveryTest {

    private static final ScanRequest SCAN = ScanRequest.all("ns", "t", TableType.SHARED, null);
    private static final InsertRequest INSERT =
            InsertRequest.ofText("ns", "t", TableType.SHARED, null, List.of("{}"));

    private final ScriptedPgService service = new ScriptedPgService();
    private TestServer server;
    private int port;

    @BeforeEach
    void start() {
        server = TestServer.plaintext(service.definition());
        port = server.port();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void callsWorkAgainAsSoonAsTheServerIsBack() throws InterruptedException {
        try (PgSession session = open(10_000)) {
            assertTrue(session.ping(0));
            server.close();
            server = null;
            // Two failures: the second finds the port refused and the channel in reconnect backoff.
            TransportException first =
                    assertThrows(TransportException.class, () -> session.insert(INSERT));
            TransportException second =
                    assertThrows(TransportException.class, () -> session.insert(INSERT));
            assertTrue(first.sqlState().startsWith("08"), first.getMessage());
            assertTrue(second.sqlState().startsWith("08"), second.getMessage());
            assertFalse(second.isInDoubt(), "a request that could not be sent is not in doubt");

            server = TestServer.plaintext(service.definition(), port);
            assertEquals(1, session.insert(INSERT), "the very next call works");
            assertEquals(0, session.scan(SCAN).ipcBatches().size());
            assertTrue(session.ping(0));
        }
    }

    @Test
    void readsDuringAnOutageFailAsConnectionErrors() throws InterruptedException {
        try (PgSession session = open(2_000)) {
            server.close();
            server = null;
            TransportException e = assertThrows(TransportException.class, () -> session.scan(SCAN));
            assertTrue(e.sqlState().startsWith("08"), e.getMessage());
            assertFalse(session.ping(500));
        }
    }

    @Test
    void cancellingACallEndsItsWaitForTheLink() throws Exception {
        PgSession session =
                PgSession.open(
                        TransportConfig.builder()
                                .target("127.0.0.1", port)
                                .timeoutMillis(0)
                                .connectTimeoutMillis(120_000)
                                .build());
        try {
            server.close();
            server = null;
            // Without a deadline a read waits up to connectTimeout (2 min) for the link.
            CompletableFuture<ScanResult> read =
                    CompletableFuture.supplyAsync(() -> session.scan(SCAN));
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!read.isDone() && System.nanoTime() - giveUp < 0) {
                session.cancelInFlight(); // a no-op until the read is in flight
                Thread.onSpinWait();
            }
            ExecutionException thrown =
                    assertThrows(ExecutionException.class, () -> read.get(1, TimeUnit.SECONDS));
            TransportException e = (TransportException) thrown.getCause();
            assertEquals("57014", e.sqlState(), e.getMessage());
            assertEquals(FailureClass.Category.CANCELLED, e.classification().category());
        } finally {
            session.close();
        }
    }

    @Test
    void openSessionIsBoundedByConnectTimeoutWhenThereIsNoRpcTimeout() throws IOException {
        // Accepts TCP connections (the kernel completes them) and never says a word.
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"))) {
            TransportConfig config =
                    TransportConfig.builder()
                            .target("127.0.0.1", silent.getLocalPort())
                            .timeoutMillis(0)
                            .connectTimeoutMillis(500)
                            .build();
            TransportException e =
                    assertTimeoutPreemptively(
                            Duration.ofSeconds(30),
                            () ->
                                    assertThrows(
                                            TransportException.class,
                                            () -> PgSession.open(config)));
            assertEquals("08001", e.sqlState(), e.getMessage());
            assertEquals(RpcCode.DEADLINE_EXCEEDED, e.code(), e.getMessage());
        }
    }

    private PgSession open(long timeoutMillis) {
        return PgSession.open(
                TransportConfig.builder()
                        .target("127.0.0.1", port)
                        .timeoutMillis(timeoutMillis)
                        .connectTimeoutMillis(5_000)
                        .build());
    }
}
