package org.kalamdb.jdbc.types.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.ValueConversionException;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.RecordBatchBuilder;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * The conversion matrix: column (type and stored value) × getter → value or SQLState. Every row is
 * written out; a row whose expectation is {@code state("...")} expects a ValueConversionException.
 */
class ConversionMatrixTest {

    private record Column(Field field, Object value) {
    }

    private record State(String sqlState) {
    }

    private static State state(String sqlState) {
        return new State(sqlState);
    }

    private static final UUID UID = UUID.fromString("0190f3a2-b4c5-7d8e-9f00-112233445566");
    private static final Instant INSTANT = Instant.parse("2024-01-31T12:34:56.123456Z");
    private static final LocalDateTime WALL = LocalDateTime.parse("2024-01-31T12:34:56.123456");
    private static final Calendar TOKYO = Calendar.getInstance(TimeZone.getTimeZone("Asia/Tokyo"));

    private static Column kalam(KalamType type, Object value) {
        return new Column(type.toArrowField("c", true, false), value);
    }

    private static final Map<String, Column> COLUMNS = Map.ofEntries(
            Map.entry("BOOLEAN true", kalam(KalamType.BOOLEAN, true)),
            Map.entry("BOOLEAN false", kalam(KalamType.BOOLEAN, false)),
            Map.entry("SMALLINT 7", kalam(KalamType.SMALLINT, 7)),
            Map.entry("INT 42", kalam(KalamType.INT, 42)),
            Map.entry("INT 1", kalam(KalamType.INT, 1)),
            Map.entry("INT 300", kalam(KalamType.INT, 300)),
            Map.entry("INT -40000", kalam(KalamType.INT, -40_000)),
            Map.entry("INT null", kalam(KalamType.INT, null)),
            Map.entry("BIGINT 42", kalam(KalamType.BIGINT, 42L)),
            Map.entry("BIGINT 5e9", kalam(KalamType.BIGINT, 5_000_000_000L)),
            Map.entry("BIGINT max", kalam(KalamType.BIGINT, Long.MAX_VALUE)),
            Map.entry("FLOAT 1.5", kalam(KalamType.FLOAT, 1.5f)),
            Map.entry("FLOAT 0.1", kalam(KalamType.FLOAT, 0.1f)),
            Map.entry("DOUBLE 2.75", kalam(KalamType.DOUBLE, 2.75)),
            Map.entry("DOUBLE -1.9", kalam(KalamType.DOUBLE, -1.9)),
            Map.entry("DOUBLE 1e300", kalam(KalamType.DOUBLE, 1e300)),
            Map.entry("DOUBLE NaN", kalam(KalamType.DOUBLE, Double.NaN)),
            Map.entry("DECIMAL 123.45", kalam(KalamType.decimal(10, 2), new BigDecimal("123.45"))),
            Map.entry("DECIMAL 1.00", kalam(KalamType.decimal(10, 2), new BigDecimal("1.00"))),
            Map.entry("TEXT hello", kalam(KalamType.TEXT, "hello")),
            Map.entry("TEXT 12", kalam(KalamType.TEXT, " 12 ")),
            Map.entry("TEXT 1.9", kalam(KalamType.TEXT, "1.9")),
            Map.entry("TEXT 99999999999", kalam(KalamType.TEXT, "99999999999")),
            Map.entry("TEXT yes", kalam(KalamType.TEXT, "yes")),
            Map.entry("TEXT date", kalam(KalamType.TEXT, "2024-01-31")),
            Map.entry("TEXT time", kalam(KalamType.TEXT, "12:34:56.5")),
            Map.entry("TEXT timestamp", kalam(KalamType.TEXT, "2024-01-31 12:34:56.123456")),
            Map.entry("TEXT timestamptz", kalam(KalamType.TEXT, "2024-01-31T14:34:56.123456+02:00")),
            Map.entry("TEXT uuid", kalam(KalamType.TEXT, UID.toString().toUpperCase())),
            Map.entry("TEXT vector", kalam(KalamType.TEXT, "[0.5, 1]")),
            Map.entry("JSON", kalam(KalamType.JSON, "{\"a\":[1,2]}")),
            Map.entry("FILE", kalam(KalamType.FILE, "{\"id\":\"f1\",\"name\":\"a.txt\"}")),
            Map.entry("BYTES", kalam(KalamType.BYTES, new byte[] {1, 2, (byte) 255})),
            Map.entry("UUID", kalam(KalamType.UUID, UID)),
            Map.entry("DATE", kalam(KalamType.DATE, LocalDate.of(2024, 1, 31))),
            Map.entry("TIME", kalam(KalamType.TIME, LocalTime.parse("12:34:56.123456"))),
            Map.entry("TIMESTAMP", kalam(KalamType.TIMESTAMP, WALL)),
            Map.entry("DATETIME", kalam(KalamType.DATETIME, INSTANT)),
            Map.entry("EMBEDDING", kalam(KalamType.embedding(3), new float[] {0.1f, 0.2f, 0.3f})),
            Map.entry("UINT64 max", new Column(Field.of("c", ArrowType.UINT64, true), new BigInteger("18446744073709551615"))),
            Map.entry("INT8 -3", new Column(Field.of("c", ArrowType.INT8, true), -3)),
            Map.entry("TIMESTAMP(ms, Europe/Paris)", new Column(Field.of("c",
                    new ArrowType.Timestamp(ArrowType.TimeUnit.MILLISECOND, "Europe/Paris"), true),
                    Instant.parse("2024-07-01T10:00:00Z"))));

