package org.kalamdb.jdbc.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamdb.jdbc.transport.testing.WireMockPgService;
import org.wiremock.grpc.dsl.WireMockGrpc;
import org.wiremock.grpc.dsl.WireMockGrpc.Status;

/**
 * Contract tests of the client against a JSON-stubbed PgService (WireMock with the gRPC extension):
 * what goes on the wire (credentials, session ids, presence), how every status code comes back, and
 * exactly which calls are retried.
 */
class PgServiceContractTest {

    private static final String AUTHORIZATION = "authorization";
    private static final String TX = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
    private static WireMockPgService server;

    @BeforeAll
    static void startServer() {
        server = WireMockPgService.start();
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        server.close();
    }

    @BeforeEach
    void baseStubs() {
        server.reset();
        // A lease far in the future: no proactive renewal during a test.
        server.stub("OpenSession", WireMockGrpc.json("{\"leaseExpiresAtMs\": \"4102444800000\"}"));
        server.stub("CloseSession", WireMockGrpc.json("{}"));
        server.stub("Ping", WireMockGrpc.json("{\"ok\": true}"));
    }

    // ---- credentials -------------------------------------------------------------------------

    @Test
    void noneSendsNoAuthorizationAnywhere() {
        exerciseEveryRpc(AuthConfig.none());
        for (String method : List.of("OpenSession", "Ping", "Scan", "CloseSession")) {
            List<LoggedRequest> requests = server.requests(method);
            assertFalse(requests.isEmpty(), method + " was not called");
            requests.forEach(r -> assertFalse(r.containsHeader(AUTHORIZATION), method));
        }
    }

    @Test
    void staticHeaderIsSentVerbatimOnOpenSessionAndPingOnly() {
        String header = "Bearer e2e-pg-shared-secret-token-for-testing";
        exerciseEveryRpc(AuthConfig.staticHeader(header));
        assertCredentialsOnlyOnOpenAndPing(header);
    }

    @Test
    void accountLoginSendsBasicOnOpenSessionAndPingOnly() {
        exerciseEveryRpc(AuthConfig.accountLogin("root", "pw"));
        assertCredentialsOnlyOnOpenAndPing("Basic cm9vdDpwdw==");
    }

    @Test
    void wrongCredentialsFailTheOpenWith28000AndTheServerText() {
        server.stubFailure(
                "OpenSession",
                Status.UNAUTHENTICATED,
                "authentication failed: Invalid username or password");
        TransportException e =
                assertThrows(
                        TransportException.class,
                        () -> open(AuthConfig.accountLogin("root", "bad")));
        assertEquals(RpcCode.UNAUTHENTICATED, e.code());
        assertEquals("authentication failed: Invalid username or password", e.serverMessage());
        assertEquals("28000", e.sqlState());
        assertTrue(e.getMessage().contains("Invalid username or password"), e.getMessage());
        assertFalse(e.getMessage().contains("bad"), e.getMessage());
        server.wireMock().verify(exactly(1), postRequestedFor(urlPathEqualTo(path("OpenSession"))));

        server.stubFailure(
                "OpenSession", Status.PERMISSION_DENIED, "pg rpc requires a DBA or system account");
        TransportException denied =
                assertThrows(
                        TransportException.class, () -> open(AuthConfig.accountLogin("bob", "pw")));
        assertEquals("28000", denied.sqlState());
        assertEquals(
                "permission denied: pg rpc requires a DBA or system account", denied.getMessage());
    }

    // ---- what goes on the wire ---------------------------------------------------------------

