package org.kalamdb.jdbc.conformance.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.assertSqlState;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.describe;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.exec;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.ids;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server times out a transaction idle longer than {@code transaction_timeout_secs}
 * (protocol.md 7.6): the next statement reports 40001, further statements 25P02 until ROLLBACK,
 * and after it the connection works normally. Nothing of the timed-out transaction is visible.
 */
@Timeout(60)
class TransactionTimeoutTest extends RelayedAmountsTable {

    private static final int TIMEOUT_SECONDS = 1;
    /** The sweeper runs every second: a timed-out transaction is noticed within about that. */
    private static final Duration NOTICED = Duration.ofSeconds(10);


    @Override
    RelayedServer startServer() {
        return RelayedServer.start(b -> b.transactionTimeoutSeconds(TIMEOUT_SECONDS));
    }

    /** A transaction with a staged row, then idle until the server has timed it out. */
    private void timedOutTransaction(Connection c) throws Exception {
        String session = server.sessionId(c);
        c.setAutoCommit(false);
        exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (1, 1)");
        assertEquals(List.of(1L), ids(c, TABLE));
        server.clock().advance(Duration.ofSeconds(TIMEOUT_SECONDS + 1));
        Poll.until(NOTICED, "the server timed the transaction out", () -> server.transactionOf(session).isEmpty());
    }

    @Test
    void theNextStatementReports40001AndTheConnectionWorksAfterRollback() throws Exception {
        try (Connection c = server.connect()) {
            timedOutTransaction(c);

            SQLException e = assertSqlState("40001", () -> ids(c, TABLE));
            assertInstanceOf(SQLTransactionRollbackException.class, e, () -> describe(e));
            assertSqlState("25P02", () -> exec(c, "UPDATE " + TABLE + " SET amount = 5 WHERE id = 1"));

            c.rollback();
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (2, 2)");
            c.commit();
            assertEquals(List.of(2L), ids(observer, TABLE), "only the new transaction's row");
            assertEquals(List.of(2L), ids(c, TABLE));
        }
    }

    @Test
    void aCommitAfterTheTimeoutReports40001AndCommitsNothing() throws Exception {
        try (Connection c = server.connect()) {
            timedOutTransaction(c);
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (3, 3)");

            SQLException e = assertSqlState("40001", c::commit);
            assertInstanceOf(SQLTransactionRollbackException.class, e, () -> describe(e));
            assertEquals(List.of(), ids(observer, TABLE));

            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (4, 4)");
            c.commit();
            assertEquals(List.of(4L), ids(observer, TABLE));
        }
    }
}
