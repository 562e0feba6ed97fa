package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.transport.testing.FakeTime;
import org.kalamdb.jdbc.transport.testing.ScriptedPgService;
import org.kalamdb.jdbc.transport.testing.TestServer;

/**
 * The session is re-opened under the same id before {@code lease_expires_at_ms}, with a margin (60
 * s, at most half the lease), measured on clocks the test moves.
 */
class LeaseRenewalTest {

    private static final ScanRequest SCAN = ScanRequest.all("ns", "t", TableType.SHARED, null);

    private final FakeTime clock = new FakeTime();
    private final ScriptedPgService service = new ScriptedPgService();
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.plaintext(service.definition());
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void reopensUnderTheSameIdOneMinuteBeforeTheLeaseEnds() {
        service.leaseExpiresAt(() -> clock.wallMillis() + Duration.ofMinutes(10).toMillis());
        try (PgSession session = open()) {
            clock.advance(Duration.ofMinutes(8));
            session.scan(SCAN);
            assertEquals(1, service.opened.size(), "renewed too early");

            clock.advance(Duration.ofSeconds(61)); // 9 min 1 s: inside the last minute
            session.scan(SCAN);
            assertEquals(2, service.opened.size(), "not renewed");
            assertEquals(session.sessionId(), service.opened.get(1).sessionId());
            assertEquals(2, service.scanned.size());

            clock.advance(Duration.ofMinutes(5)); // the new lease runs from 9:01 to 19:01
            session.scan(SCAN);
            assertEquals(2, service.opened.size());
        }
    }

    @Test
    void aShortLeaseIsRenewedAtHalfTime() {
        service.leaseExpiresAt(() -> clock.wallMillis() + 2_000);
        try (PgSession session = open()) {
            clock.advance(Duration.ofMillis(999));
            session.scan(SCAN);
            assertEquals(1, service.opened.size());
            clock.advance(Duration.ofMillis(2));
            session.scan(SCAN);
            assertEquals(2, service.opened.size());
        }
    }

    @Test
    void aLeaseAlreadyOverByOurClockIsNotRenewedProactively() {
        // Clock skew: the server's lease end lies in our past. Renewal would loop; the reactive
        // re-open on "session lease expired" covers this case instead.
        service.leaseExpiresAt(() -> clock.wallMillis() - 1_000);
        try (PgSession session = open()) {
            clock.advance(Duration.ofHours(1));
            session.scan(SCAN);
            session.scan(SCAN);
            assertEquals(1, service.opened.size());
        }
    }

    @Test
    void pingDoesNotRenew() {
        service.leaseExpiresAt(() -> clock.wallMillis() + 2_000);
        try (PgSession session = open()) {
            clock.advance(Duration.ofMinutes(1));
            session.ping(0);
            assertEquals(1, service.opened.size());
        }
    }

    private PgSession open() {
        TimeSource time =
                new TimeSource() {
                    @Override
                    public long wallMillis() {
                        return clock.wallMillis();
                    }

                    @Override
                    public long monotonicNanos() {
                        return clock.monotonicNanos();
                    }
                };
        return PgSession.open(
                TransportConfig.builder()
                        .target("127.0.0.1", server.port())
                        .timeoutMillis(10_000)
                        .build(),
                ChannelRegistry.shared(),
                time);
    }
}
