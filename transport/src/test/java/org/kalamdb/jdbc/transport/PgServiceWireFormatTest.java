package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.transport.proto.BeginTransactionRequest;
import org.kalamdb.jdbc.transport.proto.BeginTransactionResponse;
import org.kalamdb.jdbc.transport.proto.CloseSessionResponse;
import org.kalamdb.jdbc.transport.proto.CommitTransactionResponse;
import org.kalamdb.jdbc.transport.proto.DeleteRpcResponse;
import org.kalamdb.jdbc.transport.proto.ExecuteQueryRpcResponse;
import org.kalamdb.jdbc.transport.proto.ExecuteSqlRpcResponse;
import org.kalamdb.jdbc.transport.proto.InsertRpcResponse;
import org.kalamdb.jdbc.transport.proto.OpenSessionResponse;
import org.kalamdb.jdbc.transport.proto.PingRequest;
import org.kalamdb.jdbc.transport.proto.PingResponse;
import org.kalamdb.jdbc.transport.proto.RollbackTransactionResponse;
import org.kalamdb.jdbc.transport.proto.ScanRpcRequest;
import org.kalamdb.jdbc.transport.proto.ScanRpcResponse;
import org.kalamdb.jdbc.transport.proto.UpdateRpcResponse;

/**
 * Byte compatibility of our .proto (and of the mapping from our records) with the server's prost
 * messages (protocol.md 2): every expected value below is written out by hand as protobuf bytes —
 * key = field number << 3 | wire type, then a varint or a length-prefixed payload.
 */
class PgServiceWireFormatTest {

    private static final String SESSION = "s";

    // field 1 "id", field 2 "eq", field 3 "1": one ScanFilterExpression, 11 bytes.
    private static final String FILTER_ID_EQ_1 = "0a 02 69 64 12 02 65 71 1a 01 31";

    @Test
    void pingMessages() {
        assertBytes("", PingRequest.getDefaultInstance());
        assertBytes("08 01", PingResponse.newBuilder().setOk(true).build());
        assertBytes("", PingResponse.newBuilder().setOk(false).build()); // proto3 default: absent
    }

    @Test
    void openSessionRequestCarriesCurrentSchemaOnlyWhenPresent() {
        assertBytes("0a 02 73 31 12 03 61 70 70", ProtoMapping.openSession("s1", "app"));
        assertBytes("0a 02 73 31", ProtoMapping.openSession("s1", null));
    }

    @Test
    void optionalCurrentSchemaPresentButEmptyIsOnTheWire() {
        // "optional" gives explicit presence: an empty value is still sent, as tag 2 with length 0.
        assertBytes(
                "0a 02 73 31 12 00",
                org.kalamdb.jdbc.transport.proto.OpenSessionRequest.newBuilder()
                        .setSessionId("s1")
                        .setCurrentSchema("")
                        .build());
    }

    @Test
    void openSessionResponseDecodesLeaseAsInt64() throws InvalidProtocolBufferException {
        // 1700000000000 ms as a varint: 80 d0 95 ff bc 31.
        OpenSessionResponse response =
                OpenSessionResponse.parseFrom(bytes("0a 02 73 31 18 80 d0 95 ff bc 31"));
        assertEquals("s1", response.getSessionId());
        assertFalse(response.hasCurrentSchema());
        assertEquals(1_700_000_000_000L, response.getLeaseExpiresAtMs());

        OpenSessionResponse withSchema =
                OpenSessionResponse.parseFrom(bytes("0a 02 73 31 12 03 61 70 70 18 01"));
        assertTrue(withSchema.hasCurrentSchema());
        assertEquals("app", withSchema.getCurrentSchema());
    }

    @Test
    void closeSessionMessages() {
        assertBytes("0a 01 73", ProtoMapping.closeSession(SESSION));
        assertBytes("", CloseSessionResponse.getDefaultInstance());
    }

