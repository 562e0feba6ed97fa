package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.transport.testing.ScriptedPgService;
import org.kalamdb.jdbc.transport.testing.TestServer;

/**
 * A write or COMMIT that reached the server and whose answer never came is in doubt (08007): the
 * server may or may not have carried it out. Only those: a read, a write inside a transaction (not
 * visible unless committed) and a write the caller cancelled keep their usual SQLState.
 */
class InDoubtTest {

    private static final InsertRequest INSERT =
            InsertRequest.ofText("ns", "t", TableType.SHARED, null, List.of("{}"));
    private static final String TX = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

    private final ScriptedPgService service = new ScriptedPgService();
    private final CountDownLatch arrived = new CountDownLatch(1);
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
    void anAutocommitWriteCutOffByItsDeadlineIsInDoubtAndStillATimeout() {
        service.hangInserts(arrived);
        try (PgSession session = open()) {
            TransportException e =
                    assertThrows(
                            TransportException.class,
                            () -> session.insert(INSERT, RpcOptions.timeoutMillis(300)));
            assertTrue(e.isInDoubt(), e.getMessage());
            assertEquals("08007", e.sqlState());
            assertEquals(FailureClass.Category.TIMEOUT, e.classification().category());
            assertEquals(RpcCode.DEADLINE_EXCEEDED, e.code());
            assertTrue(
                    e.getMessage().contains("the server may or may not have applied it"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("Check the data"), e.getMessage());
            assertEquals(0, arrived.getCount(), "the insert reached the server");
        }
    }

    @Test
    void aWriteInsideATransactionIsNotInDoubt() {
        service.hangInserts(arrived);
        try (PgSession session = open()) {
            session.beginTransaction();
            TransportException e =
                    assertThrows(
                            TransportException.class,
                            () -> session.insert(INSERT, RpcOptions.timeoutMillis(300)));
            assertFalse(e.isInDoubt(), e.getMessage());
            assertEquals("57014", e.sqlState());
        }
    }

    @Test
    void aCommitCancelledInFlightIsInDoubt() throws Exception {
        service.hangCommits(arrived);
        try (PgSession session = open()) {
            assertEquals(TX, session.beginTransaction());
            CompletableFuture<Void> commit =
                    CompletableFuture.runAsync(() -> session.commit(TX, RpcOptions.noTimeout()));
            assertTrue(arrived.await(10, TimeUnit.SECONDS), "the commit reached the server");
            session.cancelInFlight();
            ExecutionException thrown =
                    assertThrows(ExecutionException.class, () -> commit.get(10, TimeUnit.SECONDS));
            TransportException e = (TransportException) thrown.getCause();
            assertTrue(e.isInDoubt(), e.getMessage());
            assertEquals(RpcCode.CANCELLED, e.code());
            assertEquals(FailureClass.Category.CONNECTION, e.classification().category());
            assertTrue(
                    e.getMessage()
                            .startsWith("COMMIT of transaction " + TX + " to KalamDB server at "),
                    e.getMessage());
            assertTrue(
                    e.getMessage().contains("the transaction may or may not have been committed"),
                    e.getMessage());
            assertTrue(session.isTransactionOpen(), "the outcome is unknown: still recorded");
        }
    }

    @Test
    void aWriteCancelledByTheCallerStaysCancelled() throws Exception {
        service.hangInserts(arrived);
        try (PgSession session = open()) {
            CompletableFuture<Long> insert =
                    CompletableFuture.supplyAsync(
                            () -> session.insert(INSERT, RpcOptions.noTimeout()));
            assertTrue(arrived.await(10, TimeUnit.SECONDS), "the insert reached the server");
            session.cancelInFlight();
            ExecutionException thrown =
                    assertThrows(ExecutionException.class, () -> insert.get(10, TimeUnit.SECONDS));
            TransportException e = (TransportException) thrown.getCause();
            assertFalse(e.isInDoubt(), e.getMessage());
            assertEquals("57014", e.sqlState());
        }
    }

    @Test
    void aWriteThatNeverLeftIsNotInDoubt() throws InterruptedException {
        PgSession session = open();
        try {
            server.close();
            // Every attempt is refused: the request never reaches a transport.
            TransportException refused =
                    assertThrows(TransportException.class, () -> session.insert(INSERT));
            TransportException again =
                    assertThrows(TransportException.class, () -> session.insert(INSERT));
            assertFalse(again.isInDoubt(), again.getMessage());
            assertTrue(again.sqlState().startsWith("08"), again.getMessage());
            assertTrue(refused.sqlState().startsWith("08"), refused.getMessage());
        } finally {
            server = TestServer.plaintext(service.definition());
            session.close();
        }
    }

    private PgSession open() {
        return PgSession.open(
                TransportConfig.builder()
                        .target("127.0.0.1", server.port())
                        .timeoutMillis(10_000)
                        .connectTimeoutMillis(2_000)
                        .build());
    }
}
