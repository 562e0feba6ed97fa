package org.kalamdb.jdbc.conformance.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.amounts;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.assertSqlStateClass;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.describe;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.exec;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.ids;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.kalamdb.jdbc.KalamConnection;

/**
 * The link between driver and server fails (the relay resets every connection and refuses new
 * ones) at the worst moments: just before COMMIT, just before ROLLBACK, between autocommit
 * statements, under a pool.
 */
@Timeout(60)
class LinkLossTest extends RelayedAmountsTable {

    private static final Duration CLEANUP = Duration.ofSeconds(10);


    /** Opens a transaction with two rows and an update that the server has staged (not just buffered). */
    private String stagedTransaction(Connection c) throws SQLException {
        String session = server.sessionId(c);
        c.setAutoCommit(false);
        exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (1, 10)");
        exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (2, 20)");
        // An UPDATE reads the table: the buffered INSERTs go out first, so the server holds them all.
        assertEquals(1, exec(c, "UPDATE " + TABLE + " SET amount = amount + 1 WHERE id = 1"));
        assertTrue(server.transactionOf(session).isPresent(), "the server transaction is open");
        assertTrue(server.transactionOf(session).get().writeCount() >= 3, "the server staged the writes");
        return session;
    }

    @Test
    void commitOnALostLinkFailsAsAConnectionErrorAndNothingIsVisible() throws Exception {
        Connection c = server.connect();
        String session = stagedTransaction(c);

        server.relay().down();
        SQLException e = assertSqlStateClass("08", c::commit);
        assertInstanceOf(SQLNonTransientConnectionException.class, e, () -> describe(e));

        assertEquals(Map.of(), amounts(observer, TABLE), "nothing of the transaction is visible");
        server.relay().up();
        assertTrue(server.transactionOf(session).isPresent(), "the COMMIT never reached the server");

        c.close();
        server.awaitNoServerState(session, CLEANUP);
        assertEquals(Map.of(), amounts(observer, TABLE), "closing rolled the transaction back");
    }

    @Test
    void rollbackOnALostLinkReportsTheLossOrSucceedsAndNothingIsVisible() throws Exception {
        Connection c = server.connect();
        String session = stagedTransaction(c);

        server.relay().down();
        Outcome<Void> rollback = Outcome.of(() -> {
            c.rollback();
            return null;
        });
        if (rollback instanceof Outcome.Failed<Void> failed) {
            assertTrue(failed.exception().getSQLState().startsWith("08"), () -> describe(failed.exception()));
        }
        assertEquals(Map.of(), amounts(observer, TABLE), "nothing of the transaction is visible");

        server.relay().up();
        c.close();
        server.awaitNoServerState(session, CLEANUP);
        assertEquals(Map.of(), amounts(observer, TABLE));
    }

    @Test
    void aStatementDuringAnOutageFailsAsAConnectionErrorAndChangesNothing() throws Exception {
        try (Connection c = server.connect()) {
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (1, 1)");
            server.relay().down();
            SQLException e = assertSqlStateClass("08", () -> exec(c, "INSERT INTO " + TABLE
                    + " (id, amount) VALUES (2, 2)"));
            assertInstanceOf(SQLNonTransientConnectionException.class, e, () -> describe(e));
            assertSqlStateClass("08", () -> ids(c, TABLE));
            assertEquals(List.of(1L), ids(observer, TABLE), "the failed INSERT changed nothing");
            assertFalse(c.isClosed(), "the Connection object stays open for the caller to retry");
        }
    }

