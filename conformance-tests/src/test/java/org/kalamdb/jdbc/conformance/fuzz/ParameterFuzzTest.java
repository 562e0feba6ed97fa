package org.kalamdb.jdbc.conformance.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random parameter values of every Java type a caller can bind (edge values, wrong types, odd
 * strings) into INSERT, SELECT, UPDATE, DELETE, kalam_exec and batches: each execution ends in a
 * result or an SQLException with a proper SQLState, within a bounded time.
 */
@Timeout(120)
class ParameterFuzzTest {

    private static final long SEED = 0x9A2A_3E7EL;
    private static final Duration TIME_BOX = Duration.ofSeconds(8);

    private static final List<String> STATEMENTS = List.of(
            "INSERT INTO fuzz.p (id, i, b, d, s, ts, dt, dec, bin, js, u) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "INSERT INTO fuzz.t (id, s, n) VALUES (?, ?, ?)",
            "SELECT * FROM fuzz.p WHERE id = ?",
            "SELECT id FROM fuzz.p WHERE s = ? OR i > ? OR ts < ?",
            "SELECT * FROM fuzz.t WHERE s = ? AND n = ?",
            "UPDATE fuzz.p SET s = ?, d = ?, dec = ? WHERE id = ?",
            "UPDATE fuzz.t SET n = n + ? WHERE id = ?",
            "DELETE FROM fuzz.p WHERE id = ?",
            "SELECT ?, ?, ?",
            "SELECT kalam_exec(?)",
            "SELECT CAST(? AS BIGINT) + 1",
            "SELECT id FROM fuzz.t WHERE id IN (?, ?, ?) ORDER BY id LIMIT ?");

    private static final int[] SQL_TYPES = {Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.BOOLEAN, Types.DOUBLE,
        Types.REAL, Types.NUMERIC, Types.DECIMAL, Types.VARCHAR, Types.CHAR, Types.DATE, Types.TIME, Types.TIMESTAMP,
        Types.TIMESTAMP_WITH_TIMEZONE, Types.BINARY, Types.VARBINARY, Types.OTHER, Types.NULL, Types.ARRAY,
        Types.STRUCT, Types.BLOB, Types.CLOB, Types.JAVA_OBJECT, 12345};

    @Test
    void everyParameterSetEndsInAResultOrAProperSqlException() throws Exception {
        System.out.println("parameter fuzz seed " + SEED);
        Random random = new Random(SEED);
        try (MonitoredServer server = new MonitoredServer()) {
            try (Connection setup = server.connect()) {
                FuzzSchema.ensure(setup);
                FuzzSchema.seed(setup);
            }
            try (FuzzHarness harness = new FuzzHarness(SEED)) {
                Connection c = server.connect();
                long deadline = System.nanoTime() + TIME_BOX.toNanos();
                while (System.nanoTime() < deadline) {
                    String sql = STATEMENTS.get(random.nextInt(STATEMENTS.size()));
                    long inputSeed = random.nextLong();
                    Connection current = c;
                    harness.check("SQL <" + sql + "> with parameters of seed " + inputSeed,
                            () -> bindAndRun(current, sql, new Random(inputSeed)));
                    c = SqlFuzzTest.restore(c, server);
                }
                c.close();
                System.out.println("parameter fuzz: " + harness.inputs() + " inputs, outcomes " + harness.outcomes());
                harness.assertNoWrongOutcome();
                assertTrue(harness.inputs() > 20, "the fuzzer ran");
            }
            assertEquals(List.of(), server.monitor().violations());
            FuzzHarness.assertNoSessionLeft(server, 0);
        }
    }

    private static void bindAndRun(Connection c, String sql, Random random) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setQueryTimeout(5);
            int n = ps.getParameterMetaData().getParameterCount();
            boolean batch = sql.startsWith("INSERT") && random.nextInt(4) == 0;
            int sets = batch ? 1 + random.nextInt(4) : 1;
            for (int set = 0; set < sets; set++) {
                for (int i = 1; i <= n; i++) {
                    bind(ps, i, random);
                }
                if (batch) {
                    ps.addBatch();
                }
            }
            if (batch) {
                ps.executeBatch();
            } else if (ps.execute()) {
                try (ResultSet rs = ps.getResultSet()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
        }
    }

    private static void bind(PreparedStatement ps, int i, Random random) throws SQLException {
        Object value = value(random);
        switch (random.nextInt(5)) {
            case 0 -> ps.setObject(i, value, SQL_TYPES[random.nextInt(SQL_TYPES.length)]);
            case 1 -> ps.setNull(i, SQL_TYPES[random.nextInt(SQL_TYPES.length)]);
            case 2 -> ps.setString(i, String.valueOf(value));
            default -> ps.setObject(i, value);
        }
    }

    private static Object value(Random r) {
        return switch (r.nextInt(24)) {
            case 0 -> null;
            case 1 -> r.nextLong();
            case 2 -> pick(r, Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, (long) Integer.MAX_VALUE + 1);
            case 3 -> r.nextInt();
            case 4 -> (short) r.nextInt();
            case 5 -> (byte) r.nextInt();
            case 6 -> pick(r, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE,
                    Double.MAX_VALUE, 1.5);
            case 7 -> r.nextFloat();
            case 8 -> pick(r, new BigDecimal("1e400"), new BigDecimal("-0.000000000000000000001"),
                    new BigDecimal("12345678.9"), new BigDecimal("1E+5"), BigDecimal.ZERO);
            case 9 -> new BigInteger(200, r);
            case 10, 11, 12 -> string(r);
            case 13 -> bytes(r);
            case 14 -> r.nextBoolean();
            case 15 -> pick(r, Date.valueOf("0001-01-01"), Date.valueOf("9999-12-31"), Date.valueOf("1970-01-01"));
            case 16 -> pick(r, Time.valueOf("00:00:00"), Time.valueOf("23:59:59"));
            case 17 -> pick(r, Timestamp.valueOf("1900-01-01 00:00:00"), new Timestamp(Long.MAX_VALUE / 1000),
                    Timestamp.valueOf("2024-02-29 12:34:56.123456789"));
            case 18 -> pick(r, LocalDate.MIN, LocalDate.MAX, LocalDate.of(2024, 2, 29));
            case 19 -> pick(r, LocalDateTime.MIN, LocalDateTime.MAX, LocalDateTime.of(2000, 1, 1, 0, 0));
            case 20 -> pick(r, OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(14)), LocalTime.NOON,
                    Instant.EPOCH);
            case 21 -> UUID.randomUUID();
            case 22 -> (char) r.nextInt(0x10000);
            default -> pick(r, new Object(), new int[] {1, 2}, Map.of("a", 1), List.of("x"), Duration.ofDays(1));
        };
    }

    private static String string(Random r) {
        String alphabet = "aZ09 '\"\\;-/*%_?$\u0000\n\u00e9\u4e2d\uD83D\uDE00{}[]:,";
        int length = r.nextInt(8) == 0 ? 5_000 + r.nextInt(5_000) : r.nextInt(40);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        if (r.nextInt(10) == 0) {
            sb.append('\uD800'); // a lone surrogate: not valid UTF-16
        }
        return sb.toString();
    }

    private static byte[] bytes(Random r) {
        byte[] b = new byte[r.nextInt(64)];
        r.nextBytes(b);
        return b;
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }
}
