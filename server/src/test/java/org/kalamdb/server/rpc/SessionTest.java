package org.kalamdb.server.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.server.testing.PgHarness.scanOf;
import static org.kalamdb.server.testing.Tables.col;

import java.util.UUID;

import io.grpc.Status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.ServerConfig;
import org.kalamdb.server.catalog.TableType;
import org.kalamdb.server.proto.BeginTransactionRequest;
import org.kalamdb.server.proto.CloseSessionRequest;
import org.kalamdb.server.proto.OpenSessionRequest;
import org.kalamdb.server.proto.OpenSessionResponse;
import org.kalamdb.server.proto.PgServiceGrpc;
import org.kalamdb.server.store.DataAccess;
import org.kalamdb.server.testing.Failures;
import org.kalamdb.server.testing.ManualClock;
import org.kalamdb.server.testing.PgHarness;
import org.kalamdb.server.testing.Tables;

class SessionTest {

    private static final String TOKEN = "tok";
    private ManualClock clock;
    private PgHarness pg;

    @BeforeEach
    void setUp() {
        clock = ManualClock.now();
        pg = PgHarness.start(ServerConfig.builder().authToken(TOKEN).clock(clock).idlePruneMs(5_000).leaseMs(60_000)
                .build());
        Tables.create(pg.catalog(), "app", "t", TableType.SHARED, col("id", KalamType.INT).pk());
    }

    @AfterEach
    void tearDown() {
        pg.close();
    }

    private String open(String id) {
        return pg.stub(TOKEN).openSession(OpenSessionRequest.newBuilder().setSessionId(id).build()).getSessionId();
    }

    private void scan(String id) {
        pg.scan(scanOf(id, "app", "t", "shared").build());
    }

    private PgServiceGrpc.PgServiceBlockingStub stub() {
        return pg.stub();
    }

    @Test
    @DisplayName("4.1/4.2: an empty id gets a server UUIDv7; a given id is trimmed and echoed; blank schema is absent")
    void openSession() {
        OpenSessionResponse generated = pg.stub(TOKEN).openSession(OpenSessionRequest.newBuilder()
                .setCurrentSchema("   ").build());
        String id = generated.getSessionId();
        assertEquals(36, id.length());
        assertEquals('7', id.charAt(14));
        assertFalse(generated.hasCurrentSchema());
        assertEquals(clock.millis() + 60_000, generated.getLeaseExpiresAtMs());
        OpenSessionResponse given = pg.stub(TOKEN).openSession(OpenSessionRequest.newBuilder()
                .setSessionId("  pg-42-ab  ").setCurrentSchema(" app ").build());
        assertEquals("pg-42-ab", given.getSessionId());
        assertEquals("app", given.getCurrentSchema());
    }

    @Test
    @DisplayName("3.7: session_id must not be empty; unknown ids are 'invalid or expired session'")
    void handleValidation() {
        Failures.expect(Status.Code.INVALID_ARGUMENT, "session_id must not be empty", () -> scan("  "));
        Failures.expect(Status.Code.UNAUTHENTICATED, "invalid or expired session", () -> scan(UUID.randomUUID().toString()));
    }

    @Test
    @DisplayName("3.7/3.8: the lease is fixed at OpenSession and not renewed by activity; re-open renews it")
    void leaseExpiry() {
        String id = open(UUID.randomUUID().toString());
        // Stay active (idle pruning would otherwise remove the session first): activity does not renew the lease.
        for (int i = 0; i < 14; i++) {
            clock.advance(4_000);
            scan(id);
        }
        clock.advance(4_000);
        Failures.expect(Status.Code.UNAUTHENTICATED, "session lease expired \u2013 re-authenticate via open_session",
                () -> scan(id));
        open(id);
        scan(id);
    }

    @Test
    @DisplayName("3.8: a session idle for 5 s is pruned by another session's traffic -> 'invalid or expired session'")
    void prunedByOthers() {
        String idle = open(UUID.randomUUID().toString());
        String busy = open(UUID.randomUUID().toString());
        clock.advance(5_000);
        scan(busy);
        Failures.expect(Status.Code.UNAUTHENTICATED, "invalid or expired session", () -> scan(idle));
    }

    @Test
    @DisplayName("3.8: a self-prune lets the call succeed and the NEXT call fails 'session not authenticated'")
    void selfPrune() {
        String id = open(UUID.randomUUID().toString());
        clock.advance(5_000);
        scan(id);
        Failures.expect(Status.Code.UNAUTHENTICATED, "session not authenticated", () -> scan(id));
        open(id);
        scan(id);
    }

