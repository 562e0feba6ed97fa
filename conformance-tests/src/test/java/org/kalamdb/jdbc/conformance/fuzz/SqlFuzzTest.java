package org.kalamdb.jdbc.conformance.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random and mutated SQL, for a bounded time: every input ends in a result or an SQLException with
 * a proper SQLState — no hang, no other exception type — and afterwards no thread and no server
 * session is left behind, and no request ever carried an identifier the real server crashes on.
 */
@Timeout(180)
class SqlFuzzTest {

    private static final long SEED = 0x5EED_F022L;
    private static final Duration TIME_BOX = Duration.ofSeconds(15);
    private static final int MAX_INPUTS = 20_000;

    @Test
    void everyInputEndsInAResultOrAProperSqlException() throws Exception {
        System.out.println("SQL fuzz seed " + SEED);
        try (MonitoredServer server = new MonitoredServer()) {
            try (Connection setup = server.connect()) {
                FuzzSchema.ensure(setup);
                FuzzSchema.seed(setup);
            }
            Map<String, Integer> threadsBefore = ThreadCensus.take();
            SqlMutator mutator = new SqlMutator(new Random(SEED));
            try (FuzzHarness harness = new FuzzHarness(SEED)) {
                Connection c = server.connect();
                long deadline = System.nanoTime() + TIME_BOX.toNanos();
                while (harness.inputs() < MAX_INPUTS && System.nanoTime() < deadline) {
                    String sql = mutator.next();
                    Connection current = c;
                    harness.check("SQL <" + printable(sql) + ">", () -> runAndDrain(current, sql));
                    c = restore(c, server);
                    if (harness.inputs() % 100 == 0) {
                        FuzzSchema.ensure(c);
                    }
                }
                c.close();
                System.out.println("SQL fuzz: " + harness.inputs() + " inputs, outcomes " + harness.outcomes());
                harness.assertNoWrongOutcome();
                assertTrue(harness.inputs() > 100, "the fuzzer ran");
            }
            assertEquals(List.of(), server.monitor().violations(), "requests that would crash the real server");
            FuzzHarness.assertNoSessionLeft(server, 0);
            ThreadCensus.assertNoLeak(threadsBefore, Duration.ofSeconds(10));
        }
    }

    /** Executes {@code sql} and reads every result, as a tool would. */
    static void runAndDrain(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(5);
            boolean isResultSet = s.execute(sql);
            while (true) {
                if (isResultSet) {
                    try (ResultSet rs = s.getResultSet()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                rs.getObject(i);
                                rs.getString(i);
                            }
                        }
                    }
                } else if (s.getUpdateCount() == -1) {
                    break;
                }
                isResultSet = s.getMoreResults();
            }
            FuzzHarness.checkWarnings(c);
        }
    }

    /**
     * Back to a known state after an input: no transaction open; a connection the input broke
     * (class 08) is closed and replaced.
     */
    static Connection restore(Connection c, MonitoredServer server) throws SQLException {
        try {
            if (!c.isClosed()) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK"); // ends a BEGIN block; a warning when there is none
                }
                c.clearWarnings();
                return c;
            }
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("08")) {
                return c; // the input's own failure: the connection itself is fine
            }
        }
        c.close();
        return server.connect();
    }

    static String printable(String s) {
        return s.replace("\0", "\\0").replace("\n", "\\n");
    }
}
