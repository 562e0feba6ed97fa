package org.kalamdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.kalamdb.jdbc.config.ConnectionConfig;
import org.kalamdb.jdbc.session.ConnectionSession;
import org.kalamdb.jdbc.session.Tenant;
import org.kalamdb.jdbc.transport.PgSession;
import org.kalamdb.jdbc.transport.TransportConfig;

/**
 * Statement.setQueryTimeout and Statement.cancel against a server that holds the Scan until the
 * test releases it: the statement fails with 57014 (SQLTimeoutException for the deadline), and the
 * connection stays usable. No sleeps: latches say when the call is in flight.
 */
class DeadlineAndCancelTest {

    private ScriptedPgService server;
    private KalamConnection connection;
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedPgService("slow-" + UUID.randomUUID());
        server.table("app.items", "shared", "id BIGINT pk", "name TEXT");
        ConnectionConfig config = ConnectionConfig.resolve("jdbc:kalam:mem:unused", new Properties());
        PgSession pg = PgSession.open(TransportConfig.builder().inProcess(server.name()).build());
        connection = new KalamConnection("jdbc:kalam:mem:unused", config,
                new ConnectionSession(pg, new Tenant(null, false), "app"));
    }

    @AfterEach
    void stop() {
        release.countDown();
        connection.close();
        server.close();
    }

    @Test
    void queryTimeoutEndsTheStatementWithSqlTimeoutException() throws Exception {
        server.blockScans(entered, release);
        try (Statement s = connection.createStatement()) {
            s.setQueryTimeout(1);
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT id FROM items"));
            assertInstanceOf(SQLTimeoutException.class, e);
            assertEquals("57014", e.getSQLState());
            assertEquals(0, entered.getCount(), "the scan was in flight");
        }
        release.countDown();
        server.blockScans(new CountDownLatch(1), new CountDownLatch(0));
        try (Statement s = connection.createStatement()) {
            assertTrue(!s.executeQuery("SELECT id FROM items").next(), "the connection is still usable");
        }
    }

    @Test
    void cancelFromAnotherThreadEndsTheRunningStatement() throws Exception {
        server.blockScans(entered, release);
        Statement s = connection.createStatement();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> running = pool.submit(() -> s.executeQuery("SELECT id FROM items"));
            assertTrue(entered.await(30, TimeUnit.SECONDS));
            s.cancel();
            ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(30, TimeUnit.SECONDS));
            SQLException cause = (SQLException) e.getCause();
            assertEquals("57014", cause.getSQLState());
            assertTrue(!(cause instanceof SQLTimeoutException), "a cancel is not a timeout");
        } finally {
            pool.shutdownNow();
        }
        s.cancel(); // nothing runs: a no-op
    }

    @Test
    void queryTimeoutEndsAnEngineQueryWhoseScanHangs() throws Exception {
        String sql = "SELECT name, count(*) FROM items GROUP BY name";
        try (Statement s = connection.createStatement()) {
            // Planned now, so that the one second below goes to the hanging scan, not to planning
            // on a cold (or busy) JVM.
            s.executeQuery(sql).close();
        }
        server.blockScans(entered, release);
        try (Statement s = connection.createStatement()) {
            s.setQueryTimeout(1);
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(sql));
            assertInstanceOf(SQLTimeoutException.class, e);
            assertEquals("57014", e.getSQLState());
            assertEquals(0, entered.getCount(), "the engine's scan was in flight");
        }
    }

    @Test
    void cancelFromAnotherThreadEndsARunningEngineQuery() throws Exception {
        server.blockScans(entered, release);
        Statement s = connection.createStatement();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> running = pool.submit(() -> s.executeQuery("SELECT upper(name) FROM items ORDER BY 1"));
            assertTrue(entered.await(60, TimeUnit.SECONDS));
            s.cancel();
            ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(60, TimeUnit.SECONDS));
            SQLException cause = (SQLException) e.getCause();
            assertEquals("57014", cause.getSQLState());
            assertTrue(!(cause instanceof SQLTimeoutException), "a cancel is not a timeout");
        } finally {
            pool.shutdownNow();
        }
    }
}
