package org.kalamdb.jdbc.conformance.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.amounts;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.describe;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.exec;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.ids;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.rowCount;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.scalarLong;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Concurrency: one Connection shared by several threads (statements are serialised by the
 * connection, as KalamConnection documents), parallel transactions with read-modify-write
 * updates, commit racing rollback and close, and parallel ingestion into one table.
 */
@Timeout(120)
class ConcurrencyTest extends RelayedAmountsTable {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Duration CLEANUP = Duration.ofSeconds(10);

    private ExecutorService pool;

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterEach
    void stopPool() throws Exception {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS), "worker threads ended");
    }

    /** A task of a worker thread. */
    @FunctionalInterface
    private interface Work {
        void run(int worker) throws Exception;
    }

    /** Runs {@code work} on {@code n} threads released together; rethrows the first failure. */
    private void parallel(int n, Work work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int worker = i;
            running.add(pool.submit(() -> {
                start.await();
                work.run(worker);
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Test
    void oneConnectionIsSafeToShareBetweenThreads() throws Exception {
        try (Connection shared = server.connect()) {
            int threads = 4;
            int perThread = 25;
            parallel(threads, worker -> {
                for (int i = 0; i < perThread; i++) {
                    long id = worker * 1_000L + i;
                    exec(shared, "INSERT INTO " + TABLE + " (id, amount) VALUES (" + id + ", " + i + ")");
                    assertEquals(i, scalarLong(shared, "SELECT amount FROM " + TABLE + " WHERE id = " + id));
                }
            });
            assertEquals(threads * perThread, ids(observer, TABLE).size());
        }
    }

    @Test
    void sixParallelTransactionsEndWithExactlyTheExpectedTotals() throws Exception {
        int transactions = 6;
        int rowsEach = 5;
        int updatesEach = 8;
        Map<Long, Long> expected = new TreeMap<>();
        for (int t = 0; t < transactions; t++) {
            for (int r = 0; r < rowsEach; r++) {
                long id = t * 100L + r;
                long amount = r;
                for (int u = 0; u < updatesEach; u++) {
                    if (u % rowsEach == r) {
                        amount += t + u + 1;
                    }
                }
                expected.put(id, amount);
            }
        }
        parallel(transactions, t -> {
            try (Connection c = server.connect()) {
                c.setAutoCommit(false);
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + TABLE + " (id, amount) VALUES (?, ?)");
                     PreparedStatement upd = c.prepareStatement("UPDATE " + TABLE
                             + " SET amount = amount + ? WHERE id = ?")) {
                    for (int r = 0; r < rowsEach; r++) {
                        ins.setLong(1, t * 100L + r);
                        ins.setLong(2, r);
                        assertEquals(1, ins.executeUpdate());
                    }
                    for (int u = 0; u < updatesEach; u++) {
                        upd.setLong(1, t + u + 1);
                        upd.setLong(2, t * 100L + u % rowsEach);
                        assertEquals(1, upd.executeUpdate());
                    }
                }
                c.commit();
            }
        });
        assertEquals(expected, amounts(observer, TABLE));
        assertEquals(List.of(), server.transactions(), "no transaction left on the server");
    }

    @Test
    void commitRacingRollbackLeavesAllOrNothingAndNoServerState() throws Exception {
        for (int round = 0; round < 10; round++) {
            long base = round * 10L;
            Connection c = server.connect();
            String session = server.sessionId(c);
            c.setAutoCommit(false);
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (" + base + ", 1)");
            exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (" + (base + 1) + ", 1)");
            assertEquals(2, rowCount(c, "SELECT id FROM " + TABLE + " WHERE id >= " + base));

            List<Outcome<Void>> outcomes = Collections.synchronizedList(new ArrayList<>());
            parallel(2, worker -> outcomes.add(Outcome.of(() -> {
                if (worker == 0) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return null;
            })));
            for (Outcome<Void> o : outcomes) {
                if (o instanceof Outcome.Failed<Void> f) {
                    throw new AssertionError("commit and rollback racing must both end cleanly: "
                            + describe(f.exception()), f.exception());
                }
            }
            long visible = rowCount(observer, "SELECT id FROM " + TABLE + " WHERE id >= " + base);
            assertTrue(visible == 0 || visible == 2, "all or nothing, saw " + visible);
            assertTrue(server.transactionOf(session).isEmpty(), "no transaction left after the race");
            c.close();
            server.awaitNoServerState(session, CLEANUP);
        }
    }

    @Test
    void commitRacingCloseLeavesAllOrNothingAndNoServerState() throws Exception {
        for (int round = 0; round < 10; round++) {
            Outcome<?> commit = commitRacingClose(round * 10L);
            long visible = rowCount(observer, "SELECT id FROM " + TABLE + " WHERE id >= " + round * 10L);
            assertTrue(visible == 0 || visible == 2, "all or nothing, saw " + visible);
            if (commit instanceof Outcome.Returned<?>) {
                assertEquals(2, visible, "a commit that returned normally is durable");
            }
        }
    }

    @Test
    void aCommitCutOffByCloseAfterItCommittedIsReportedInDoubt() throws Exception {
        for (int round = 0; round < 20; round++) {
            Outcome<?> commit = commitRacingClose(round * 10L);
            long visible = rowCount(observer, "SELECT id FROM " + TABLE + " WHERE id >= " + round * 10L);
            if (commit instanceof Outcome.Failed<?> failed && visible == 2) {
                assertEquals("08007", failed.exception().getSQLState(), () -> "the commit reached the server, so "
                        + "its failure must be reported as in doubt: " + describe(failed.exception()));
            }
        }
    }

    /** A transaction with two rows; one thread commits while another closes the connection. */
    private Outcome<?> commitRacingClose(long base) throws Exception {
        Connection c = server.connect();
        String session = server.sessionId(c);
        c.setAutoCommit(false);
        exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (" + base + ", 1)");
        exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (" + (base + 1) + ", 1)");
        assertEquals(2, rowCount(c, "SELECT id FROM " + TABLE + " WHERE id >= " + base));
        Outcome<?>[] commit = new Outcome<?>[1];
        parallel(2, worker -> {
            if (worker == 0) {
                commit[0] = Outcome.of(() -> {
                    c.commit();
                    return null;
                });
            } else {
                c.close();
            }
        });
        server.awaitNoServerState(session, CLEANUP);
        return commit[0];
    }

    @Test
    void eightConnectionsIngestingIntoOneTableLoseNothing() throws Exception {
        int connections = 8;
        int batches = 5;
        int rowsPerBatch = 40;
        parallel(connections, worker -> {
            try (Connection c = server.connect();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (id, amount) VALUES (?, ?)")) {
                for (int b = 0; b < batches; b++) {
                    for (int r = 0; r < rowsPerBatch; r++) {
                        long id = (long) worker * 100_000 + b * 1_000L + r;
                        ps.setLong(1, id);
                        ps.setLong(2, worker);
                        ps.addBatch();
                    }
                    assertEquals(rowsPerBatch, ps.executeBatch().length);
                    // Single-row statements interleave with the batches of the other connections.
                    long single = (long) worker * 100_000 + 99_000 + b;
                    exec(c, "INSERT INTO " + TABLE + " (id, amount) VALUES (" + single + ", " + worker + ")");
                }
            }
        });
        int perConnection = batches * (rowsPerBatch + 1);
        assertEquals((long) connections * perConnection, rowCount(observer, "SELECT id FROM " + TABLE));
        for (int w = 0; w < connections; w++) {
            assertEquals(perConnection, rowCount(observer, "SELECT id FROM " + TABLE
                    + " WHERE amount = " + w), "rows of connection " + w);
        }
    }
}
