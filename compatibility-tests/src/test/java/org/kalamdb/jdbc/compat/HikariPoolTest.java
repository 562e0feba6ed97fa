package org.kalamdb.jdbc.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.kalamdb.server.KalamServer;
import org.kalamdb.server.ServerConfig;

/**
 * HikariCP with 8 connections to a standalone server over the network, under concurrent load.
 * The pool validates every borrowed connection with {@code isValid} (this module's pom sets
 * {@code com.zaxxer.hikari.aliveBypassWindowMs=0}); the server prunes sessions idle for 1.5 s, as
 * the real one does after 5 s, and the driver re-opens them: that is not a connection loss. No
 * connection is replaced while the server runs; once the server is really gone the pool evicts its connections, and it recovers with
 * new ones when a server listens again.
 */
class HikariPoolTest {

    private static final int POOL_SIZE = 8;
    private static final int WORKERS = 16;
    private static final int OPERATIONS_PER_WORKER = 40;

    private static final String TOKEN = "compat-token";

    /**
     * Sessions idle this long are pruned (the real server: 5 s). Short, so the test sees pruning
     * soon, but well above any pause between re-opening a session and using it again, even on a
     * busy machine: a session pruned in between would fail the driver's single retry.
     */
    private static final long IDLE_PRUNE_MS = 1_500;

    /** With a token the server checks every session handle, so a pruned session must be re-opened. */
    private static KalamServer startServer(int port) throws IOException {
        return new KalamServer(ServerConfig.builder().host("127.0.0.1").port(port).authToken(TOKEN)
                .idlePruneMs(IDLE_PRUNE_MS).build()).start();
    }

    private static HikariDataSource pool(UrlDataSource connections) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("kalam-compat");
        config.setDataSource(connections);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(POOL_SIZE);
        config.setConnectionTimeout(2_000);
        config.setValidationTimeout(1_000);
        return new HikariDataSource(config);
    }

    @Test
    @Timeout(120)
    void eightConnectionsServeConcurrentLoadAndAreEvictedOnlyAfterARealLoss() throws Exception {
        KalamServer server = startServer(0);
        int port = server.port();
        UrlDataSource connections = new UrlDataSource("jdbc:kalam://127.0.0.1:" + port + "?authHeader=" + TOKEN);
        try (HikariDataSource pool = pool(connections)) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS hikari_ns");
                s.execute("CREATE TABLE hikari_ns.hits (id BIGINT PRIMARY KEY, worker INT, n INT) "
                        + "USING kalamdb WITH (type = 'shared')");
            }

            runLoad(pool, 0);
            // Sessions idle past the server's TTL are pruned: not a connection loss.
            awaitIdleSessionsPruned(pool);
            runLoad(pool, WORKERS * OPERATIONS_PER_WORKER);
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM hikari_ns.hits")) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                }
                assertEquals(2 * WORKERS * OPERATIONS_PER_WORKER, rows);
            }
            assertEquals(POOL_SIZE, connections.opened(), "a connection was replaced while the server was up");
            assertEquals(POOL_SIZE, pool.getHikariPoolMXBean().getTotalConnections());

            // A real loss: the server goes away. isValid fails, the pool evicts and cannot refill.
            server.close();
            assertThrows(SQLTransientConnectionException.class, () -> {
                try (Connection c = pool.getConnection()) {
                    c.createStatement().close();
                }
            });

            // A server listens again on the same port: every pooled connection works again, either
            // recovered in place (the driver re-opens its session under the same id) or replaced by
            // the pool after it failed validation while the server was away.
            server = startServer(port);
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS hikari_ns");
                assertTrue(c.isValid(1));
            }
            List<Connection> borrowed = new ArrayList<>();
            try {
                for (int i = 0; i < POOL_SIZE; i++) {
                    Connection c = pool.getConnection();
                    borrowed.add(c);
                    assertTrue(c.isValid(1), "pooled connection " + i + " after the server came back");
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                        assertTrue(rs.next());
                        assertEquals(1, rs.getInt(1));
                    }
                }
            } finally {
                for (Connection c : borrowed) {
                    c.close();
                }
            }
            assertEquals(POOL_SIZE, pool.getHikariPoolMXBean().getTotalConnections());
        } finally {
            server.close();
        }
    }

    /**
     * Polls system.sessions (bounded) until at most the polling connection's own session is left:
     * the other seven pooled connections' sessions were pruned while they sat idle in the pool.
     */
    private static void awaitIdleSessionsPruned(HikariDataSource pool) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int sessions;
        do {
            TimeUnit.MILLISECONDS.sleep(100);
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT kalam_exec('SELECT session_id FROM system.sessions "
                         + "ORDER BY session_id LIMIT 1000')")) {
                assertTrue(rs.next());
                sessions = rs.getString(1).split("\"session_id\"", -1).length - 1;
            }
        } while (sessions > 1 && System.nanoTime() < deadline);
        assertTrue(sessions <= 1, sessions + " sessions are still open on the server");
    }

    /** WORKERS threads borrow, write one row, read it back by key, and return the connection. */
    private static void runLoad(HikariDataSource pool, long firstId) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(WORKERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                results.add(executor.submit(() -> {
                    start.await();
                    int done = 0;
                    for (int n = 0; n < OPERATIONS_PER_WORKER; n++) {
                        long id = firstId + (long) worker * OPERATIONS_PER_WORKER + n;
                        try (Connection c = pool.getConnection()) {
                            try (PreparedStatement insert = c.prepareStatement(
                                    "INSERT INTO hikari_ns.hits (id, worker, n) VALUES (?, ?, ?)")) {
                                insert.setLong(1, id);
                                insert.setInt(2, worker);
                                insert.setInt(3, n);
                                insert.executeUpdate();
                            }
                            try (PreparedStatement select = c.prepareStatement(
                                    "SELECT worker, n FROM hikari_ns.hits WHERE id = ?")) {
                                select.setLong(1, id);
                                try (ResultSet rs = select.executeQuery()) {
                                    assertTrue(rs.next());
                                    assertEquals(worker, rs.getInt(1));
                                    assertEquals(n, rs.getInt(2));
                                }
                            }
                            done++;
                        } catch (SQLException e) {
                            throw new AssertionError("operation " + id + " failed: " + e.getSQLState() + " "
                                    + e.getMessage(), e);
                        }
                    }
                    return done;
                }));
            }
            start.countDown();
            for (Future<Integer> r : results) {
                assertEquals(OPERATIONS_PER_WORKER, r.get(60, TimeUnit.SECONDS));
            }
        } finally {
            executor.shutdownNow();
            assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
