package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.transport.testing.ScriptedPgService;
import org.kalamdb.jdbc.transport.testing.TestServer;

/** One channel per (target, TLS settings), shared and reference-counted; no thread left behind. */
class ChannelLifecycleTest {

    private final ScriptedPgService service = new ScriptedPgService();
    private TestServer server;
    private TestServer otherServer;

    @BeforeEach
    void start() {
        server = TestServer.plaintext(service.definition());
        otherServer = TestServer.plaintext(new ScriptedPgService().definition());
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
        otherServer.close();
    }

    @Test
    void sessionsWithTheSameTargetShareOneChannelUntilTheLastCloses() {
        ChannelRegistry registry = ChannelRegistry.isolated();
        PgSession first = open(registry, server.port());
        PgSession second = open(registry, server.port());
        assertEquals(1, registry.liveChannelCount());
        PgSession elsewhere = open(registry, otherServer.port());
        assertEquals(2, registry.liveChannelCount());

        first.close();
        assertEquals(2, registry.liveChannelCount(), "still used by the second session");
        assertTrue(second.ping(0));
        second.close();
        assertEquals(1, registry.liveChannelCount());
        elsewhere.close();
        assertEquals(0, registry.liveChannelCount());
        assertEquals(2, service.closed.size());
    }

    @Test
    void differentChannelSettingsGetTheirOwnChannel() {
        ChannelRegistry registry = ChannelRegistry.isolated();
        try (PgSession small =
                        PgSession.open(
                                config(server.port()).maxInboundMessageSize(1024 * 1024).build(),
                                registry,
                                TimeSource.SYSTEM);
                PgSession large = open(registry, server.port())) {
            assertEquals(2, registry.liveChannelCount());
            assertTrue(small.ping(0) && large.ping(0));
        }
        assertEquals(0, registry.liveChannelCount());
    }

    @Test
    void noTransportThreadOutlivesTheLastSession() throws InterruptedException {
        assertEquals(
                0, ChannelRegistry.shared().liveChannelCount(), "another test left a session open");
        Set<Thread> nonDaemonBefore = nonDaemonThreads();

        PgSession first = PgSession.open(config(server.port()).build());
        PgSession second = PgSession.open(config(otherServer.port()).build());
        assertTrue(first.ping(0) && second.ping(0));
        List<Thread> ours = transportThreads();
        assertFalse(ours.isEmpty(), "expected kalam-jdbc-* threads while sessions are open");
        ours.forEach(t -> assertTrue(t.isDaemon(), t.getName() + " is not a daemon"));

        first.close();
        second.close();
        assertEquals(0, ChannelRegistry.shared().liveChannelCount());
        awaitGone(ChannelLifecycleTest::transportThreads);
        // Netty starts short-lived non-daemon helpers (globalEventExecutor) when the test servers
        // close; they end by themselves within a second. None may stay.
        awaitGone(
                () ->
                        nonDaemonThreads().stream()
                                .filter(t -> !nonDaemonBefore.contains(t))
                                .toList());
    }

    // Bounded polling: threads end asynchronously after their pool was shut down.
    private static void awaitGone(Supplier<List<Thread>> threads) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!threads.get().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(
                List.of(),
                threads.get().stream().map(Thread::getName).collect(Collectors.toList()));
    }

    private static List<Thread> transportThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("kalam-jdbc-"))
                .collect(Collectors.toList());
    }

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> !t.isDaemon())
                .collect(Collectors.toSet());
    }

    private static PgSession open(ChannelRegistry registry, int port) {
        return PgSession.open(config(port).build(), registry, TimeSource.SYSTEM);
    }

    private static TransportConfig.Builder config(int port) {
        return TransportConfig.builder().target("127.0.0.1", port).timeoutMillis(10_000);
    }
}