    static Stream<Arguments> matrix() {
        return Stream.of(
                // BOOLEAN
                row("BOOLEAN true", "getString", "true"),
                row("BOOLEAN true", "getBoolean", true),
                row("BOOLEAN false", "getInt", 0),
                row("BOOLEAN true", "getLong", 1L),
                row("BOOLEAN true", "getBigDecimal", BigDecimal.ONE),
                row("BOOLEAN true", "getObject", true),
                row("BOOLEAN true", "getDate", state("22018")),
                row("BOOLEAN true", "getBytes", state("22018")),
                row("BOOLEAN true", "getObject(UUID)", state("22018")),
                // SMALLINT / INT / BIGINT
                row("SMALLINT 7", "getObject", 7),
                row("SMALLINT 7", "getShort", (short) 7),
                row("INT 42", "getString", "42"),
                row("INT 42", "getByte", (byte) 42),
                row("INT 300", "getByte", state("22003")),
                row("INT -40000", "getShort", state("22003")),
                row("INT 42", "getInt", 42),
                row("INT 42", "getLong", 42L),
                row("INT 42", "getFloat", 42f),
                row("INT 42", "getDouble", 42d),
                row("INT 42", "getBigDecimal", new BigDecimal(42)),
                row("INT 42", "getObject", 42),
                row("INT 42", "getObject(Long)", 42L),
                row("INT 42", "getObject(BigInteger)", BigInteger.valueOf(42)),
                row("INT 42", "getObject(String)", "42"),
                row("INT 1", "getBoolean", true),
                row("INT 42", "getBoolean", state("22018")),
                row("INT 42", "getTimestamp", state("22018")),
                row("INT 42", "getBytes", state("22018")),
                row("INT 42", "getObject(LocalDate)", state("22018")),
                row("BIGINT 42", "getObject", 42L),
                row("BIGINT 42", "getInt", 42),
                row("BIGINT 5e9", "getInt", state("22003")),
                row("BIGINT 5e9", "getObject(Integer)", state("22003")),
                row("BIGINT 5e9", "getLong", 5_000_000_000L),
                row("BIGINT max", "getString", "9223372036854775807"),
                row("BIGINT max", "getDouble", 9.223372036854776E18),
                row("UINT64 max", "getObject", new BigInteger("18446744073709551615")),
                row("UINT64 max", "getString", "18446744073709551615"),
                row("UINT64 max", "getLong", state("22003")),
                row("INT8 -3", "getObject", -3),
                row("INT8 -3", "getByte", (byte) -3),
                // NULL slot: JDBC defaults
                row("INT null", "getInt", 0),
                row("INT null", "getBoolean", false),
                row("INT null", "getString", null),
                row("INT null", "getObject", null),
                row("INT null", "getObject(Integer)", null),
                row("INT null", "getBigDecimal", null),
                row("INT null", "getTimestamp", null),
                row("INT null", "isNull", true),
                row("INT 42", "isNull", false),
                // FLOAT / DOUBLE
                row("FLOAT 1.5", "getObject", 1.5f),
                row("FLOAT 0.1", "getString", "0.1"),
                row("FLOAT 0.1", "getBigDecimal", new BigDecimal("0.1")),
                row("FLOAT 0.1", "getDouble", (double) 0.1f),
                row("FLOAT 1.5", "getInt", 1),
                row("DOUBLE 2.75", "getObject", 2.75),
                row("DOUBLE 2.75", "getFloat", 2.75f),
                row("DOUBLE 2.75", "getString", "2.75"),
                row("DOUBLE -1.9", "getInt", -1),
                row("DOUBLE -1.9", "getBigDecimal", new BigDecimal("-1.9")),
                row("DOUBLE 1e300", "getFloat", state("22003")),
                row("DOUBLE 1e300", "getLong", state("22003")),
                row("DOUBLE NaN", "getString", "NaN"),
                row("DOUBLE NaN", "getInt", state("22003")),
                row("DOUBLE NaN", "getBigDecimal", state("22003")),
                row("DOUBLE 2.75", "getBoolean", state("22018")),
                row("DOUBLE 2.75", "getDate", state("22018")),
                // DECIMAL
                row("DECIMAL 123.45", "getBigDecimal", new BigDecimal("123.45")),
                row("DECIMAL 123.45", "getString", "123.45"),
                row("DECIMAL 123.45", "getInt", 123),
                row("DECIMAL 123.45", "getDouble", 123.45),
                row("DECIMAL 123.45", "getObject", new BigDecimal("123.45")),
                row("DECIMAL 1.00", "getBoolean", true),
                row("DECIMAL 123.45", "getBoolean", state("22018")),
                row("DECIMAL 123.45", "getTime", state("22018")),
                // TEXT: parsed like a PostgreSQL cast
                row("TEXT hello", "getString", "hello"),
                row("TEXT hello", "getObject", "hello"),
                row("TEXT hello", "getBytes", "hello".getBytes(StandardCharsets.UTF_8)),
                row("TEXT hello", "getInt", state("22018")),
                row("TEXT hello", "getBoolean", state("22018")),
                row("TEXT hello", "getDate", state("22018")),
                row("TEXT hello", "getObject(UUID)", state("22018")),
                row("TEXT 12", "getInt", 12),
                row("TEXT 12", "getBigDecimal", new BigDecimal("12")),
                row("TEXT 12", "getDouble", 12d),
                row("TEXT 1.9", "getInt", 1),
                row("TEXT 99999999999", "getInt", state("22003")),
                row("TEXT 99999999999", "getLong", 99_999_999_999L),
                row("TEXT yes", "getBoolean", true),
                row("TEXT date", "getDate", Date.valueOf("2024-01-31")),
                row("TEXT date", "getObject(LocalDate)", LocalDate.of(2024, 1, 31)),
                row("TEXT time", "getObject(LocalTime)", LocalTime.of(12, 34, 56, 500_000_000)),
                row("TEXT timestamp", "getTimestamp", Timestamp.valueOf(WALL)),
                row("TEXT timestamp", "getObject(LocalDateTime)", WALL),
                row("TEXT timestamptz", "getObject(OffsetDateTime)",
                        OffsetDateTime.of(2024, 1, 31, 14, 34, 56, 123_456_000, ZoneOffset.ofHours(2))),
                row("TEXT timestamptz", "getObject(Instant)", INSTANT),
                row("TEXT uuid", "getObject(UUID)", UID),
                row("TEXT vector", "getObject(float[])", new float[] {0.5f, 1f}),
                row("JSON", "getString", "{\"a\":[1,2]}"),
                row("JSON", "getObject", "{\"a\":[1,2]}"),
                row("FILE", "getString", "{\"id\":\"f1\",\"name\":\"a.txt\"}"),
                row("JSON", "getCharacterStream", "{\"a\":[1,2]}"),
                row("JSON", "getAsciiStream", "{\"a\":[1,2]}"),
                // BYTES
                row("BYTES", "getBytes", new byte[] {1, 2, (byte) 255}),
                row("BYTES", "getObject", new byte[] {1, 2, (byte) 255}),
                row("BYTES", "getString", "\\x0102ff"),
                row("BYTES", "getBinaryStream", new byte[] {1, 2, (byte) 255}),
                row("BYTES", "getInt", state("22018")),
                row("BYTES", "getObject(UUID)", state("22018")),
                // UUID
                row("UUID", "getObject", UID),
                row("UUID", "getString", "0190f3a2-b4c5-7d8e-9f00-112233445566"),
                row("UUID", "getObject(UUID)", UID),
                row("UUID", "getBytes", new byte[] {0x01, (byte) 0x90, (byte) 0xf3, (byte) 0xa2, (byte) 0xb4,
                        (byte) 0xc5, 0x7d, (byte) 0x8e, (byte) 0x9f, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66}),
                row("UUID", "getLong", state("22018")),
                // DATE
                row("DATE", "getDate", Date.valueOf("2024-01-31")),
                row("DATE", "getObject", Date.valueOf("2024-01-31")),
                row("DATE", "getString", "2024-01-31"),
                row("DATE", "getObject(LocalDate)", LocalDate.of(2024, 1, 31)),
                row("DATE", "getTimestamp", Timestamp.valueOf("2024-01-31 00:00:00")),
                row("DATE", "getDate(Tokyo)", new Date(Instant.parse("2024-01-30T15:00:00Z").toEpochMilli())),
                row("DATE", "getTime", state("22018")),
                row("DATE", "getInt", state("22018")),
                // TIME
                row("TIME", "getString", "12:34:56.123456"),
                row("TIME", "getObject(LocalTime)", LocalTime.parse("12:34:56.123456")),
                row("TIME", "getTime", new Time(LocalTime.parse("12:34:56.123").atDate(LocalDate.of(1970, 1, 1))
                        .atZone(ZoneId.systemDefault()).toInstant().toEpochMilli())),
                row("TIME", "getTime(Tokyo)", new Time(Instant.parse("1970-01-01T03:34:56.123Z").toEpochMilli())),
                row("TIME", "getDate", state("22018")),
                row("TIME", "getTimestamp", state("22018")),
                // TIMESTAMP: a wall clock
                row("TIMESTAMP", "getString", "2024-01-31 12:34:56.123456"),
                row("TIMESTAMP", "getTimestamp", Timestamp.valueOf(WALL)),
                row("TIMESTAMP", "getObject", Timestamp.valueOf(WALL)),
                row("TIMESTAMP", "getTimestamp(Tokyo)", Timestamp.from(Instant.parse("2024-01-31T03:34:56.123456Z"))),
                row("TIMESTAMP", "getObject(LocalDateTime)", WALL),
                row("TIMESTAMP", "getObject(LocalDate)", LocalDate.of(2024, 1, 31)),
                row("TIMESTAMP", "getObject(LocalTime)", LocalTime.parse("12:34:56.123456")),
                row("TIMESTAMP", "getObject(Instant)", INSTANT),
                row("TIMESTAMP", "getObject(OffsetDateTime)", WALL.atOffset(ZoneOffset.UTC)),
                row("TIMESTAMP", "getDate", Date.valueOf("2024-01-31")),
                row("TIMESTAMP", "getInt", state("22018")),
                // DATETIME: an instant
                row("DATETIME", "getString", "2024-01-31 12:34:56.123456+00"),
                row("DATETIME", "getTimestamp", Timestamp.from(INSTANT)),
                row("DATETIME", "getTimestamp(Tokyo)", Timestamp.from(INSTANT)),
                row("DATETIME", "getObject", INSTANT.atOffset(ZoneOffset.UTC)),
                row("DATETIME", "getObject(Instant)", INSTANT),
                row("DATETIME", "getObject(OffsetDateTime)", INSTANT.atOffset(ZoneOffset.UTC)),
                row("DATETIME", "getObject(LocalDateTime)", LocalDateTime.ofInstant(INSTANT, ZoneId.systemDefault())),
                row("DATETIME", "getDate(Tokyo)", new Date(Instant.parse("2024-01-30T15:00:00Z").toEpochMilli())),
                row("DATETIME", "getLong", state("22018")),
                row("TIMESTAMP(ms, Europe/Paris)", "getString", "2024-07-01 12:00:00+02"),
                row("TIMESTAMP(ms, Europe/Paris)", "getObject",
                        OffsetDateTime.parse("2024-07-01T12:00:00+02:00")),
                // EMBEDDING
                row("EMBEDDING", "getObject", new float[] {0.1f, 0.2f, 0.3f}),
                row("EMBEDDING", "getString", "[0.1,0.2,0.3]"),
                row("EMBEDDING", "getObject(float[])", new float[] {0.1f, 0.2f, 0.3f}),
                row("EMBEDDING", "getInt", state("22018")),
                row("EMBEDDING", "getBytes", state("22018")));
    }