    @Test
    void sessionIdIsAUuidSentOnEveryCallAndCurrentSchemaOnOpen() {
        server.stub("Scan", WireMockGrpc.json("{}"));
        TransportConfig config =
                TransportConfig.builder()
                        .target("127.0.0.1", server.port())
                        .timeoutMillis(10_000)
                        .currentSchema("app")
                        .build();
        String id;
        try (PgSession session = PgSession.open(config)) {
            id = session.sessionId();
            assertEquals(id, java.util.UUID.fromString(id).toString());
            session.scan(
                    new ScanRequest(
                            "ns",
                            "t",
                            TableType.USER,
                            "u1",
                            List.of("id"),
                            0L,
                            List.of(ScanFilter.eq("id", "7"))));
            session.scan(ScanRequest.all("ns", "t", TableType.SHARED, null));
        }
        server.wireMock()
                .verify(
                        postRequestedFor(urlPathEqualTo(path("OpenSession")))
                                .withRequestBody(
                                        equalToJson(
                                                "{\"sessionId\": \""
                                                        + id
                                                        + "\", \"currentSchema\": \"app\"}")));
        List<LoggedRequest> scans = server.requests("Scan");
        assertEquals(2, scans.size());
        assertJson(
                "{\"namespace\": \"ns\", \"tableName\": \"t\", \"tableType\": \"user\","
                    + " \"sessionId\": \""
                        + id
                        + "\", \"userId\": \"u1\", \"columns\": [\"id\"], \"limit\": \"0\","
                        + " \"filters\": [{\"column\": \"id\", \"op\": \"eq\", \"value\": \"7\"}]}",
                scans.get(0));
        // Absent user_id and limit stay absent.
        assertJson(
                "{\"namespace\": \"ns\", \"tableName\": \"t\", \"tableType\": \"shared\","
                    + " \"sessionId\": \""
                        + id
                        + "\"}",
                scans.get(1));
        server.wireMock()
                .verify(
                        postRequestedFor(urlPathEqualTo(path("CloseSession")))
                                .withRequestBody(equalToJson("{\"sessionId\": \"" + id + "\"}")));
    }

    @Test
    void repliesAreMappedToRecords() {
        // bytes fields are base64 in the JSON form: AQID = 01 02 03.
        server.stub("Scan", WireMockGrpc.json("{\"ipcBatches\": [\"AQID\", \"\"]}"));
        server.stub("Insert", WireMockGrpc.json("{\"affectedRows\": \"3\"}"));
        server.stub("Update", WireMockGrpc.json("{\"affectedRows\": \"1\"}"));
        server.stub("Delete", WireMockGrpc.json("{}"));
        server.stub(
                "ExecuteSql",
                WireMockGrpc.json("{\"success\": true, \"message\": \"OK (affected: 1)\"}"));
        server.stub(
                "ExecuteQuery",
                WireMockGrpc.json(
                        "{\"success\": true, \"message\": \"1 row(s)\", \"ipcBatches\":"
                            + " [\"BAU=\"]}"));
        try (PgSession session = open(AuthConfig.none())) {
            ScanResult scan = session.scan(ScanRequest.all("ns", "t", TableType.SHARED, null));
            assertEquals(2, scan.ipcBatches().size());
            assertArrayEquals(new byte[] {1, 2, 3}, scan.ipcBatches().get(0).toByteArray());
            assertEquals(0, scan.ipcBatches().get(1).length());
            assertEquals(
                    3,
                    session.insert(
                            InsertRequest.ofText(
                                    "ns", "t", TableType.SHARED, null, List.of("{}", "{}", "{}"))));
            assertEquals(
                    1,
                    session.update(
                            new UpdateRequest("ns", "t", TableType.SHARED, null, "1", "{}")));
            assertEquals(
                    0, session.delete(new DeleteRequest("ns", "t", TableType.SHARED, null, "1")));
            assertEquals(
                    new SqlResult(true, "OK (affected: 1)"),
                    session.executeSql("CREATE NAMESPACE x"));
            QueryResult query = session.executeQuery("SELECT 1");
            assertEquals("1 row(s)", query.message());
            assertArrayEquals(new byte[] {4, 5}, query.ipcBatches().get(0).toByteArray());
        }
    }

    // ---- status codes ------------------------------------------------------------------------

