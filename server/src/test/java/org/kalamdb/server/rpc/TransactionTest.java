package org.kalamdb.server.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.server.testing.PgHarness.scanOf;
import static org.kalamdb.server.testing.Tables.col;

import java.time.Duration;
import java.util.List;
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
import org.kalamdb.server.proto.CommitTransactionRequest;
import org.kalamdb.server.proto.DeleteRpcRequest;
import org.kalamdb.server.proto.RollbackTransactionRequest;
import org.kalamdb.server.proto.UpdateRpcRequest;
import org.kalamdb.server.store.DataGroups;
import org.kalamdb.server.testing.Failures;
import org.kalamdb.server.testing.ManualClock;
import org.kalamdb.server.testing.PgHarness;
import org.kalamdb.server.testing.Tables;

class TransactionTest {

    private ManualClock clock;
    private PgHarness pg;
    private String s1;
    private String s2;

    @BeforeEach
    void setUp() {
        clock = ManualClock.now();
        pg = PgHarness.start(ServerConfig.builder().idlePruneMs(0).clock(clock).transactionTimeoutSeconds(2)
                .maxTransactionBufferBytes(10_000).build());
        s1 = pg.openSession();
        s2 = pg.openSession();
        Tables.create(pg.catalog(), "app", "t", TableType.SHARED, col("id", KalamType.BIGINT).pk(),
                col("v", KalamType.TEXT));
        Tables.create(pg.catalog(), "app", "notes", TableType.USER, col("id", KalamType.INT).pk(),
                col("v", KalamType.TEXT));
        Tables.create(pg.catalog(), "app", "ev", TableType.STREAM, col("id", KalamType.INT));
        pg.insert(s1, "app", "t", "shared", null, "{\"id\":1,\"v\":\"one\"}", "{\"id\":2,\"v\":\"two\"}");
    }

    @AfterEach
    void tearDown() {
        pg.close();
    }

    private String begin(String session) {
        return pg.stub().beginTransaction(BeginTransactionRequest.newBuilder().setSessionId(session).build())
                .getTransactionId();
    }

    private void commit(String session, String tx) {
        pg.stub().commitTransaction(CommitTransactionRequest.newBuilder().setSessionId(session).setTransactionId(tx)
                .build());
    }

    private void rollback(String session, String tx) {
        pg.stub().rollbackTransaction(RollbackTransactionRequest.newBuilder().setSessionId(session)
                .setTransactionId(tx).build());
    }

    private List<Object> values(String session) {
        return pg.scan(scanOf(session, "app", "t", "shared").build()).column("v");
    }

    private long update(String session, String pk, String json) {
        return pg.stub().update(UpdateRpcRequest.newBuilder().setSessionId(session).setNamespace("app").setTableName("t")
                .setTableType("shared").setPkValue(pk).setUpdatesJson(json).build()).getAffectedRows();
    }

    private long delete(String session, String pk) {
        return pg.stub().delete(DeleteRpcRequest.newBuilder().setSessionId(session).setNamespace("app").setTableName("t")
                .setTableType("shared").setPkValue(pk).build()).getAffectedRows();
    }

