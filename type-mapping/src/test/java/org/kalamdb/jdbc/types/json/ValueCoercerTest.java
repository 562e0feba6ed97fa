package org.kalamdb.jdbc.types.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.ValueConversionException;

/** The coercion table: (JDBC value, column type) → canonical value or SQLState, every row written out. */
class ValueCoercerTest {

    private record State(String sqlState) {
    }

    private static State state(String s) {
        return new State(s);
    }

    private static final UUID UID = UUID.fromString("0190f3a2-b4c5-7d8e-9f00-112233445566");
    private static final KalamType DEC = KalamType.decimal(6, 2);
    private static final KalamType EMB = KalamType.embedding(2);
    private static final long TS = 1_700_000_000_123_456L;    // 2023-11-14T22:13:20.123456Z

    static Stream<Arguments> table() {
        return Stream.of(
                // BOOLEAN
                row(true, KalamType.BOOLEAN, true),
                row("t", KalamType.BOOLEAN, true),
                row(" YES ", KalamType.BOOLEAN, true),
                row("off", KalamType.BOOLEAN, false),
                row("0", KalamType.BOOLEAN, false),
                row(1, KalamType.BOOLEAN, true),
                row(0L, KalamType.BOOLEAN, false),
                row("maybe", KalamType.BOOLEAN, state("22P02")),
                row(1.0, KalamType.BOOLEAN, state("22018")),
                row(LocalDate.EPOCH, KalamType.BOOLEAN, state("22018")),
                // integers
                row(7, KalamType.SMALLINT, (short) 7),
                row(32_768, KalamType.SMALLINT, state("22003")),
                row("12", KalamType.INT, 12),
                row("+12", KalamType.INT, 12),
                row("1.5", KalamType.INT, state("22P02")),
                row("", KalamType.INT, state("22P02")),
                row("99999999999", KalamType.INT, state("22003")),
                row("99999999999999999999", KalamType.BIGINT, state("22003")),
                row(2.5, KalamType.INT, 2),
                row(3.5, KalamType.INT, 4),
                row(new BigDecimal("2.5"), KalamType.INT, 3),
                row(new BigDecimal("-2.5"), KalamType.INT, -3),
                row(Double.NaN, KalamType.INT, state("22003")),
                row(1e19, KalamType.BIGINT, state("22003")),
                row(BigInteger.TWO.pow(63), KalamType.BIGINT, state("22003")),
                row(Long.MIN_VALUE, KalamType.BIGINT, Long.MIN_VALUE),
                row(true, KalamType.INT, 1),
                row((byte) 5, KalamType.BIGINT, 5L),
                row(UID, KalamType.BIGINT, state("22018")),
                row(new byte[] {1}, KalamType.INT, state("22018")),
                // floating point
                row(1.5, KalamType.FLOAT, 1.5f),
                row(1e39, KalamType.FLOAT, state("22003")),
                row(Double.POSITIVE_INFINITY, KalamType.FLOAT, Float.POSITIVE_INFINITY),
                row("NaN", KalamType.DOUBLE, Double.NaN),
                row("-inf", KalamType.DOUBLE, Double.NEGATIVE_INFINITY),
                row("1e3", KalamType.DOUBLE, 1000.0),
                row("1.5d", KalamType.DOUBLE, state("22P02")),
                row(7L, KalamType.DOUBLE, 7.0),
                row(new BigDecimal("0.1"), KalamType.DOUBLE, 0.1),
                row(LocalTime.NOON, KalamType.DOUBLE, state("22018")),
                // DECIMAL(6, 2)
                row(new BigDecimal("1234.5"), DEC, new BigDecimal("1234.50")),
                row(new BigDecimal("1.005"), DEC, new BigDecimal("1.01")),
                row(12L, DEC, new BigDecimal("12.00")),
                row(0.1, DEC, new BigDecimal("0.10")),
                row(0.1f, DEC, new BigDecimal("0.10")),
                row("  -3.14159 ", DEC, new BigDecimal("-3.14")),
                row("1e2", DEC, new BigDecimal("100.00")),
                row(new BigDecimal("9999.995"), DEC, state("22003")),
                row(10_000, DEC, state("22003")),
                row(Double.NaN, DEC, state("22003")),
                row("abc", DEC, state("22P02")),
                row(UID, DEC, state("22018")),
                // TEXT
                row("abc", KalamType.TEXT, "abc"),
                row('x', KalamType.TEXT, "x"),
                row(42, KalamType.TEXT, "42"),
                row(new BigDecimal("1E+3"), KalamType.TEXT, "1000"),
                row(true, KalamType.TEXT, "true"),
                row(UID, KalamType.TEXT, UID.toString()),
                row(LocalDate.of(2024, 1, 31), KalamType.TEXT, "2024-01-31"),
                row(LocalDateTime.parse("2024-01-31T12:00:00.5"), KalamType.TEXT, "2024-01-31 12:00:00.5"),
                row(OffsetDateTime.parse("2024-01-31T12:00:00+05:30"), KalamType.TEXT, "2024-01-31 12:00:00+05:30"),
                row(new float[] {0.5f}, KalamType.TEXT, "[0.5]"),
                row(new byte[] {1}, KalamType.TEXT, state("22018")),
                // JSON and FILE
                row("{\"a\":1}", KalamType.JSON, "{\"a\":1}"),
                row("not json at all", KalamType.JSON, "not json at all"),
                row(Map.of("a", 1), KalamType.JSON, "{\"a\":1}"),
                row(List.of(1, "x"), KalamType.JSON, "[1,\"x\"]"),
                row(3, KalamType.JSON, "3"),
                row("{\"id\":\"f\"}", KalamType.FILE, "{\"id\":\"f\"}"),
                row(Map.of("id", "f"), KalamType.FILE, "{\"id\":\"f\"}"),
                row(3, KalamType.FILE, state("22018")),
                // BYTES
                row(new byte[] {1, 2}, KalamType.BYTES, new byte[] {1, 2}),
                row(ByteBuffer.wrap(new byte[] {9, 8, 7}, 1, 2), KalamType.BYTES, new byte[] {8, 7}),
                row("\\xDEADbeef", KalamType.BYTES, new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef}),
                row("ab", KalamType.BYTES, new byte[] {'a', 'b'}),
                row("\\xZZ", KalamType.BYTES, state("22P02")),
                row(5, KalamType.BYTES, state("22018")),
                // UUID
                row(UID, KalamType.UUID, UID),
                row("{0190F3A2-B4C5-7D8E-9F00-112233445566}", KalamType.UUID, UID),
                row("0190f3a2b4c57d8e9f00112233445566", KalamType.UUID, UID),
                row("1-1-1-1-1", KalamType.UUID, state("22P02")),
                row(new byte[] {0x01, (byte) 0x90, (byte) 0xf3, (byte) 0xa2, (byte) 0xb4, (byte) 0xc5, 0x7d,
                        (byte) 0x8e, (byte) 0x9f, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66}, KalamType.UUID, UID),
                row(new byte[] {1, 2}, KalamType.UUID, state("22023")),
                row(42, KalamType.UUID, state("22018")),
                // DATE → days
                row(LocalDate.of(2024, 1, 1), KalamType.DATE, 19_723),
                row(Date.valueOf("2024-01-01"), KalamType.DATE, 19_723),
                row(Timestamp.valueOf("2024-01-01 23:59:59"), KalamType.DATE, 19_723),
                row(LocalDateTime.parse("2024-01-01T10:00"), KalamType.DATE, 19_723),
                row(Instant.parse("2024-01-01T10:00:00Z"), KalamType.DATE, 19_723),
                row("2024-01-01", KalamType.DATE, 19_723),
                row("2024-01-01 10:00:00", KalamType.DATE, 19_723),
                row("1969-12-31", KalamType.DATE, -1),
                row("2024-13-01", KalamType.DATE, state("22007")),
                row("yesterday", KalamType.DATE, state("22007")),
                row(Time.valueOf("10:00:00"), KalamType.DATE, state("22018")),
                row(19_723, KalamType.DATE, state("22018")),
                // TIME → µs since midnight
                row(LocalTime.of(12, 34, 56), KalamType.TIME, 45_296_000_000L),
                row(LocalTime.of(0, 0, 0, 1_999), KalamType.TIME, 1L),
                row("12:34:56.5", KalamType.TIME, 45_296_500_000L),
                row("12:34", KalamType.TIME, 45_240_000_000L),
                row(LocalDateTime.parse("2024-01-01T12:34:56"), KalamType.TIME, 45_296_000_000L),
                row("25:00:00", KalamType.TIME, state("22007")),
                row(LocalDate.EPOCH, KalamType.TIME, state("22018")),
                // TIMESTAMP (wall clock) → µs
                row(LocalDateTime.parse("2023-11-14T22:13:20.123456"), KalamType.TIMESTAMP, TS),
                row(LocalDateTime.parse("2023-11-14T22:13:20.123456789"), KalamType.TIMESTAMP, TS),
                row(Timestamp.valueOf("2023-11-14 22:13:20.123456"), KalamType.TIMESTAMP, TS),
                row(Instant.parse("2023-11-14T22:13:20.123456Z"), KalamType.TIMESTAMP, TS),
                row(OffsetDateTime.parse("2023-11-15T00:13:20.123456+02:00"), KalamType.TIMESTAMP, TS),
                row("2023-11-14 22:13:20.123456", KalamType.TIMESTAMP, TS),
                row("2023-11-14T22:13:20.123456", KalamType.TIMESTAMP, TS),
                row("2023-11-15 00:13:20.123456+02", KalamType.TIMESTAMP, TS),
                row(LocalDate.of(1970, 1, 2), KalamType.TIMESTAMP, 86_400_000_000L),
                row(Date.valueOf("1970-01-02"), KalamType.TIMESTAMP, 86_400_000_000L),
                row("1970-01-02", KalamType.TIMESTAMP, 86_400_000_000L),
                row("2023-11-14 25:00", KalamType.TIMESTAMP, state("22007")),
                row(TS, KalamType.TIMESTAMP, state("22018")),
                row(Time.valueOf("10:00:00"), KalamType.TIMESTAMP, state("22018")),
                // DATETIME (instant) → µs
                row(Instant.parse("2023-11-14T22:13:20.123456Z"), KalamType.DATETIME, TS),
                row(Timestamp.from(Instant.parse("2023-11-14T22:13:20.123456Z")), KalamType.DATETIME, TS),
                row(OffsetDateTime.parse("2023-11-14T17:13:20.123456-05:00"), KalamType.DATETIME, TS),
                row(Instant.parse("2023-11-14T22:13:20.123456Z").atZone(ZoneId.of("Asia/Tokyo")), KalamType.DATETIME, TS),
                row(LocalDateTime.parse("2023-11-14T22:13:20.123456"), KalamType.DATETIME, TS),
                row(new java.util.Date(1_700_000_000_123L), KalamType.DATETIME, 1_700_000_000_123_000L),
                row("2023-11-14T22:13:20.123456Z", KalamType.DATETIME, TS),
                row("2023-11-14 22:13:20.123456 UTC", KalamType.DATETIME, TS),
                row("2023-11-14 23:13:20.123456+0100", KalamType.DATETIME, TS),
                // EMBEDDING(2)
                row(new float[] {0.5f, 1f}, EMB, new float[] {0.5f, 1f}),
                row(new double[] {0.5, 1}, EMB, new float[] {0.5f, 1f}),
                row(List.of(0.5, 1), EMB, new float[] {0.5f, 1f}),
                row(new Float[] {0.5f, 1f}, EMB, new float[] {0.5f, 1f}),
                row("[0.5, 1]", EMB, new float[] {0.5f, 1f}),
                row("'[0.5,1]'", EMB, new float[] {0.5f, 1f}),
                row("[0.5]", EMB, state("22023")),
                row(new float[] {0.5f, 1f, 2f}, EMB, state("22023")),
                row(new float[] {Float.NaN, 1f}, EMB, state("22023")),
                row(new double[] {1e39, 1}, EMB, state("22003")),
                row(java.util.Arrays.asList(0.5, null), EMB, state("22023")),
                row("[0.5, x]", EMB, state("22P02")),
                row("0.5, 1", EMB, state("22P02")),
                row(42, EMB, state("22018")),
                // null is null for every type
                row(null, KalamType.INT, null),
                row(null, EMB, null));
    }

    private static Arguments row(Object value, KalamType type, Object expected) {
        return Arguments.of(value, type, expected);
    }

    @ParameterizedTest(name = "{0} into {1} → {2}")
    @MethodSource("table")
    void coerces(Object value, KalamType type, Object expected) {
        if (expected instanceof State s) {
            ValueConversionException e = assertThrows(ValueConversionException.class,
                    () -> ValueCoercer.coerce(value, type));
            assertEquals(s.sqlState(), e.sqlState(), e.getMessage());
            return;
        }
        Object actual = ValueCoercer.coerce(value, type);
        if (expected instanceof byte[] bytes) {
            assertArrayEquals(bytes, (byte[]) actual);
        } else if (expected instanceof float[] floats) {
            assertArrayEquals(floats, (float[]) actual);
        } else {
            assertEquals(expected, actual);
            if (expected != null) {
                assertEquals(expected.getClass(), actual.getClass());
            }
        }
    }
}