    private static final Map<RpcCode, String> SQLSTATE_OF_BARE_CODE =
            Map.ofEntries(
                    Map.entry(RpcCode.CANCELLED, "57014"),
                    Map.entry(RpcCode.UNKNOWN, "XX000"),
                    Map.entry(RpcCode.INVALID_ARGUMENT, "22023"),
                    Map.entry(RpcCode.DEADLINE_EXCEEDED, "57014"),
                    Map.entry(RpcCode.NOT_FOUND, "42704"),
                    Map.entry(RpcCode.ALREADY_EXISTS, "42P07"),
                    Map.entry(RpcCode.PERMISSION_DENIED, "42501"),
                    Map.entry(RpcCode.RESOURCE_EXHAUSTED, "54000"),
                    Map.entry(RpcCode.FAILED_PRECONDITION, "25000"),
                    Map.entry(RpcCode.ABORTED, "40001"),
                    Map.entry(RpcCode.OUT_OF_RANGE, "54000"),
                    Map.entry(RpcCode.UNIMPLEMENTED, "0A000"),
                    Map.entry(RpcCode.INTERNAL, "XX000"),
                    Map.entry(RpcCode.UNAVAILABLE, "08006"),
                    Map.entry(RpcCode.DATA_LOSS, "XX000"),
                    Map.entry(RpcCode.UNAUTHENTICATED, "28000"));

    @ParameterizedTest
    @EnumSource(value = RpcCode.class, names = "OK", mode = EnumSource.Mode.EXCLUDE)
    void everyStatusCodeComesBackTypedWithTheServerMessageIntact(RpcCode code) {
        String message = "boom: " + code + " – “intact” ünïcode";
        server.stubFailure("ExecuteQuery", Status.valueOf(code.name()), message);
        try (PgSession session = open(AuthConfig.none())) {
            TransportException e =
                    assertThrows(TransportException.class, () -> session.executeQuery("SELECT 1"));
            assertEquals(code, e.code());
            assertEquals(message, e.serverMessage());
            assertEquals(SQLSTATE_OF_BARE_CODE.get(code), e.sqlState(), e.getMessage());
            assertEquals(RpcMethod.EXECUTE_QUERY, e.method().orElseThrow());
            assertTrue(e.getMessage().contains(message), e.getMessage());
        }
        assertEquals(
                code == RpcCode.UNAVAILABLE ? 2 : 1,
                server.requests("ExecuteQuery").size(),
                "a read is sent once more after UNAVAILABLE, never after anything else");
    }

    @Test
    void serverMessagesAreClassifiedBySubstring() {
        server.stubFailure(
                "Insert",
                Status.INTERNAL,
                "Raft error: Internal error: Primary key violation: value '1' already exists in"
                    + " column 'id'");
        server.stubFailure("Scan", Status.NOT_FOUND, "ns.missing");
        try (PgSession session = open(AuthConfig.none())) {
            TransportException duplicate =
                    assertThrows(
                            TransportException.class,
                            () ->
                                    session.insert(
                                            InsertRequest.ofText(
                                                    "ns",
                                                    "t",
                                                    TableType.SHARED,
                                                    null,
                                                    List.of("{}"))));
            assertEquals("23505", duplicate.sqlState());
            assertEquals(
                    FailureClass.Category.INTEGRITY_CONSTRAINT,
                    duplicate.classification().category());
            TransportException missing =
                    assertThrows(
                            TransportException.class,
                            () ->
                                    session.scan(
                                            ScanRequest.all(
                                                    "ns", "missing", TableType.SHARED, null)));
            assertEquals("42P01", missing.sqlState());
            assertEquals("ns.missing", missing.getMessage());
        }
    }

