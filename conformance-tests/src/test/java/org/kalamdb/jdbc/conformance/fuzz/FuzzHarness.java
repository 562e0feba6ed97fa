package org.kalamdb.jdbc.conformance.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.kalamdb.jdbc.conformance.faults.Poll;

/**
 * Runs fuzz inputs one at a time on a worker thread, each bounded in time, and judges every
 * outcome: a result, or an SQLException whose SQLState is five characters of [0-9A-Z]. Anything
 * else (another exception type, no SQLState, no end within the limit) fails the run, naming the
 * input and the seed. Counts outcomes by SQLState for the test log.
 */
final class FuzzHarness implements AutoCloseable {

    /** Long enough for any honest statement on a busy machine; a statement past it is a hang. */
    static final Duration PER_INPUT = Duration.ofSeconds(15);
    private static final Pattern SQLSTATE = Pattern.compile("[0-9A-Z]{5}");

    private final long seed;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-worker");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Integer> outcomes = new TreeMap<>();
    /** Wrong outcomes by kind (exception type and first line), with the first input that showed each. */
    private final Map<String, String> failures = new TreeMap<>();
    private int inputs;

    FuzzHarness(long seed) {
        this.seed = seed;
    }

    /** One input under test. */
    @FunctionalInterface
    interface Input {
        void run() throws SQLException;
    }

    /**
     * Runs one input and judges its outcome; {@code describe} names it in a failure. A wrong outcome
     * is recorded and the run goes on (so one run shows every kind of defect); a hang ends the run.
     */
    void check(String describe, Input input) throws InterruptedException {
        try {
            judge(describe, input);
        } catch (WrongOutcome e) {
            failures.putIfAbsent(e.kind, e.getMessage());
            outcomes.merge("WRONG", 1, Integer::sum);
        }
    }

    /** A wrong outcome of one input: {@code kind} groups inputs that fail the same way. */
    private static final class WrongOutcome extends Exception {
        private static final long serialVersionUID = 1L;
        private final String kind;

        WrongOutcome(String kind, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
        }
    }

    private static String kind(Throwable t) {
        String message = String.valueOf(t.getMessage());
        int eol = message.indexOf('\n');
        return t.getClass().getName() + ": " + (eol < 0 ? message : message.substring(0, eol))
                .replaceAll("\\d+", "#");
    }

    /** Fails with every wrong outcome seen, grouped by kind. */
    void assertNoWrongOutcome() {
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder("seed " + seed + ": " + failures.size() + " kind(s) of wrong outcome");
            failures.forEach((kind, first) -> sb.append("\n- ").append(first));
            throw new AssertionError(sb.toString());
        }
    }

    private void judge(String describe, Input input) throws InterruptedException, WrongOutcome {
        inputs++;
        Future<String> running = worker.submit(() -> {
            try {
                input.run();
                return "ok";
            } catch (SQLException e) {
                for (SQLException x = e; x != null; x = x.getNextException()) {
                    String state = x.getSQLState();
                    if (state == null || !SQLSTATE.matcher(state).matches()) {
                        throw new WrongOutcome("SQLState " + state + " " + kind(x), "no proper SQLState (" + state
                                + ") for " + describe + ": " + x, x);
                    }
                }
                return e.getSQLState();
            }
        });
        String outcome;
        try {
            outcome = running.get(PER_INPUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new AssertionError("seed " + seed + ": hang (no end within " + PER_INPUT.toSeconds() + " s) for "
                    + describe);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof WrongOutcome w) {
                throw w;
            }
            throw new WrongOutcome(kind(cause), cause + " (not an SQLException) for " + describe, cause);
        }
        outcomes.merge(outcome, 1, Integer::sum);
    }

    /** Warnings must carry proper SQLStates too. */
    static void checkWarnings(Connection c) throws SQLException {
        for (SQLWarning w = c.getWarnings(); w != null; w = w.getNextWarning()) {
            assertTrue(w.getSQLState() != null && SQLSTATE.matcher(w.getSQLState()).matches(), "warning " + w);
        }
        c.clearWarnings();
    }

    int inputs() {
        return inputs;
    }

    /** {@code SQLState -> count}, plus {@code ok}. */
    Map<String, Integer> outcomes() {
        return outcomes;
    }

    /** The server has no session left but those of {@code keep}. */
    static void assertNoSessionLeft(MonitoredServer server, int keep) throws Exception {
        Poll.until(Duration.ofSeconds(10), "sessions closed", () -> server.sessions().size() <= keep);
        assertEquals(keep, server.sessions().size(), "server sessions left: " + server.sessions());
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