    @Test
    void scanRequestWithEveryFieldIncludingPresentEmptyUserIdAndLimitZero() {
        ScanRequest request =
                new ScanRequest(
                        "ns",
                        "t",
                        TableType.USER,
                        "",
                        List.of("a", "b"),
                        0L,
                        List.of(ScanFilter.eq("id", "1")));
        assertBytes(
                "0a 02 6e 73" // 1 namespace "ns"
                        + " 12 01 74" // 2 table_name "t"
                        + " 1a 04 75 73 65 72" // 3 table_type "user"
                        + " 22 01 73" // 4 session_id "s"
                        + " 2a 00" // 5 user_id present, empty
                        + " 32 01 61 32 01 62" // 6 columns "a", "b": repeated, never packed
                        + " 38 00" // 7 limit present with value 0
                        + " 42 0b " // 8 one filter of 11 bytes
                        + FILTER_ID_EQ_1,
                ProtoMapping.scan(request, SESSION));
    }

    @Test
    void scanRequestOmitsAbsentUserIdAndLimitAndRepeatsFilters() {
        ScanRequest request =
                new ScanRequest(
                        "ns",
                        "t",
                        TableType.SHARED,
                        null,
                        List.of(),
                        null,
                        List.of(ScanFilter.eq("id", "1"), ScanFilter.eq("k", "x")));
        byte[] encoded = ProtoMapping.scan(request, SESSION).toByteArray();
        assertHex(
                "0a 02 6e 73 12 01 74 1a 06 73 68 61 72 65 64 22 01 73"
                        + " 42 0b "
                        + FILTER_ID_EQ_1
                        + " 42 0a 0a 01 6b 12 02 65 71 1a 01 78",
                encoded);
    }

    @Test
    void limitPresenceSurvivesDecoding() throws InvalidProtocolBufferException {
        ScanRpcRequest zero = ScanRpcRequest.parseFrom(bytes("38 00"));
        assertTrue(zero.hasLimit());
        assertEquals(0L, zero.getLimit());
        ScanRpcRequest absent = ScanRpcRequest.parseFrom(bytes("0a 02 6e 73"));
        assertFalse(absent.hasLimit());
        assertFalse(absent.hasUserId());
    }

    @Test
    void scanResponseRepeatedBytesIncludingAnEmptyEntry() throws InvalidProtocolBufferException {
        byte[] wire = bytes("0a 03 01 02 03 0a 00");
        ScanRpcResponse response = ScanRpcResponse.parseFrom(wire);
        assertFalse(response.hasSchemaIpc());
        ScanResult result = ProtoMapping.scanResult(response);
        assertEquals(2, result.ipcBatches().size());
        assertArrayEquals(new byte[] {1, 2, 3}, result.ipcBatches().get(0).toByteArray());
        assertArrayEquals(new byte[0], result.ipcBatches().get(1).toByteArray());
        assertBytes(
                "0a 03 01 02 03 0a 00",
                ScanRpcResponse.newBuilder()
                        .addIpcBatches(ByteString.copyFrom(new byte[] {1, 2, 3}))
                        .addIpcBatches(ByteString.EMPTY)
                        .build());
        assertBytes(
                "12 01 09",
                ScanRpcResponse.newBuilder()
                        .setSchemaIpc(ByteString.copyFrom(new byte[] {9}))
                        .build());
    }

    @Test
    void insertRequestWithUserIdAndRepeatedRows() {
        InsertRequest request =
                InsertRequest.ofText("ns", "t", TableType.USER, "u1", List.of("{\"id\":1}", "{}"));
        assertBytes(
                "0a 02 6e 73 12 01 74 1a 04 75 73 65 72 22 01 73"
                        + " 2a 02 75 31" // 5 user_id "u1"
                        + " 32 08 7b 22 69 64 22 3a 31 7d" // 6 {"id":1}
                        + " 32 02 7b 7d", // 6 {}
                ProtoMapping.insert(request, SESSION));
    }