    @Test
    @DisplayName("7.2: BeginTransaction returns a lowercase UUIDv7")
    void beginReturnsUuidV7() {
        String tx = begin(s1);
        assertTrue(tx.matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), tx);
    }

    @Test
    @DisplayName("7.3/5.6: staged writes report 1 (update/delete) or rows (insert) and are read back through the overlay")
    void readYourWrites() {
        String tx = begin(s1);
        assertEquals(1, pg.insert(s1, "app", "t", "shared", null, "{\"id\":3,\"v\":\"three\"}"));
        assertEquals(1, update(s1, "1", "{\"v\":\"ONE\"}"));
        assertEquals(1, delete(s1, "2"));
        assertEquals(1, update(s1, "99", "{\"v\":\"ghost\"}"), "staged updates report 1 even for missing rows");
        assertEquals(List.of("ONE", "three"), values(s1));
        assertEquals(List.of("one", "two"), values(s2), "other sessions see nothing before commit");
        Failures.expect(Status.Code.FAILED_PRECONDITION, "Invalid operation: failed to commit transaction '" + tx
                + "': Failed to update row: Row with id=99 not found (checked both hot and cold storage)",
                () -> commit(s1, tx));
        assertEquals(List.of("one", "two"), values(s2), "a failed commit applies nothing");
    }

    @Test
    @DisplayName("7.4: commit applies all staged writes at once; other sessions then see them")
    void commitApplies() {
        String tx = begin(s1);
        pg.insert(s1, "app", "t", "shared", null, "{\"id\":3,\"v\":\"three\"}");
        update(s1, "1", "{\"v\":\"ONE\"}");
        delete(s1, "2");
        commit(s1, tx);
        assertEquals(List.of("ONE", "three"), values(s2));
        Failures.expect(Status.Code.FAILED_PRECONDITION, "Not found: transaction '" + tx + "' not found",
                () -> commit(s1, tx));
    }

    @Test
    @DisplayName("7.6: snapshot isolation: reads in a transaction see the data as of BEGIN plus own writes")
    void snapshotAtBegin() {
        String tx = begin(s1);
        assertEquals(List.of("one", "two"), values(s1));
        update(s2, "1", "{\"v\":\"changed\"}");
        pg.insert(s2, "app", "t", "shared", null, "{\"id\":5,\"v\":\"five\"}");
        assertEquals(List.of("one", "two"), values(s1), "later autocommit writes are invisible to the snapshot");
        rollback(s1, tx);
        assertEquals(List.of("changed", "two", "five"), values(s1));
    }

    @Test
    @DisplayName("7.3: a transactional INSERT needs a key literally named 'id'; nothing else is checked before COMMIT")
    void stagedInsertNeedsId() {
        Tables.create(pg.catalog(), "app", "k", TableType.SHARED, col("code", KalamType.TEXT).pk());
        begin(s1);
        Failures.expect(Status.Code.INVALID_ARGUMENT, "transactional INSERT requires primary key column 'id'",
                () -> pg.insert(s1, "app", "k", "shared", null, "{\"code\":\"a\"}"));
        assertEquals(1, pg.insert(s1, "app", "t", "shared", null, "{\"id\":\"not a number\"}"),
                "staging does not coerce");
    }

    @Test
    @DisplayName("7.4: commit-time failure aborts and removes the transaction ('failed to commit transaction')")
    void commitTimeValidation() {
        String tx = begin(s1);
        pg.insert(s1, "app", "t", "shared", null, "{\"id\":1,\"v\":\"dup\"}");
        pg.insert(s1, "app", "t", "shared", null, "{\"id\":7,\"v\":\"seven\"}");
        Failures.expect(Status.Code.FAILED_PRECONDITION, "Invalid operation: failed to commit transaction '" + tx
                + "': Failed to insert batch row: Already exists: Primary key violation: value '1' already exists in "
                + "column 'id'", () -> commit(s1, tx));
        assertEquals(List.of("one", "two"), values(s1), "nothing was applied and the session is back in autocommit");
        Failures.expect(Status.Code.FAILED_PRECONDITION, "Not found: transaction '" + tx + "' not found",
                () -> rollback(s1, tx));

        String tx2 = begin(s1);
        pg.insert(s1, "app", "t", "shared", null, "{\"id\":8}", "{\"id\":8}");
        var e = Failures.expect(Status.Code.FAILED_PRECONDITION, () -> commit(s1, tx2));
        assertTrue(e.getStatus().getDescription().endsWith(
                "Primary key violation: value '8' appears multiple times in the transaction batch for column 'id'"));
    }

    @Test
    @DisplayName("7.2: BeginTransaction on a session with an open transaction rolls the old one back")
    void beginAutoRollsBack() {
        String first = begin(s1);
        pg.insert(s1, "app", "t", "shared", null, "{\"id\":3}");
        String second = begin(s1);
        assertNotEquals(first, second);
        assertEquals(List.of("one", "two"), values(s1), "the first transaction's writes are gone");
        Failures.expect(Status.Code.FAILED_PRECONDITION, "Not found: transaction '" + first + "' not found",
                () -> commit(s1, first));
        commit(s1, second);
    }

    @Test
    @DisplayName("7.5: rollback of an unknown transaction answers 'Not found'; commit/rollback are looked up by id only")
    void rollbackSemantics() {
        String tx = begin(s1);
        pg.insert(s1, "app", "t", "shared", null, "{\"id\":3}");
        rollback(s2, tx);
        assertEquals(List.of("one", "two"), values(s1));
        Failures.expect(Status.Code.FAILED_PRECONDITION, "Not found: transaction '" + tx + "' not found",
                () -> rollback(s1, tx));
    }

    @Test
    @DisplayName("7.4: transaction id validation texts, in order")
    void transactionIdValidation() {
        Failures.expect(Status.Code.INVALID_ARGUMENT, "transaction_id must not be empty", () -> commit(s1, " "));
        Failures.expect(Status.Code.INVALID_ARGUMENT, "transaction id must be a 36-character UUID string",
                () -> rollback(s1, ""));
        Failures.expect(Status.Code.INVALID_ARGUMENT, "transaction id must use canonical UUID hyphen positions",
                () -> commit(s1, "0190f5c49-b1e-7c3a-8f00-000000000001"));
        Failures.expect(Status.Code.INVALID_ARGUMENT, "transaction id must contain only hexadecimal digits",
                () -> commit(s1, "0190f5c4-9b1e-7c3a-8f00-00000000000g"));
        Failures.expect(Status.Code.INVALID_ARGUMENT, "transaction id must be a UUID v7",
                () -> commit(s1, UUID.randomUUID().toString()));
        Failures.expect(Status.Code.INVALID_ARGUMENT, "transaction id must use an RFC 4122 variant",
                () -> commit(s1, "0190f5c4-9b1e-7c3a-cf00-000000000001"));
    }

    @Test
    @DisplayName("7.3: stream and system tables are refused; user tables need user_id")
    void refusedTables() {
        begin(s1);
        Failures.expect(Status.Code.FAILED_PRECONDITION,
                "Invalid operation: stream tables are not supported inside explicit transactions",
                () -> pg.insert(s1, "app", "ev", "stream", "u", "{\"id\":1}"));
        Failures.expect(Status.Code.FAILED_PRECONDITION,
                "Invalid operation: system tables are not supported inside explicit transactions",
                () -> pg.insert(s1, "system", "users", "system", null, "{\"id\":1}"));
        Failures.expect(Status.Code.FAILED_PRECONDITION,
                "Invalid operation: transactional access to user table 'app:notes' requires user_id",
                () -> pg.insert(s1, "app", "notes", "user", null, "{\"id\":1}"));
        var streamScan = Failures.expect(Status.Code.INTERNAL,
                () -> pg.scan(scanOf(s1, "app", "ev", "stream").setUserId("u").build()));
        assertTrue(streamScan.getStatus().getDescription().contains(
                "stream tables are not supported inside explicit transactions"));
        assertEquals(List.of("one", "two"), values(s1), "non-terminal errors leave the transaction usable");
    }

    @Test
    @DisplayName("7.6: one transaction is bound to one data group: shared tables or one user's shard")
    void groupBinding() {
        String a = "user-a";
        String b = "user-b";
        for (int i = 0; DataGroups.forUser(a).equals(DataGroups.forUser(b)); i++) {
            b = "user-b" + i;
        }
        String other = b;
        String tx = begin(s1);
        pg.insert(s1, "app", "notes", "user", a, "{\"id\":1,\"v\":\"x\"}");
        Failures.expect(Status.Code.FAILED_PRECONDITION, "Invalid operation: explicit transaction '" + tx
                + "' is already bound to data raft group '" + DataGroups.forUser(a)
                + "' and cannot access table 'app:t' in group 'data:shared:00'",
                () -> pg.insert(s1, "app", "t", "shared", null, "{\"id\":9}"));
        Failures.expect(Status.Code.FAILED_PRECONDITION,
                () -> pg.insert(s1, "app", "notes", "user", other, "{\"id\":1}"));
        var read = Failures.expect(Status.Code.INTERNAL, () -> values(s1));
        assertTrue(read.getStatus().getDescription().contains("is already bound to data raft group"));
        assertEquals(List.of("x"), pg.scan(scanOf(s1, "app", "notes", "user").setUserId(a).build()).column("v"));
        commit(s1, tx);
        assertEquals(List.of("x"), pg.scan(scanOf(s2, "app", "notes", "user").setUserId(a).build()).column("v"));
    }

    @Test
    @DisplayName("7.6/7.7: an idle transaction times out; the next access fails, cleans up, and autocommit resumes")
    void timeoutAndTerminalCleanup() {
        String tx = begin(s1);
        pg.insert(s1, "app", "t", "shared", null, "{\"id\":3}");
        clock.advance(3_000);
        awaitTimedOut();
        Failures.expect(Status.Code.FAILED_PRECONDITION, "transaction '" + tx + "' is timed_out", () -> values(s1));
        assertEquals(1, pg.insert(s1, "app", "t", "shared", null, "{\"id\":4}"), "autocommit after the terminal error");
        assertEquals(java.util.Arrays.asList("one", "two", null), values(s2));
        Failures.expect(Status.Code.FAILED_PRECONDITION, "Not found: transaction '" + tx + "' not found",
                () -> commit(s1, tx));
    }

    @Test
    @DisplayName("7.4/7.5: commit of a timed-out transaction fails; rollback of one succeeds")
    void timedOutCommitAndRollback() {
        String tx = begin(s1);
        clock.advance(3_000);
        awaitTimedOut();
        Failures.expect(Status.Code.FAILED_PRECONDITION, "Invalid operation: cannot commit transaction '" + tx
                + "' because it timed out and was aborted", () -> commit(s1, tx));
        String tx2 = begin(s1);
        clock.advance(3_000);
        awaitTimedOut();
        rollback(s1, tx2);
        Failures.expect(Status.Code.FAILED_PRECONDITION, () -> rollback(s1, tx2));
    }

    @Test
    @DisplayName("7.3/7.7: staging into a timed-out transaction fails with the 'cannot stage writes' text, then autocommit")
    void stagingAfterTimeout() {
        String tx = begin(s1);
        clock.advance(3_000);
        awaitTimedOut();
        Failures.expect(Status.Code.FAILED_PRECONDITION, "Invalid operation: cannot stage writes in transaction '" + tx
                + "' because it timed out and was aborted", () -> update(s1, "1", "{\"v\":\"x\"}"));
        assertEquals(1, update(s1, "1", "{\"v\":\"x\"}"), "the transaction was cleaned up: autocommit");
        assertEquals(List.of("x", "two"), values(s2));
    }

    @Test
    @DisplayName("7.6: no write-write conflict detection: both commits succeed, the last committer wins")
    void lastCommitterWins() {
        String t1 = begin(s1);
        String t2 = begin(s2);
        update(s1, "1", "{\"v\":\"from s1\"}");
        update(s2, "1", "{\"v\":\"from s2\"}");
        commit(s2, t2);
        commit(s1, t1);
        assertEquals(List.of("from s1", "two"), values(s2));
    }

    @Test
    @DisplayName("7.3: exceeding the buffer limit aborts the transaction")
    void bufferLimit() {
        String tx = begin(s1);
        String big = "{\"id\":1,\"v\":\"" + "x".repeat(11_000) + "\"}";
        Failures.expect(Status.Code.FAILED_PRECONDITION, "Invalid operation: transaction '" + tx
                + "' exceeded buffer limit of 10000 bytes and was aborted",
                () -> pg.insert(s1, "app", "t", "shared", null, big));
        assertEquals(1, pg.insert(s1, "app", "t", "shared", null, "{\"id\":3}"), "terminal: back to autocommit");
    }

    @Test
    @DisplayName("4.4: CloseSession rolls the transaction back")
    void closeSessionRollsBack() {
        String tx = begin(s1);
        pg.insert(s1, "app", "t", "shared", null, "{\"id\":3}");
        pg.stub().closeSession(CloseSessionRequest.newBuilder().setSessionId(s1).build());
        assertEquals(List.of("one", "two"), values(s2));
        Failures.expect(Status.Code.FAILED_PRECONDITION, "Not found: transaction '" + tx + "' not found",
                () -> rollback(s2, tx));
    }

    @Test
    @DisplayName("4.7: system.transactions lists live transactions with their counters")
    void transactionsView() {
        String tx = begin(s1);
        assertEquals("open_read", pg.node().dataAccess().transactions().get(0).state());
        pg.insert(s1, "app", "t", "shared", null, "{\"id\":3}", "{\"id\":4}");
        var view = pg.node().dataAccess().transactions().get(0);
        assertEquals(tx, view.transactionId());
        assertEquals(s1, view.ownerId());
        assertEquals("PgRpc", view.origin());
        assertEquals("open_write", view.state());
        assertEquals(2, view.writeCount());
        assertEquals(1, view.touchedTablesCount());
    }

    /** Waits for the sweeper (a real-time schedule) to time out the transaction of s1. */
    private void awaitTimedOut() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (pg.node().dataAccess().transactions().isEmpty()) {
                return;
            }
            pause();
        }
        throw new AssertionError("the transaction did not time out");
    }

    /** Bounded polling interval while waiting for the sweeper thread. */
    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
