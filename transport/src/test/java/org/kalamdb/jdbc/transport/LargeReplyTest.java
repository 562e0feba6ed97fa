package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import com.google.protobuf.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.transport.proto.ScanRpcResponse;
import org.kalamdb.jdbc.transport.testing.ScriptedPgService;
import org.kalamdb.jdbc.transport.testing.TestServer;

/** Scan replies are not size-capped by the server; the default inbound limit is 256 MiB. */
class LargeReplyTest {

    private static final int SIX_MIB = 6 * 1024 * 1024;

    private final ScriptedPgService service = new ScriptedPgService();
    private TestServer server;
    private byte[] payload;

    @BeforeEach
    void start() {
        payload = new byte[SIX_MIB];
        new Random(42).nextBytes(payload);
        ScanRpcResponse reply =
                ScanRpcResponse.newBuilder()
                        .addIpcBatches(ByteString.copyFrom(payload, 0, SIX_MIB / 2))
                        .addIpcBatches(ByteString.copyFrom(payload, SIX_MIB / 2, SIX_MIB / 2))
                        .build();
        service.onScan((request, observer) -> ScriptedPgService.reply(observer, reply));
        server = TestServer.plaintext(service.definition());
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void aSixMebibyteScanArrivesIntact() {
        try (PgSession session = PgSession.open(config().build())) {
            ScanResult result = session.scan(ScanRequest.all("ns", "t", TableType.SHARED, null));
            assertEquals(2, result.ipcBatches().size());
            byte[] joined = new byte[SIX_MIB];
            System.arraycopy(result.ipcBatches().get(0).toByteArray(), 0, joined, 0, SIX_MIB / 2);
            System.arraycopy(result.ipcBatches().get(1).toByteArray(), 0, joined, SIX_MIB / 2, SIX_MIB / 2);
            assertArrayEquals(payload, joined);
        }
    }

    @Test
    void aSmallerConfiguredLimitRejectsTheReplyAsALimit() {
        try (PgSession session =
                PgSession.open(config().maxInboundMessageSize(4 * 1024 * 1024).build())) {
            TransportException e =
                    assertThrows(
                            TransportException.class,
                            () -> session.scan(ScanRequest.all("ns", "t", TableType.SHARED, null)));
            assertEquals(RpcCode.RESOURCE_EXHAUSTED, e.code());
            assertEquals("54000", e.sqlState());
        }
    }

    private TransportConfig.Builder config() {
        return TransportConfig.builder().target("127.0.0.1", server.port()).timeoutMillis(30_000);
    }
}