    // ---- session re-open ---------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "invalid or expired session",
                "session not authenticated",
                "session lease expired – re-authenticate via open_session"
            })
    void lostSessionIsReopenedUnderTheSameIdAndTheCallRetriedOnce(String lostText) {
        server.stubSequence(
                "Scan",
                WireMockGrpc.method("Scan").willReturn(Status.UNAUTHENTICATED, lostText),
                WireMockGrpc.method("Scan")
                        .willReturn(WireMockGrpc.json("{\"ipcBatches\": [\"AQID\"]}")));
        String id;
        try (PgSession session = open(AuthConfig.staticHeader("Bearer t"))) {
            id = session.sessionId();
            ScanResult result = session.scan(ScanRequest.all("ns", "t", TableType.SHARED, null));
            assertArrayEquals(new byte[] {1, 2, 3}, result.ipcBatches().get(0).toByteArray());
            assertEquals(id, session.sessionId());
        }
        List<LoggedRequest> opens = server.requests("OpenSession");
        assertEquals(2, opens.size());
        for (LoggedRequest open : opens) {
            assertJson("{\"sessionId\": \"" + id + "\"}", open);
            assertEquals("Bearer t", open.getHeader(AUTHORIZATION), "re-open carries credentials");
        }
        assertEquals(2, server.requests("Scan").size());
    }

    @Test
    void lostSessionRetryAppliesToWritesTooBecauseTheServerRejectedBeforeExecuting() {
        server.stubSequence(
                "Insert",
                WireMockGrpc.method("Insert")
                        .willReturn(Status.UNAUTHENTICATED, "session not authenticated"),
                WireMockGrpc.method("Insert")
                        .willReturn(WireMockGrpc.json("{\"affectedRows\": \"1\"}")));
        try (PgSession session = open(AuthConfig.none())) {
            assertEquals(
                    1,
                    session.insert(
                            InsertRequest.ofText("ns", "t", TableType.USER, "u1", List.of("{}"))));
        }
        assertEquals(2, server.requests("OpenSession").size());
        assertEquals(2, server.requests("Insert").size());
    }

    @Test
    void aSessionLostAgainAfterTheReopenIsReportedNotLooped() {
        server.stubFailure("Scan", Status.UNAUTHENTICATED, "invalid or expired session");
        try (PgSession session = open(AuthConfig.none())) {
            TransportException e =
                    assertThrows(
                            TransportException.class,
                            () -> session.scan(ScanRequest.all("ns", "t", TableType.SHARED, null)));
            assertEquals("08003", e.sqlState());
            assertTrue(e.isConnectionLost());
        }
        assertEquals(2, server.requests("Scan").size());
        assertEquals(2, server.requests("OpenSession").size());
    }

    @Test
    void otherUnauthenticatedTextsAreNotRetried() {
        server.stubFailure("Scan", Status.UNAUTHENTICATED, "authentication failed: token revoked");
        try (PgSession session = open(AuthConfig.none())) {
            assertThrows(
                    TransportException.class,
                    () -> session.scan(ScanRequest.all("ns", "t", TableType.SHARED, null)));
        }
        assertEquals(1, server.requests("Scan").size());
        assertEquals(1, server.requests("OpenSession").size());
    }

    // ---- cleanup retries ---------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {"UNAVAILABLE", "DEADLINE_EXCEEDED", "CANCELLED", "UNKNOWN"})
    void rollbackIsRetriedOnceAfterATransportFailure(Status status) {
        server.stub("BeginTransaction", WireMockGrpc.json("{\"transactionId\": \"" + TX + "\"}"));
        server.stubSequence(
                "RollbackTransaction",
                WireMockGrpc.method("RollbackTransaction").willReturn(status, "connection reset"),
                WireMockGrpc.method("RollbackTransaction")
                        .willReturn(WireMockGrpc.json("{\"transactionId\": \"" + TX + "\"}")));
        try (PgSession session = open(AuthConfig.none())) {
            assertEquals(TX, session.beginTransaction());
            assertTrue(session.isTransactionOpen());
            session.rollback(TX);
            assertFalse(session.isTransactionOpen());
        }
        List<LoggedRequest> rollbacks = server.requests("RollbackTransaction");
        assertEquals(2, rollbacks.size());
        assertEquals(rollbacks.get(0).getBodyAsString(), rollbacks.get(1).getBodyAsString());
    }

    @Test
    void rollbackIsNotRetriedForOtherCodes() {
        server.stubFailure("RollbackTransaction", Status.INTERNAL, "raft failure");
        try (PgSession session = open(AuthConfig.none())) {
            assertThrows(TransportException.class, () -> session.rollback(TX));
        }
        assertEquals(1, server.requests("RollbackTransaction").size());
    }

    @Test
    void closeSessionIsRetriedOnceAndCloseNeverThrows() {
        server.stubFailure("CloseSession", Status.UNAVAILABLE, "connection reset");
        PgSession session = open(AuthConfig.none());
        session.close();
        session.close(); // idempotent
        assertTrue(session.isClosed());
        assertEquals(2, server.requests("CloseSession").size());
        TransportException e =
                assertThrows(
                        TransportException.class,
                        () -> session.scan(ScanRequest.all("ns", "t", TableType.SHARED, null)));
        assertEquals("08003", e.sqlState());
        assertFalse(session.ping(0));
    }

    @Test
    void rollbackOfATransactionTheServerNoLongerHasIsSuccess() {
        server.stub("BeginTransaction", WireMockGrpc.json("{\"transactionId\": \"" + TX + "\"}"));
        server.stubFailure(
                "RollbackTransaction",
                Status.FAILED_PRECONDITION,
                "Not found: transaction '" + TX + "' not found");
        try (PgSession session = open(AuthConfig.none())) {
            session.beginTransaction();
            session.rollback(TX);
            assertFalse(session.isTransactionOpen());
        }
        assertEquals(1, server.requests("RollbackTransaction").size());
    }

    // ---- reads are retried once after UNAVAILABLE ---------------------------------------------

    @Test
    void readsAreSentOnceMoreAfterUnavailable() {
        server.stubFailure("Scan", Status.UNAVAILABLE, "overloaded");
        server.stubFailure("ExecuteQuery", Status.UNAVAILABLE, "overloaded");
        try (PgSession session = open(AuthConfig.none())) {
            TransportException scan =
                    assertThrows(
                            TransportException.class,
                            () -> session.scan(ScanRequest.all("ns", "t", TableType.SHARED, null)));
            assertEquals("08006", scan.sqlState());
            TransportException query =
                    assertThrows(
                            TransportException.class,
                            () -> session.executeQuery("SELECT * FROM system.tables"));
            assertEquals("08006", query.sqlState());
        }
        assertEquals(2, server.requests("Scan").size());
        assertEquals(2, server.requests("ExecuteQuery").size());
    }

    @Test
    void aQueryThatMayWriteIsNotSentAgain() {
        server.stubFailure("ExecuteQuery", Status.UNAVAILABLE, "overloaded");
        try (PgSession session = open(AuthConfig.none())) {
            assertThrows(
                    TransportException.class,
                    () -> session.executeQuery("INSERT INTO ns.t (id) VALUES (1)"));
        }
        assertEquals(1, server.requests("ExecuteQuery").size());
    }

    @Test
    void aFailureTheServerAnsweredIsNotInDoubt() {
        server.stubFailure("Insert", Status.UNAVAILABLE, "overloaded");
        try (PgSession session = open(AuthConfig.none())) {
            TransportException e =
                    assertThrows(
                            TransportException.class,
                            () ->
                                    session.insert(
                                            InsertRequest.ofText(
                                                    "ns",
                                                    "t",
                                                    TableType.SHARED,
                                                    null,
                                                    List.of("{}"))));
            assertFalse(e.isInDoubt(), e.getMessage());
            assertEquals("08006", e.sqlState());
        }
    }

    // ---- writes are never retried ------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {
                "UNAVAILABLE",
                "DEADLINE_EXCEEDED",
                "CANCELLED",
                "UNKNOWN",
                "INTERNAL",
                "ABORTED"
            })
    void writesAndCommitsAreNeverRetried(Status status) {
        Map<String, Consumer<PgSession>> writes =
                Map.of(
                        "Insert",
                        s ->
                                s.insert(
                                        InsertRequest.ofText(
                                                "ns", "t", TableType.SHARED, null, List.of("{}"))),
                        "Update",
                        s ->
                                s.update(
                                        new UpdateRequest(
                                                "ns", "t", TableType.SHARED, null, "1", "{}")),
                        "Delete",
                        s -> s.delete(new DeleteRequest("ns", "t", TableType.SHARED, null, "1")),
                        "BeginTransaction",
                        PgSession::beginTransaction,
                        "CommitTransaction",
                        s -> s.commit(TX),
                        "ExecuteSql",
                        s -> s.executeSql("DROP TABLE ns.t"));
        writes.keySet().forEach(method -> server.stubFailure(method, status, "write failed"));
        try (PgSession session = open(AuthConfig.none())) {
            writes.forEach(
                    (method, write) -> {
                        TransportException e =
                                assertThrows(TransportException.class, () -> write.accept(session));
                        assertEquals(RpcCode.valueOf(status.name()), e.code(), method);
                    });
        }
        writes.keySet()
                .forEach(
                        method ->
                                assertEquals(
                                        1, server.requests(method).size(), method + " retried"));
        assertEquals(1, server.requests("OpenSession").size());
    }

    // ---- transactions ------------------------------------------------------------------------

    @Test
    void terminalErrorEndsTheTransactionOnTheClientToo() {
        server.stub("BeginTransaction", WireMockGrpc.json("{\"transactionId\": \"" + TX + "\"}"));
        server.stubFailure(
                "Scan", Status.FAILED_PRECONDITION, "transaction '" + TX + "' is timed_out");
        try (PgSession session = open(AuthConfig.none())) {
            session.beginTransaction();
            TransportException e =
                    assertThrows(
                            TransportException.class,
                            () -> session.scan(ScanRequest.all("ns", "t", TableType.SHARED, null)));
            assertTrue(e.isTerminalTransactionError());
            assertEquals("40001", e.sqlState());
            assertFalse(session.isTransactionOpen());
        }
    }

    @Test
    void commitFailureFromTheTransactionLayerEndsTheTransaction() {
        server.stub("BeginTransaction", WireMockGrpc.json("{\"transactionId\": \"" + TX + "\"}"));
        server.stubFailure(
                "CommitTransaction",
                Status.FAILED_PRECONDITION,
                "Invalid operation: failed to commit transaction '"
                        + TX
                        + "': NOT NULL constraint violation: column 'name' cannot be NULL (row 1)");
        try (PgSession session = open(AuthConfig.none())) {
            session.beginTransaction();
            TransportException e = assertThrows(TransportException.class, () -> session.commit(TX));
            assertEquals("23502", e.sqlState());
            assertTrue(e.isTerminalTransactionError());
            assertFalse(session.isTransactionOpen());
        }
    }

    @Test
    void commitTransportFailureLeavesTheOutcomeUnknownAndTheTransactionRecorded() {
        server.stub("BeginTransaction", WireMockGrpc.json("{\"transactionId\": \"" + TX + "\"}"));
        server.stubFailure("CommitTransaction", Status.UNAVAILABLE, "connection reset");
        try (PgSession session = open(AuthConfig.none())) {
            session.beginTransaction();
            assertThrows(TransportException.class, () -> session.commit(TX));
            assertTrue(session.isTransactionOpen());
        }
    }

    @Test
    void leaderHintIsNotFollowedInsideATransaction() {
        server.stub("BeginTransaction", WireMockGrpc.json("{\"transactionId\": \"" + TX + "\"}"));
        server.stubFailure(
                "Scan",
                Status.INTERNAL,
                "External error: Not leader for shard. Leader: Some(\"http://127.0.0.1:8080\")");
        try (PgSession session = open(AuthConfig.none())) {
            session.beginTransaction();
            TransportException e =
                    assertThrows(
                            TransportException.class,
                            () -> session.scan(ScanRequest.all("ns", "t", TableType.SHARED, null)));
            assertEquals(RpcCode.INTERNAL, e.code());
            assertTrue(session.isTransactionOpen());
        }
        assertEquals(1, server.requests("Scan").size());
        assertEquals(1, server.requests("OpenSession").size());
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static PgSession open(AuthConfig auth) {
        return PgSession.open(
                TransportConfig.builder()
                        .target("127.0.0.1", server.port())
                        .auth(auth)
                        .timeoutMillis(10_000)
                        .build());
    }

    private static void exerciseEveryRpc(AuthConfig auth) {
        server.stub("Scan", WireMockGrpc.json("{}"));
        server.stub("Insert", WireMockGrpc.json("{\"affectedRows\": \"1\"}"));
        server.stub("Update", WireMockGrpc.json("{\"affectedRows\": \"1\"}"));
        server.stub("Delete", WireMockGrpc.json("{\"affectedRows\": \"1\"}"));
        server.stub("BeginTransaction", WireMockGrpc.json("{\"transactionId\": \"" + TX + "\"}"));
        server.stub("CommitTransaction", WireMockGrpc.json("{\"transactionId\": \"" + TX + "\"}"));
        server.stub(
                "RollbackTransaction", WireMockGrpc.json("{\"transactionId\": \"" + TX + "\"}"));
        server.stub("ExecuteSql", WireMockGrpc.json("{\"success\": true, \"message\": \"OK\"}"));
        server.stub(
                "ExecuteQuery",
                WireMockGrpc.json("{\"success\": true, \"message\": \"0 row(s)\"}"));
        try (PgSession session = open(auth)) {
            assertTrue(session.ping(0));
            session.scan(ScanRequest.all("ns", "t", TableType.SHARED, null));
            session.insert(InsertRequest.ofText("ns", "t", TableType.SHARED, null, List.of("{}")));
            session.update(new UpdateRequest("ns", "t", TableType.SHARED, null, "1", "{}"));
            session.delete(new DeleteRequest("ns", "t", TableType.SHARED, null, "1"));
            session.commit(session.beginTransaction());
            session.rollback(session.beginTransaction());
            session.executeSql("CREATE NAMESPACE IF NOT EXISTS ns");
            session.executeQuery("SELECT 1");
        }
    }

    private static void assertCredentialsOnlyOnOpenAndPing(String expected) {
        for (String method : List.of("OpenSession", "Ping")) {
            server.wireMock()
                    .verify(
                            exactly(1),
                            postRequestedFor(urlPathEqualTo(path(method)))
                                    .withHeader(AUTHORIZATION, equalTo(expected)));
        }
        for (String method :
                List.of(
                        "Scan",
                        "Insert",
                        "Update",
                        "Delete",
                        "BeginTransaction",
                        "CommitTransaction",
                        "RollbackTransaction",
                        "ExecuteSql",
                        "ExecuteQuery",
                        "CloseSession")) {
            List<LoggedRequest> requests = server.requests(method);
            assertFalse(requests.isEmpty(), method + " was not called");
            for (LoggedRequest request : requests) {
                assertFalse(request.containsHeader(AUTHORIZATION), method + " carried credentials");
            }
        }
    }

    private static void assertJson(String expected, LoggedRequest request) {
        assertTrue(
                equalToJson(expected).match(request.getBodyAsString()).isExactMatch(),
                () -> "expected " + expected + " but was " + request.getBodyAsString());
    }

    private static String path(String method) {
        return "/" + WireMockPgService.SERVICE + "/" + method;
    }
}
