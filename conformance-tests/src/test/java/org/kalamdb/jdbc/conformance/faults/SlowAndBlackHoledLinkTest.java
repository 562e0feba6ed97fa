package org.kalamdb.jdbc.conformance.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.amounts;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.describe;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.exec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.kalamdb.jdbc.conformance.faults.FaultRelay.Direction;

/**
 * A slow link still completes within the timeout; a black-holed link (bytes held, nothing reset)
 * fails with SQLTimeoutException within the timeout plus a small margin, and the connection is
 * usable once the link flows again.
 */
@Timeout(60)
class SlowAndBlackHoledLinkTest extends RelayedAmountsTable {

    private static final int TIMEOUT_MILLIS = 1_000;
    /** Scheduling on a shared 2-core machine; far below a second timeout cycle. */
    private static final long MARGIN_MILLIS = 1_500;


    @BeforeEach
    void insertFirstRow() throws SQLException {
        exec(observer, "INSERT INTO " + TABLE + " (id, amount) VALUES (1, 100)");
    }

    private Connection connectWithTimeout() throws SQLException {
        Properties p = new Properties();
        p.setProperty("timeout", String.valueOf(TIMEOUT_MILLIS));
        return server.connect(p);
    }

    @Test
    void aSlowLinkStillCompletesWithinTheTimeout() throws Exception {
        try (Connection c = server.connect()) {
            // 1 KiB chunks, each held 20 ms in each direction: every RPC takes tens of milliseconds.
            server.relay().delayEachChunk(Duration.ofMillis(20));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (id, amount) VALUES (?, ?)")) {
                for (long id = 2; id <= 11; id++) {
                    ps.setLong(1, id);
                    ps.setLong(2, id * 10);
                    ps.addBatch();
                }
                assertEquals(10, ps.executeBatch().length);
            }
            c.setAutoCommit(false);
            assertEquals(1, exec(c, "UPDATE " + TABLE + " SET amount = amount + 1 WHERE id = 1"));
            c.commit();
            c.setAutoCommit(true);
            Map<Long, Long> expected = new TreeMap<>();
            expected.put(1L, 101L);
            for (long id = 2; id <= 11; id++) {
                expected.put(id, id * 10);
            }
            assertEquals(expected, amounts(c, TABLE));
            assertTrue(server.relay().chunksForwarded() > 0);
        }
    }

    @Test
    void aBlackHoledLinkFailsWithinTheTimeoutAndTheConnectionRecovers() throws Exception {
        try (Connection c = connectWithTimeout()) {
            assertEquals(Map.of(1L, 100L), amounts(c, TABLE));

            server.relay().blackHole(Direction.BOTH);
            long start = System.nanoTime();
            SQLTimeoutException e = assertTimeout(() -> amounts(c, TABLE));
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsedMillis < TIMEOUT_MILLIS + MARGIN_MILLIS,
                    "failed after " + elapsedMillis + " ms, timeout " + TIMEOUT_MILLIS + " ms");
            assertTrue(server.relay().heldChunks() > 0, "the request was held, not refused");

            server.relay().restore();
            assertEquals(Map.of(1L, 100L), amounts(c, TABLE), "usable again once the link flows");
            assertEquals(1, exec(c, "UPDATE " + TABLE + " SET amount = 7 WHERE id = 1"));
            assertEquals(Map.of(1L, 7L), amounts(observer, TABLE));
            assertTrue(c.isValid(2), "valid again: " + describe(e));
        }
    }

    @Test
    void blackHoledRepliesAlsoTimeOut() throws Exception {
        try (Connection c = connectWithTimeout()) {
            server.relay().blackHole(Direction.TO_CLIENT);
            long start = System.nanoTime();
            assertTimeout(() -> amounts(c, TABLE));
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsedMillis < TIMEOUT_MILLIS + MARGIN_MILLIS, "failed after " + elapsedMillis + " ms");
            server.relay().restore();
            assertEquals(Map.of(1L, 100L), amounts(c, TABLE));
        }
    }

    @Test
    void theQueryTimeoutAppliesWhenNoConnectionTimeoutIsSet() throws Exception {
        Properties noTimeout = new Properties();
        noTimeout.setProperty("timeout", "0");
        try (Connection c = server.connect(noTimeout); Statement s = c.createStatement()) {
            s.setQueryTimeout(1);
            server.relay().blackHole(Direction.BOTH);
            long start = System.nanoTime();
            assertTimeout(() -> {
                try (ResultSet rs = s.executeQuery("SELECT id, amount FROM " + TABLE)) {
                    return rs.next();
                }
            });
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsedMillis < 1_000 + MARGIN_MILLIS, "failed after " + elapsedMillis + " ms");
            server.relay().restore();
            try (ResultSet rs = s.executeQuery("SELECT id FROM " + TABLE)) {
                assertTrue(rs.next());
                assertEquals(1, rs.getLong(1));
            }
        }
    }

    @Test
    void connectingThroughABlackHoleFailsWithinTheRpcTimeout() throws Exception {
        server.relay().blackHole(Direction.BOTH);
        Properties p = new Properties();
        p.setProperty("timeout", String.valueOf(TIMEOUT_MILLIS));
        long start = System.nanoTime();
        Outcome<Connection> outcome = Outcome.await(Outcome.start("connect-black-hole", () -> server.connect(p)),
                Duration.ofSeconds(20));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        SQLException e = assertInstanceOf(Outcome.Failed.class, outcome).exception();
        assertEquals("08001", e.getSQLState(), () -> describe(e));
        assertTrue(elapsedMillis < TIMEOUT_MILLIS + MARGIN_MILLIS, "failed after " + elapsedMillis + " ms");
    }

    @Test
    void connectingThroughABlackHoleWithoutRpcTimeoutFailsWithinTheConnectTimeout() throws Exception {
        server.relay().blackHole(Direction.BOTH);
        Properties p = new Properties();
        p.setProperty("timeout", "0");
        p.setProperty("connectTimeout", String.valueOf(TIMEOUT_MILLIS));
        long start = System.nanoTime();
        Outcome<Connection> outcome = Outcome.await(Outcome.start("connect-black-hole", () -> server.connect(p)),
                Duration.ofSeconds(20));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        SQLException e = assertInstanceOf(Outcome.Failed.class, outcome).exception();
        assertEquals("08001", e.getSQLState(), () -> describe(e));
        assertTrue(elapsedMillis < TIMEOUT_MILLIS + MARGIN_MILLIS, "failed after " + elapsedMillis + " ms");
    }

    private static SQLTimeoutException assertTimeout(Outcome.Call<?> call) {
        Outcome<?> outcome = Outcome.of(call);
        assertInstanceOf(Outcome.Failed.class, outcome, "the call should have timed out: " + outcome);
        SQLException e = ((Outcome.Failed<?>) outcome).exception();
        assertInstanceOf(SQLTimeoutException.class, e, () -> describe(e));
        assertEquals("57014", e.getSQLState(), () -> describe(e));
        return (SQLTimeoutException) e;
    }
}
