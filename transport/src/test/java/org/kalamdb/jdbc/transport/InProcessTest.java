package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.transport.testing.ScriptedPgService;
import org.kalamdb.jdbc.transport.testing.TestServer;

/** The same API over an in-process channel (the embedded jdbc:kalam:mem: server). */
class InProcessTest {

    @Test
    void sameApiInProcess() throws InterruptedException {
        String name = "kalam-transport-test-" + UUID.randomUUID();
        ScriptedPgService service = new ScriptedPgService();
        try (TestServer server = TestServer.inProcess(name, service.definition())) {
            TransportConfig config =
                    TransportConfig.builder()
                            .inProcess(name)
                            .auth(AuthConfig.staticHeader("Bearer in-process"))
                            .timeoutMillis(10_000)
                            .build();
            String id;
            try (PgSession session = PgSession.open(config)) {
                id = session.sessionId();
                assertEquals("in-process:" + name, session.target());
                assertTrue(session.ping(0));
                session.scan(ScanRequest.all("ns", "t", TableType.SHARED, null));
                assertEquals("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", session.beginTransaction());
                assertTrue(session.isTransactionOpen());
                session.commit("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
            }
            assertEquals("Bearer in-process", service.opened.get(0).authorization());
            assertEquals(id, service.scanned.get(0).request().getSessionId());
            assertEquals(java.util.List.of(id), service.closed);
        }
        assertEquals(0, ChannelRegistry.shared().liveChannelCount());
    }
}
