package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.transport.testing.ScriptedPgService;
import org.kalamdb.jdbc.transport.testing.TestServer;

/**
 * With every gRPC and Netty logger at ALL, nothing the client logs carries the authorization
 * header: grpc-netty's frame logger (which prints HEADERS frames) stays pinned at INFO.
 */
class FrameLogGuardTest {

    private static final String USER = "frame-user";
    private static final String PASSWORD = "fr4me-Secret-77";

    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    synchronized (records) {
                        records.add(record);
                    }
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
    // Strong references: a collected logger forgets its level.
    private final Logger grpc = Logger.getLogger("io.grpc");
    private final Logger netty = Logger.getLogger("io.netty");
    private Level grpcBefore;
    private Level nettyBefore;
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.plaintext(new ScriptedPgService().definition());
        grpcBefore = grpc.getLevel();
        nettyBefore = netty.getLevel();
        grpc.setLevel(Level.ALL);
        netty.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() throws InterruptedException {
        Logger.getLogger("").removeHandler(capture);
        grpc.setLevel(grpcBefore);
        netty.setLevel(nettyBefore);
        server.close();
    }

    @Test
    void noClientLogRecordCarriesTheAuthorizationHeader() {
        TransportConfig config =
                TransportConfig.builder()
                        .target("127.0.0.1", server.port())
                        .auth(AuthConfig.accountLogin(USER, PASSWORD))
                        .timeoutMillis(10_000)
                        .build();
        try (PgSession session = PgSession.open(config)) {
            assertTrue(session.ping(0));
        }
        String basic =
                Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        SimpleFormatter formatter = new SimpleFormatter();
        List<LogRecord> seen;
        synchronized (records) {
            seen = List.copyOf(records);
        }
        assertFalse(seen.isEmpty(), "logging at ALL recorded nothing: the capture is broken");
        for (LogRecord r : seen) {
            if ("io.grpc.netty.NettyServerHandler".equals(r.getLoggerName())) {
                continue; // the test server's own frame log is not the client's business
            }
            String text = formatter.format(r);
            assertFalse(text.contains(basic), "credentials in a record of " + r.getLoggerName());
            assertFalse(text.contains(PASSWORD), "password in a record of " + r.getLoggerName());
        }
        assertEquals(
                Level.INFO, Logger.getLogger(FrameLogGuard.CLIENT_FRAME_LOGGER).getLevel());
    }
}