    @Test
    void autocommitStatementsRecoverOnTheSameConnectionOnceTheLinkIsBack() throws Exception {
        try (Connection c = server.connect()) {
            String session = server.sessionId(c);
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (1, 1)");

            // An outage long enough for two statements to fail: the second one finds the port refused.
            server.relay().down();
            assertSqlStateClass("08", () -> exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (2, 2)"));
            assertSqlStateClass("08", () -> exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (2, 2)"));
            assertEquals(List.of(1L), ids(observer, TABLE));

            // The link is back: the very next statements of the same Connection work.
            server.relay().up();
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (3, 3)");
            assertEquals(1, exec(c, "UPDATE " + TABLE + " SET amount = amount + 10 WHERE id = 3"));
            assertEquals(1, exec(c, "DELETE FROM " + TABLE + " WHERE id = 1"));
            assertEquals(Map.of(3L, 13L), amounts(c, TABLE));
            assertFalse(c.isClosed());
            assertTrue(server.hasSession(session), "the same server session");
        }
    }

    @Test
    void isValidIsTrueAgainOnceTheLinkIsBack() throws Exception {
        try (Connection c = server.connect()) {
            server.relay().down();
            assertSqlStateClass("08", () -> ids(c, TABLE));
            assertFalse(c.isValid(1), "not valid during the outage");
            server.relay().up();
            // Statements work again at once (see the test above); this test is about isValid alone.
            Poll.until(Duration.ofSeconds(10), "statements work again",
                    () -> Outcome.of(() -> ids(c, TABLE)) instanceof Outcome.Returned<?>);
            assertTrue(c.isValid(2), "isValid once the link is back");
        }
    }

    /**
     * A read whose TCP connection is reset after the request left the client: reads are
     * idempotent, so the driver retries on a new connection instead of failing the statement.
     */
    @Test
    void aReadWhoseConnectionWasResetIsRetriedTransparently() throws Exception {
        try (Connection c = server.connect()) {
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (1, 1)");
            server.relay().blackHole(FaultRelay.Direction.TO_SERVER);
            Future<Outcome<Map<Long, Long>>> read = Outcome.start("read-on-reset", () -> amounts(c, TABLE));
            Poll.until(CLEANUP, "the read is held in the relay", () -> server.relay().heldChunks() > 0);
            server.relay().down();
            server.relay().restore();
            server.relay().up();
            Outcome<Map<Long, Long>> outcome = Outcome.await(read, CLEANUP);
            assertEquals(new Outcome.Returned<>(Map.of(1L, 1L)), outcome, "the read was retried");
        }
    }

    /** Pool over a server that prunes idle sessions after 5 s and ends leases after 30 min (server time). */
    private HikariDataSource pool(RelayedServer target) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.url());
        config.setDataSourceProperties(RelayedServer.baseProperties());
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        config.setPoolName("faults-pool");
        return new HikariDataSource(config);
    }

    @Test
    void aPoolKeepsItsConnectionThroughSessionLossTheDriverRecoveredFrom() throws Exception {
        try (RelayedServer pruning = RelayedServer.start(b -> b.idlePruneMs(5_000));
             HikariDataSource pool = pool(pruning)) {
            try (Connection setup = pruning.connectDirect()) {
                Jdbc.createAmountsTable(setup, "faults", "t");
            }
            KalamConnection physical;
            try (Connection c = pool.getConnection()) {
                physical = c.unwrap(KalamConnection.class);
                exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (1, 1)");
            }
            pruning.clock().advance(Duration.ofSeconds(6)); // idle pruning
            try (Connection c = pool.getConnection()) {
                assertEquals(List.of(1L), ids(c, TABLE));
                exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (2, 2)");
                assertSame(physical, c.unwrap(KalamConnection.class), "the pool kept its connection");
                assertTrue(c.isValid(2));
            }
            pruning.clock().advance(Duration.ofMinutes(31)); // lease expiry
            try (Connection c = pool.getConnection()) {
                exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (3, 3)");
                assertEquals(List.of(1L, 2L, 3L), ids(c, TABLE));
                assertSame(physical, c.unwrap(KalamConnection.class), "the pool kept its connection");
            }
            assertEquals(1, pool.getHikariPoolMXBean().getTotalConnections());
        }
    }

    @Test
    void aPoolKeepsItsConnectionThroughALinkResetBetweenBorrows() throws Exception {
        try (HikariDataSource pool = pool(server)) {
            KalamConnection physical;
            try (Connection c = pool.getConnection()) {
                physical = c.unwrap(KalamConnection.class);
                exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (1, 1)");
            }
            for (long id = 2; id <= 4; id++) {
                server.relay().down();
                server.relay().up();
                try (Connection c = pool.getConnection()) {
                    // A read first: after a reset it is retried, never surfaced to the pool.
                    assertEquals(id - 1, ids(c, TABLE).size());
                    exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (" + id + ", " + id + ")");
                    assertSame(physical, c.unwrap(KalamConnection.class), "the pool kept its connection");
                }
            }
            assertEquals(1, pool.getHikariPoolMXBean().getTotalConnections());
            assertEquals(List.of(1L, 2L, 3L, 4L), ids(observer, TABLE));
        }
    }
}
