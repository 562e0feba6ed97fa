package org.kalamdb.server.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.grpc.Status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.RecordBatchBuilder;
import org.kalamdb.jdbc.types.arrow.Schema;
import org.kalamdb.server.KalamError;
import org.kalamdb.server.ServerConfig;
import org.kalamdb.server.proto.BeginTransactionRequest;
import org.kalamdb.server.proto.ExecuteQueryRpcRequest;
import org.kalamdb.server.proto.ExecuteQueryRpcResponse;
import org.kalamdb.server.proto.ExecuteSqlRpcRequest;
import org.kalamdb.server.proto.ExecuteSqlRpcResponse;
import org.kalamdb.server.proto.OpenSessionRequest;
import org.kalamdb.server.sql.SqlOutcome;
import org.kalamdb.server.testing.Decoded;
import org.kalamdb.server.testing.Failures;
import org.kalamdb.server.testing.PgHarness;

/** ExecuteSql / ExecuteQuery rendering (protocol.md 8) over a scripted SQL engine. */
class SqlRpcTest {

    private final List<String> received = new ArrayList<>();
    private PgHarness open;
    private PgHarness authed;

    /** A hand-written engine: the statement text selects the outcome. */
    private SqlOutcome script(String sql) {
        received.add(sql);
        Schema schema = new Schema(List.of(Field.of("n", ArrowType.INT64, false)));
        return switch (sql) {
            case "rows" -> {
                RecordBatchBuilder a = new RecordBatchBuilder(schema).appendRow(1L).appendRow(2L);
                RecordBatchBuilder b = new RecordBatchBuilder(schema).appendRow(3L);
                yield new SqlOutcome.Rows(schema, List.of(a.build(), b.build()));
            }
            case "no rows" -> new SqlOutcome.Rows(schema, List.of());
            case "ddl" -> new SqlOutcome.Message("Namespace 'app' created successfully");
            case "dml" -> new SqlOutcome.Affected(4);
            default -> throw KalamError.internal("Invalid SQL: cannot run '" + sql + "'");
        };
    }

    @BeforeEach
    void setUp() {
        open = PgHarness.start(ServerConfig.builder().idlePruneMs(0).build(), (catalog, data) -> this::script);
        authed = PgHarness.start(ServerConfig.builder().authToken("tok").idlePruneMs(0).build(),
                (catalog, data) -> this::script);
    }

    @AfterEach
    void tearDown() {
        open.close();
        authed.close();
    }

    private ExecuteSqlRpcResponse sql(PgHarness pg, String session, String sql) {
        return pg.stub().executeSql(ExecuteSqlRpcRequest.newBuilder().setSessionId(session).setSql(sql).build());
    }

    private ExecuteQueryRpcResponse query(PgHarness pg, String session, String sql) {
        return pg.stub().executeQuery(ExecuteQueryRpcRequest.newBuilder().setSessionId(session).setSql(sql).build());
    }

    @Test
    @DisplayName("8: ExecuteSql renders rows as 'OK (affected: n)', messages verbatim, counts as 'OK (affected: n)'")
    void executeSqlMessages() {
        String s = open.openSession();
        ExecuteSqlRpcResponse rows = sql(open, s, "  rows \n");
        assertTrue(rows.getSuccess());
        assertEquals("OK (affected: 3)", rows.getMessage());
        assertEquals("rows", received.get(0), "the statement is trimmed");
        assertEquals("Namespace 'app' created successfully", sql(open, s, "ddl").getMessage());
        assertEquals("OK (affected: 4)", sql(open, s, "dml").getMessage());
    }

    @Test
    @DisplayName("8/5.4: ExecuteQuery answers '<n> row(s)' and one IPC stream per batch")
    void executeQueryBatches() {
        String s = open.openSession();
        ExecuteQueryRpcResponse r = query(open, s, "rows");
        assertEquals("3 row(s)", r.getMessage());
        assertEquals(2, r.getIpcBatchesCount());
        Decoded d = Decoded.of(r.getIpcBatchesList());
        assertEquals(List.of(1L, 2L, 3L), d.column("n"));
        ExecuteQueryRpcResponse empty = query(open, s, "no rows");
        assertEquals("0 row(s)", empty.getMessage());
        assertEquals(0, empty.getIpcBatchesCount(), "no batches means no schema reaches the client");
        assertEquals("OK (affected: 4)", query(open, s, "dml").getMessage());
        assertEquals("Namespace 'app' created successfully", query(open, s, "ddl").getMessage());
    }

    @Test
    @DisplayName("8: SQL errors are INTERNAL with the engine's text")
    void sqlErrors() {
        Failures.expect(Status.Code.INTERNAL, "Invalid SQL: cannot run 'BEGIN'",
                () -> sql(open, open.openSession(), "BEGIN"));
    }

    @Test
    @DisplayName("8: 'sql must not be empty' is checked before the session; then the session handle (3.7)")
    void validationOrder() {
        Failures.expect(Status.Code.INVALID_ARGUMENT, "sql must not be empty", () -> sql(authed, "", "   "));
        Failures.expect(Status.Code.INVALID_ARGUMENT, "session_id must not be empty", () -> query(authed, "", "rows"));
        Failures.expect(Status.Code.UNAUTHENTICATED, "invalid or expired session",
                () -> query(authed, UUID.randomUUID().toString(), "rows"));
    }

    @Test
    @DisplayName("6.x/8: statements over 1 MiB are refused with 'SQL query too long'")
    void tooLong() {
        String big = "x".repeat(1_048_577);
        Failures.expect(Status.Code.INTERNAL, "Invalid SQL: SQL query too long: 1048577 bytes (maximum 1048576 bytes)",
                () -> sql(open, open.openSession(), big));
    }

    @Test
    @DisplayName("4.5/8: a registry entry created by ExecuteSql/ExecuteQuery itself is removed afterwards")
    void ephemeralSessions() {
        String fresh = "pg-9";
        sql(open, fresh, "dml");
        query(open, fresh, "dml");
        assertNull(find(open, fresh), "the entry the call created is gone");
        String opened = open.stub().openSession(OpenSessionRequest.newBuilder().setSessionId("pg-10").build())
                .getSessionId();
        sql(open, opened, "dml");
        assertNotNull(find(open, opened), "an opened session stays");
        open.stub().beginTransaction(BeginTransactionRequest.newBuilder().setSessionId("pg-11").build());
        sql(open, "pg-11", "dml");
        assertNotNull(find(open, "pg-11"), "an entry holding a transaction stays");
    }

    private static Object find(PgHarness pg, String session) {
        return pg.node().dataAccess().sessions().stream().filter(v -> v.sessionId().equals(session)).findFirst()
                .orElse(null);
    }
}