    @Test
    void insertRowsGoOutAsTheirUtf8Bytes() {
        InsertRequest request =
                new InsertRequest(
                        "ns",
                        "t",
                        TableType.SHARED,
                        null,
                        List.of("{\"a\":\"é\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertBytes(
                "0a 02 6e 73 12 01 74 1a 06 73 68 61 72 65 64 22 01 73"
                        + " 32 0a 7b 22 61 22 3a 22 c3 a9 22 7d", // 6 {"a":"é"}
                ProtoMapping.insert(request, SESSION));
        assertEquals(
                "{\"a\":\"é\"}",
                ProtoMapping.insert(request, SESSION).getRowsJson(0));
    }

    @Test
    void affectedRowsAreUint64() throws InvalidProtocolBufferException {
        assertBytes("08 ac 02", InsertRpcResponse.newBuilder().setAffectedRows(300).build());
        assertEquals(300, UpdateRpcResponse.parseFrom(bytes("08 ac 02")).getAffectedRows());
        assertEquals(1, DeleteRpcResponse.parseFrom(bytes("08 01")).getAffectedRows());
        assertEquals(0, DeleteRpcResponse.parseFrom(bytes("")).getAffectedRows());
    }

    @Test
    void updateRequestWithoutUserId() {
        UpdateRequest request =
                new UpdateRequest("ns", "t", TableType.SHARED, null, "7", "{\"a\":1}");
        assertBytes(
                "0a 02 6e 73 12 01 74 1a 06 73 68 61 72 65 64 22 01 73"
                        + " 32 01 37" // 6 pk_value "7"
                        + " 3a 07 7b 22 61 22 3a 31 7d", // 7 updates_json {"a":1}
                ProtoMapping.update(request, SESSION));
    }

    @Test
    void deleteRequestWithUserId() {
        DeleteRequest request = new DeleteRequest("ns", "t", TableType.STREAM, "u1", "7");
        assertBytes(
                "0a 02 6e 73 12 01 74 1a 06 73 74 72 65 61 6d 22 01 73 2a 02 75 31 32 01 37",
                ProtoMapping.delete(request, SESSION));
    }

    @Test
    void transactionMessages() throws InvalidProtocolBufferException {
        assertBytes("0a 01 73", ProtoMapping.begin(SESSION));
        assertBytes("0a 01 73", BeginTransactionRequest.newBuilder().setSessionId("s").build());
        assertEquals(
                "tx", BeginTransactionResponse.parseFrom(bytes("0a 02 74 78")).getTransactionId());
        assertBytes("0a 01 73 12 02 74 78", ProtoMapping.commit(SESSION, "tx"));
        assertBytes("0a 01 73 12 02 74 78", ProtoMapping.rollback(SESSION, "tx"));
        assertEquals(
                "tx", CommitTransactionResponse.parseFrom(bytes("0a 02 74 78")).getTransactionId());
        assertEquals(
                "tx",
                RollbackTransactionResponse.parseFrom(bytes("0a 02 74 78")).getTransactionId());
    }

    @Test
    void sqlMessages() throws InvalidProtocolBufferException {
        assertBytes(
                "0a 08 53 45 4c 45 43 54 20 31 12 01 73", ProtoMapping.executeSql("SELECT 1", "s"));
        assertBytes(
                "0a 08 53 45 4c 45 43 54 20 31 12 01 73",
                ProtoMapping.executeQuery("SELECT 1", "s"));

        SqlResult sql =
                ProtoMapping.sqlResult(
                        ExecuteSqlRpcResponse.parseFrom(
                                bytes(
                                        "08 01 12 10 4f 4b 20 28 61 66 66 65 63 74 65 64 3a 20 31"
                                            + " 29")));
        assertEquals(new SqlResult(true, "OK (affected: 1)"), sql);

        QueryResult query =
                ProtoMapping.queryResult(
                        ExecuteQueryRpcResponse.parseFrom(
                                bytes("08 01 12 08 31 20 72 6f 77 28 73 29 1a 02 01 02 1a 00")));
        assertTrue(query.success());
        assertEquals("1 row(s)", query.message());
        assertEquals(2, query.ipcBatches().size());
        assertArrayEquals(new byte[] {1, 2}, query.ipcBatches().get(0).toByteArray());
        assertArrayEquals(new byte[0], query.ipcBatches().get(1).toByteArray());
    }

    private static void assertBytes(String expectedHex, MessageLite message) {
        assertHex(expectedHex, message.toByteArray());
    }

    private static void assertHex(String expectedHex, byte[] actual) {
        assertEquals(
                expectedHex.replace(" ", ""), HexFormat.of().formatHex(actual), "protobuf bytes");
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }
}
