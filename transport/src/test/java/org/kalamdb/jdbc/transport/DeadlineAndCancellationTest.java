package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.transport.proto.ScanRpcResponse;
import org.kalamdb.jdbc.transport.testing.ScriptedPgService;
import org.kalamdb.jdbc.transport.testing.TestServer;

/**
 * Deadlines and cancellation against a real server. Nothing here depends on timing luck: the server
 * reports the deadline each call arrived with, a hanging call is released only by the client giving
 * up, and every wait is a latch with a bound.
 */
class DeadlineAndCancellationTest {

    private static final ScanRequest SCAN = ScanRequest.all("ns", "t", TableType.SHARED, null);

    private final ScriptedPgService service = new ScriptedPgService();
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.plaintext(service.definition());
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void configuredTimeoutIsTheDeadlineOfEveryCall() {
        try (PgSession session = open(60_000)) {
            session.scan(SCAN);
        }
        Long remaining = service.scanned.get(0).deadlineMillis();
        assertNotNull(remaining, "the call carried no deadline");
        assertTrue(remaining > 0 && remaining <= 60_000, "remaining " + remaining);
    }

    @Test
    void zeroTimeoutMeansNoDeadline() {
        try (PgSession session = open(0)) {
            session.scan(SCAN);
        }
        assertNull(service.scanned.get(0).deadlineMillis());
    }

    @Test
    void perCallOverrideReplacesTheConfiguredTimeout() {
        try (PgSession session = open(0)) {
            session.scan(SCAN, RpcOptions.timeoutMillis(30_000));
            session.scan(SCAN, RpcOptions.DEFAULTS);
        }
        try (PgSession session = open(60_000)) {
            session.scan(SCAN, RpcOptions.noTimeout());
        }
        Long overridden = service.scanned.get(0).deadlineMillis();
        assertNotNull(overridden);
        assertTrue(overridden > 0 && overridden <= 30_000, "remaining " + overridden);
        assertNull(service.scanned.get(1).deadlineMillis());
        assertNull(service.scanned.get(2).deadlineMillis());
    }

    @Test
    void anExpiredDeadlineFailsWith57014() throws InterruptedException {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        service.onScan(ScriptedPgService.hanging(arrived, cancelled));
        try (PgSession session = open(0)) {
            TransportException e =
                    assertThrows(
                            TransportException.class,
                            () -> session.scan(SCAN, RpcOptions.timeoutMillis(200)));
            assertEquals(RpcCode.DEADLINE_EXCEEDED, e.code());
            assertEquals("57014", e.sqlState());
            assertEquals(FailureClass.Category.TIMEOUT, e.classification().category());
            assertEquals(
                    "request Scan to KalamDB server at 127.0.0.1:"
                            + server.port()
                            + " timed out after 200 ms",
                    e.getMessage());
        }
        assertTrue(cancelled.await(10, TimeUnit.SECONDS), "the server saw the call end");
    }

    @Test
    void cancelInFlightFromAnotherThreadFailsTheCallWithCancelled() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        service.onScan(ScriptedPgService.hanging(arrived, cancelled));
        try (PgSession session = open(0)) {
            CompletableFuture<ScanResult> call =
                    CompletableFuture.supplyAsync(() -> session.scan(SCAN));
            assertTrue(arrived.await(10, TimeUnit.SECONDS), "the scan reached the server");
            session.cancelInFlight();
            ExecutionException thrown =
                    assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
            TransportException e = (TransportException) thrown.getCause();
            assertEquals(RpcCode.CANCELLED, e.code());
            assertEquals("57014", e.sqlState());
            assertEquals(FailureClass.Category.CANCELLED, e.classification().category());
            assertEquals(
                    "request Scan to KalamDB server at 127.0.0.1:"
                            + server.port()
                            + " was cancelled",
                    e.getMessage());
            assertTrue(cancelled.await(10, TimeUnit.SECONDS), "the server saw the cancellation");

            // Cancellation ends the calls in flight, not the session.
            service.onScan(
                    (request, reply) ->
                            ScriptedPgService.reply(reply, ScanRpcResponse.getDefaultInstance()));
            assertEquals(0, session.scan(SCAN).ipcBatches().size());
        }
    }

    @Test
    void cancelInFlightWithNothingInFlightIsHarmless() {
        try (PgSession session = open(0)) {
            session.cancelInFlight();
            assertTrue(session.ping(0));
        }
    }

    private PgSession open(long timeoutMillis) {
        return PgSession.open(
                TransportConfig.builder()
                        .target("127.0.0.1", server.port())
                        .timeoutMillis(timeoutMillis)
                        .build());
    }
}
