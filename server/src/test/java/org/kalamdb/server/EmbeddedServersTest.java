package org.kalamdb.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.kalamdb.server.testing.Tables.col;

import java.util.concurrent.TimeUnit;

import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.TableType;
import org.kalamdb.server.proto.InsertRpcRequest;
import org.kalamdb.server.proto.OpenSessionRequest;
import org.kalamdb.server.proto.PgServiceGrpc;
import org.kalamdb.server.proto.PingRequest;
import org.kalamdb.server.testing.Decoded;
import org.kalamdb.server.testing.PgHarness;
import org.kalamdb.server.testing.Tables;

class EmbeddedServersTest {

    @Test
    @DisplayName("start(name) is idempotent and shared: every caller naming it reaches the same data")
    void sharedByName() {
        String name = "embedded-test";
        try {
            String transport = EmbeddedServers.start(name);
            assertEquals(transport, EmbeddedServers.start(name));
            assertSame(EmbeddedServers.catalog(name), EmbeddedServers.catalog(name));
            Tables.create(EmbeddedServers.catalog(name), "app", "t", TableType.SHARED, col("id", KalamType.INT).pk());
            ManagedChannel a = InProcessChannelBuilder.forName(transport).build();
            ManagedChannel b = InProcessChannelBuilder.forName(EmbeddedServers.start(name)).build();
            try {
                PgServiceGrpc.PgServiceBlockingStub sa = PgServiceGrpc.newBlockingStub(a).withDeadlineAfter(30, TimeUnit.SECONDS);
                PgServiceGrpc.PgServiceBlockingStub sb = PgServiceGrpc.newBlockingStub(b).withDeadlineAfter(30, TimeUnit.SECONDS);
                assertEquals(true, sa.ping(PingRequest.getDefaultInstance()).getOk(), "no authentication");
                String session = sa.openSession(OpenSessionRequest.getDefaultInstance()).getSessionId();
                sa.insert(InsertRpcRequest.newBuilder().setSessionId(session).setNamespace("app").setTableName("t")
                        .setTableType("shared").addRowsJson("{\"id\":1}").build());
                Decoded seen = Decoded.of(sb.scan(PgHarness.scanOf("pg-2", "app", "t", "shared").build())
                        .getIpcBatchesList());
                assertEquals(1, seen.rows().size());
            } finally {
                a.shutdownNow();
                b.shutdownNow();
            }
        } finally {
            EmbeddedServers.stop(name);
        }
        assertNull(EmbeddedServers.catalog(name));
        assertNotNull(EmbeddedServers.start(name));
        assertEquals(0, EmbeddedServers.catalog(name).tables().size(), "a restarted server starts empty");
        EmbeddedServers.stop(name);
    }
}