    @Test
    @DisplayName("3.8: a session with a pinned transaction is not pruned")
    void pinnedSessionSurvives() {
        String id = open(UUID.randomUUID().toString());
        stub().beginTransaction(BeginTransactionRequest.newBuilder().setSessionId(id).build());
        clock.advance(10_000);
        String other = open(UUID.randomUUID().toString());
        scan(other);
        scan(id);
        scan(id);
    }

    @Test
    @DisplayName("4.1: Scan/DML/Begin need a pg-<pid>[-<hex>] or UUID session id (INVALID_ARGUMENT texts)")
    void ownerKeyFormats() {
        String prefix = "Invalid operation: invalid pg session id ";
        for (String[] c : new String[][] {
                {"session-1", "'session-1': expected pg-<pid>-<config_hash> or a server-issued UUID handle"},
                {"pg-", "'pg-': missing backend pid"},
                {"pg-x1", "'pg-x1': backend pid must be numeric"},
                {"pg-1-xyz", "'pg-1-xyz': config hash must be hexadecimal"}}) {
            open(c[0]);
            Failures.expect(Status.Code.INVALID_ARGUMENT, prefix + c[1], () -> scan(c[0]));
        }
        for (String ok : new String[] {"pg-1", "pg-1-", "pg-4294967295-FFffFFffFFffFFff",
                "{0190f5c4-9b1e-7c3a-8f00-000000000001}", "0190f5c49b1e7c3a8f00000000000001",
                "urn:uuid:0190f5c4-9b1e-7c3a-8f00-000000000001"}) {
            open(ok);
            scan(ok);
        }
    }

    @Test
    @DisplayName("4.4: CloseSession needs only a non-empty id, rolls back and removes the entry; unknown ids are OK")
    void closeSession() {
        Failures.expect(Status.Code.INVALID_ARGUMENT, "session_id must not be empty",
                () -> stub().closeSession(CloseSessionRequest.newBuilder().setSessionId(" ").build()));
        stub().closeSession(CloseSessionRequest.newBuilder().setSessionId("never-opened").build());
        String id = open(UUID.randomUUID().toString());
        stub().beginTransaction(BeginTransactionRequest.newBuilder().setSessionId(id).build());
        assertEquals(1, pg.node().dataAccess().transactions().size());
        stub().closeSession(CloseSessionRequest.newBuilder().setSessionId(id).build());
        assertEquals(0, pg.node().dataAccess().transactions().size());
        Failures.expect(Status.Code.UNAUTHENTICATED, "invalid or expired session", () -> scan(id));
    }

    @Test
    @DisplayName("4.2: re-opening a session mid-transaction keeps the transaction (transactions belong to the id)")
    void reopenKeepsTransaction() {
        String id = open(UUID.randomUUID().toString());
        String tx = stub().beginTransaction(BeginTransactionRequest.newBuilder().setSessionId(id).build())
                .getTransactionId();
        open(id);
        DataAccess.TransactionView view = pg.node().dataAccess().transactions().get(0);
        assertEquals(tx, view.transactionId());
        assertEquals(id, view.ownerId());
    }

    @Test
    @DisplayName("4.6: system.sessions rows: state, transaction columns, backend_pid, transport, last_method")
    void sessionsView() {
        open("pg-77-ff");
        String id = open(UUID.randomUUID().toString());
        String tx = stub().beginTransaction(BeginTransactionRequest.newBuilder().setSessionId(id).build())
                .getTransactionId();
        clock.advance(1);
        var rows = pg.node().dataAccess().sessions();
        assertEquals(2, rows.size());
        DataAccess.SessionView inTx = rows.get(0);
        assertEquals(id, inTx.sessionId());
        assertEquals("idle in transaction", inTx.state());
        assertEquals(tx, inTx.transactionId());
        assertEquals("active", inTx.transactionState());
        assertEquals("BeginTransaction", inTx.lastMethod());
        assertEquals("grpc", inTx.transport());
        DataAccess.SessionView pg77 = rows.get(1);
        assertEquals(77L, pg77.backendPid());
        assertEquals("idle", pg77.state());
        assertEquals("OpenSession", pg77.lastMethod());
        assertTrue(pg77.lastSeenAtMicros() <= inTx.lastSeenAtMicros());
    }
}