    private static Arguments row(String column, String getter, Object expected) {
        return Arguments.of(column, getter, expected);
    }

    @ParameterizedTest(name = "{0} × {1} → {2}")
    @MethodSource("matrix")
    void conversion(String columnName, String getter, Object expected) throws IOException {
        Column column = COLUMNS.get(columnName);
        ColumnVector vector = new RecordBatchBuilder(new Schema(java.util.List.of(column.field())))
                .appendRow(column.value()).build().column(0);
        ColumnAccessor accessor = Accessors.forField(column.field());
        if (expected instanceof State s) {
            ValueConversionException e = assertThrows(ValueConversionException.class,
                    () -> call(accessor, vector, getter));
            assertEquals(s.sqlState(), e.sqlState(), e.getMessage());
            return;
        }
        Object actual = call(accessor, vector, getter);
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

    private static Object call(ColumnAccessor a, ColumnVector v, String getter) throws IOException {
        return switch (getter) {
            case "isNull" -> a.isNull(v, 0);
            case "getString" -> a.getString(v, 0);
            case "getBoolean" -> a.getBoolean(v, 0);
            case "getByte" -> a.getByte(v, 0);
            case "getShort" -> a.getShort(v, 0);
            case "getInt" -> a.getInt(v, 0);
            case "getLong" -> a.getLong(v, 0);
            case "getFloat" -> a.getFloat(v, 0);
            case "getDouble" -> a.getDouble(v, 0);
            case "getBigDecimal" -> a.getBigDecimal(v, 0);
            case "getBytes" -> a.getBytes(v, 0);
            case "getDate" -> a.getDate(v, 0, null);
            case "getDate(Tokyo)" -> a.getDate(v, 0, TOKYO);
            case "getTime" -> a.getTime(v, 0, null);
            case "getTime(Tokyo)" -> a.getTime(v, 0, TOKYO);
            case "getTimestamp" -> a.getTimestamp(v, 0, null);
            case "getTimestamp(Tokyo)" -> a.getTimestamp(v, 0, TOKYO);
            case "getObject" -> a.getObject(v, 0);
            case "getObject(String)" -> a.getObject(v, 0, String.class);
            case "getObject(Integer)" -> a.getObject(v, 0, Integer.class);
            case "getObject(Long)" -> a.getObject(v, 0, Long.class);
            case "getObject(BigInteger)" -> a.getObject(v, 0, BigInteger.class);
            case "getObject(LocalDate)" -> a.getObject(v, 0, LocalDate.class);
            case "getObject(LocalTime)" -> a.getObject(v, 0, LocalTime.class);
            case "getObject(LocalDateTime)" -> a.getObject(v, 0, LocalDateTime.class);
            case "getObject(OffsetDateTime)" -> a.getObject(v, 0, OffsetDateTime.class);
            case "getObject(Instant)" -> a.getObject(v, 0, Instant.class);
            case "getObject(UUID)" -> a.getObject(v, 0, UUID.class);
            case "getObject(float[])" -> a.getObject(v, 0, float[].class);
            case "getAsciiStream" -> read(a.getAsciiStream(v, 0));
            case "getBinaryStream" -> a.getBinaryStream(v, 0).readAllBytes();
            case "getCharacterStream" -> read(a.getCharacterStream(v, 0));
            default -> throw new IllegalArgumentException(getter);
        };
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }

    private static String read(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[64];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }
}
