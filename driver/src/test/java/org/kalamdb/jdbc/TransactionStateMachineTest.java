package org.kalamdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import io.grpc.Status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.kalamdb.jdbc.config.ConnectionConfig;
import org.kalamdb.jdbc.session.ConnectionSession;
import org.kalamdb.jdbc.session.Tenant;
import org.kalamdb.jdbc.transport.PgSession;
import org.kalamdb.jdbc.transport.TransportConfig;

/**
 * The transaction state machine of design.md D6 against a scripted server that records every RPC:
 * BeginTransaction is lazy, the server's terminal errors (protocol.md 7.7) put the connection in
 * the failed state (25P02) until ROLLBACK, DDL is refused once a server transaction is open, the
 * server's own limits are refused before anything is sent, and close rolls back.
 */
class TransactionStateMachineTest {

    private ScriptedPgService server;
    private KalamConnection connection;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedPgService("scripted-" + UUID.randomUUID());
        server.table("app.items", "shared", "id BIGINT pk", "name TEXT");
        server.table("app.people", "shared", "code TEXT pk", "name TEXT");
        server.table("app.events", "stream", "id BIGINT pk", "kind TEXT");
        ConnectionConfig config = ConnectionConfig.resolve("jdbc:kalam:mem:unused", new Properties());
        PgSession pg = PgSession.open(TransportConfig.builder().inProcess(server.name()).build());
        connection = new KalamConnection("jdbc:kalam:mem:unused", config,
                new ConnectionSession(pg, new Tenant("alice", false), "app"));
        server.clearCalls();
    }

    @AfterEach
    void stop() {
        connection.close();
        server.close();
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void beginTransactionIsSentOnlyBeforeTheFirstDataStatement() throws Exception {
        connection.setAutoCommit(false);
        exec("SET kalam.user_id = 'bob'");
        exec("SELECT kalam_version()");
        assertEquals(List.of(), server.calls());
        exec("INSERT INTO items (id, name) VALUES (1, 'a')");
        exec("INSERT INTO items (id, name) VALUES (2, 'b')");
        assertEquals(List.of("ExecuteQuery", "ExecuteQuery", "BeginTransaction"), server.calls(),
                "single-row INSERTs wait in the write buffer");
        server.clearCalls();
        connection.commit();
        assertEquals(List.of("Insert app.items x2", "CommitTransaction"), server.calls());
        server.clearCalls();
        connection.commit(); // nothing happened since: nothing to send
        assertEquals(List.of(), server.calls());
    }

    @Test
    void bufferedRowsAreSentBeforeTheTableIsRead() throws Exception {
        exec("BEGIN");
        exec("INSERT INTO items (id, name) VALUES (1, 'a')");
        exec("INSERT INTO items (id, name) VALUES (2, 'b')");
        server.clearCalls();
        exec("SELECT id FROM items");
        assertEquals(List.of("Insert app.items x2", "Scan app.items"), server.calls());
        server.clearCalls();
        exec("ROLLBACK");
        assertEquals(List.of("RollbackTransaction"), server.calls());
    }

    @Test
    void aTerminalServerErrorFailsTheTransactionUntilRollback() throws Exception {
        connection.setAutoCommit(false);
        exec("INSERT INTO items (id, name) VALUES (1, 'a')");
        server.failNextWrite(Status.FAILED_PRECONDITION.withDescription("Invalid operation: cannot stage writes in "
                + "transaction '" + ScriptedPgService.TRANSACTION_ID + "' because it timed out and was aborted"));
        SQLException first = assertThrows(SQLException.class, () -> exec("SELECT id FROM items"));
        assertTrue(first.getMessage().contains("timed out and was aborted"), first.getMessage());
        assertTrue(first.getMessage().contains("INSERT INTO items (id, name) VALUES (1, 'a')"),
                "the flush error names the statement: " + first.getMessage());
        server.clearCalls();
        SQLException refused = assertThrows(SQLException.class, () -> exec("SELECT id FROM items"));
        assertEquals("25P02", refused.getSQLState());
        assertEquals("25P02", assertThrows(SQLException.class, () -> exec("SET kalam.user_id = 'x'")).getSQLState());
        assertEquals(List.of(), server.calls(), "nothing may run in autocommit behind the application's back");
        exec("ROLLBACK");
        assertEquals(List.of(), server.calls(), "the server already rolled back");
        exec("INSERT INTO items (id, name) VALUES (3, 'c'), (4, 'd')");
        assertEquals(List.of("BeginTransaction", "Insert app.items x2"), server.calls());
    }

    @Test
    void commitOfAFailedTransactionRollsBackAndSaysSo() throws Exception {
        connection.setAutoCommit(false);
        exec("INSERT INTO items (id, name) VALUES (1, 'a')");
        server.failNextWrite(Status.NOT_FOUND.withDescription("Not found: transaction '"
                + ScriptedPgService.TRANSACTION_ID + "' not found"));
        assertThrows(SQLException.class, () -> exec("INSERT INTO items (id, name) VALUES (2, 'b'), (3, 'c')"));
        SQLException e = assertThrows(SQLException.class, connection::commit);
        assertEquals("40001", e.getSQLState());
        exec("INSERT INTO items (id, name) VALUES (3, 'c')");
    }

    @Test
    void aFlushFailureAtCommitRollsBackInsteadOfCommitting() throws Exception {
        connection.setAutoCommit(false);
        exec("INSERT INTO items (id, name) VALUES (1, 'a')");
        server.failNextWrite(Status.INVALID_ARGUMENT.withDescription("invalid row JSON: expected object payload"));
        server.clearCalls();
        SQLException e = assertThrows(SQLException.class, connection::commit);
        assertTrue(e.getMessage().contains("invalid row JSON"), e.getMessage());
        assertEquals(List.of("Insert app.items x1", "RollbackTransaction"), server.calls());
    }

    @Test
    void ddlIsRefusedWhileTheServerTransactionIsOpen() throws Exception {
        exec("BEGIN");
        exec("CREATE TABLE app.early (id BIGINT PRIMARY KEY) USING kalamdb");
        exec("INSERT INTO items (id, name) VALUES (1, 'a')");
        server.clearCalls();
        SQLException e = assertThrows(SQLException.class,
                () -> exec("CREATE TABLE app.late (id BIGINT PRIMARY KEY) USING kalamdb"));
        assertEquals("25001", e.getSQLState());
        assertEquals(List.of(), server.calls());
        exec("COMMIT");
        exec("CREATE TABLE app.late (id BIGINT PRIMARY KEY) USING kalamdb");
        assertTrue(server.calls().contains("ExecuteSql CREATE SHARED TABLE app.late (id BIGINT PRIMARY KEY)"),
                server.calls().toString());
    }

    @Test
    void serverLimitsAreRefusedBeforeSending() throws Exception {
        connection.setAutoCommit(false);
        SQLException idRule = assertThrows(SQLException.class,
                () -> exec("INSERT INTO people (code, name) VALUES ('p1', 'x')"));
        assertEquals("0A000", idRule.getSQLState());
        SQLException stream = assertThrows(SQLException.class,
                () -> exec("INSERT INTO events (id, kind) VALUES (1, 'x')"));
        assertEquals("0A000", stream.getSQLState());
        assertTrue(server.calls().stream().noneMatch(c -> c.startsWith("Insert") || c.startsWith("Begin")),
                server.calls().toString());
    }

    @Test
    void closeRollsBackThenClosesTheSession() throws Exception {
        connection.setAutoCommit(false);
        exec("INSERT INTO items (id, name) VALUES (1, 'a')");
        server.clearCalls();
        connection.close();
        // the buffered row is dropped, never sent
        assertEquals(List.of("RollbackTransaction", "CloseSession"), server.calls());
    }
}
