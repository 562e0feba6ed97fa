package org.kalamdb.jdbc.conformance.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.exec;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.ids;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.kalamdb.server.ServerConfig;

/**
 * The real server forgets sessions idle for 5 s (unless they hold a transaction) and ends leases
 * after 30 minutes (protocol.md 3.8). Server time is advanced instead of waited for. Outside a
 * transaction the driver re-opens the session under the same id and nothing shows; inside one,
 * the transaction survives (same session id, same transaction id).
 */
@Timeout(60)
class SessionExpiryTest {

    private static final String TABLE = "faults.t";
    private static final Duration IDLE_PRUNE = Duration.ofMillis(ServerConfig.DEFAULT_IDLE_PRUNE_MS);
    private static final Duration PAST_IDLE_PRUNE = IDLE_PRUNE.plusSeconds(1);
    private static final Duration PAST_LEASE = Duration.ofMillis(ServerConfig.DEFAULT_LEASE_MS).plusMinutes(1);

    private RelayedServer server;

    private Connection startWith(UnaryOperator<ServerConfig.Builder> config) throws Exception {
        server = RelayedServer.start(b -> config.apply(b.idlePruneMs(IDLE_PRUNE.toMillis())));
        try (Connection setup = server.connectDirect()) {
            Jdbc.createAmountsTable(setup, "faults", "t");
        }
        return server.connect();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void idlePruningIsSurvivedTransparentlyOutsideATransaction() throws Exception {
        try (Connection c = startWith(b -> b)) {
            String session = server.sessionId(c);
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (1, 1)");

            server.clock().advance(PAST_IDLE_PRUNE);
            // The connection's own next RPC prunes its entry and re-creates it unauthenticated; the
            // one after that is refused: the driver must re-open both times without a word.
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (2, 2)");
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (3, 3)");
            assertEquals(List.of(1L, 2L, 3L), ids(c, TABLE));
            assertTrue(server.hasSession(session), "re-opened under the same id");
        }
    }

    @Test
    void pruningByAnotherSessionsTrafficIsSurvived() throws Exception {
        try (Connection c = startWith(b -> b); Connection other = server.connect()) {
            String session = server.sessionId(c);
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (1, 1)");

            server.clock().advance(PAST_IDLE_PRUNE);
            exec(other, "INSERT INTO " + TABLE + " (id, amount) VALUES (2, 2)");
            assertFalse(server.hasSession(session), "the other session's traffic pruned this one");

            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (3, 3)");
            assertEquals(List.of(1L, 2L, 3L), ids(c, TABLE));
            assertTrue(server.hasSession(session));
        }
    }

    @Test
    void leaseExpiryIsSurvivedTransparentlyOutsideATransaction() throws Exception {
        try (Connection c = startWith(b -> b)) {
            String session = server.sessionId(c);
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (1, 1)");
            server.clock().advance(PAST_LEASE);
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (2, 2)");
            assertEquals(List.of(1L, 2L), ids(c, TABLE));
            assertTrue(c.isValid(2));
            assertTrue(server.hasSession(session));
        }
    }

    @Test
    void aTransactionKeepsItsSessionAndIdThroughIdlePruning() throws Exception {
        try (Connection c = startWith(b -> b); Connection other = server.connectDirect()) {
            String session = server.sessionId(c);
            c.setAutoCommit(false);
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (1, 1)");
            assertEquals(List.of(1L), ids(c, TABLE));
            String transaction = server.transactionOf(session).orElseThrow().transactionId();

            server.clock().advance(PAST_IDLE_PRUNE);
            exec(other, "INSERT INTO " + TABLE + " (id, amount) VALUES (100, 100)");
            assertTrue(server.hasSession(session), "a session holding a transaction is not pruned");

            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (2, 2)");
            assertEquals(List.of(1L, 2L), ids(c, TABLE), "read-your-writes in the same snapshot");
            assertEquals(transaction, server.transactionOf(session).orElseThrow().transactionId());
            c.commit();
            assertEquals(List.of(1L, 2L, 100L), ids(other, TABLE));
        }
    }

    @Test
    void aTransactionSurvivesLeaseExpiryUnderTheSameSessionId() throws Exception {
        // Long transaction timeout: the lease, not the transaction, is what expires here.
        try (Connection c = startWith(b -> b.transactionTimeoutSeconds(7_200))) {
            String session = server.sessionId(c);
            c.setAutoCommit(false);
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (1, 1)");
            assertEquals(List.of(1L), ids(c, TABLE));
            String transaction = server.transactionOf(session).orElseThrow().transactionId();

            server.clock().advance(PAST_LEASE);
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (2, 2)");
            assertEquals(List.of(1L, 2L), ids(c, TABLE));
            assertEquals(transaction, server.transactionOf(session).orElseThrow().transactionId(),
                    "re-opening the session kept the transaction");
            c.commit();
            c.setAutoCommit(true);
            assertEquals(List.of(1L, 2L), ids(c, TABLE));
            assertTrue(server.hasSession(session));
        }
    }
}
