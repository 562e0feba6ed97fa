package org.kalamdb.jdbc.types.arrow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.kalamdb.jdbc.types.KalamType;

/** Schemas and rows of canonical values (see {@link Oracle}) covering every type, edges included. */
final class TestData {

    private TestData() {
    }

    static final Schema KALAM = new Schema(List.of(
            KalamType.BIGINT.toArrowField("id", false, true),
            KalamType.BOOLEAN.toArrowField("flag", true, false),
            KalamType.SMALLINT.toArrowField("small", true, false),
            KalamType.INT.toArrowField("num", false, false),
            KalamType.FLOAT.toArrowField("f32", true, false),
            KalamType.DOUBLE.toArrowField("f64", true, false),
            KalamType.decimal(10, 2).toArrowField("price", true, false),
            KalamType.decimal(38, 10).toArrowField("wide", true, false),
            KalamType.TEXT.toArrowField("name", true, false),
            KalamType.JSON.toArrowField("doc", true, false),
            KalamType.FILE.toArrowField("attachment", true, false),
            KalamType.BYTES.toArrowField("raw", true, false),
            KalamType.UUID.toArrowField("uid", true, false),
            KalamType.DATE.toArrowField("day", true, false),
            KalamType.TIME.toArrowField("at", true, false),
            KalamType.TIMESTAMP.toArrowField("ts", true, false),
            KalamType.DATETIME.toArrowField("dt", true, false),
            KalamType.embedding(3).toArrowField("vec", true, false)),
            Map.of("origin", "test"));

    static final Schema EXTRA = new Schema(List.of(
            Field.of("i8", ArrowType.INT8, true),
            Field.of("u8", new ArrowType.Int(8, false), true),
            Field.of("u16", new ArrowType.Int(16, false), true),
            Field.of("u32", new ArrowType.Int(32, false), true),
            Field.of("u64", ArrowType.UINT64, true),
            Field.of("half", new ArrowType.FloatingPoint(ArrowType.Precision.HALF), true),
            Field.of("lutf8", new ArrowType.LargeUtf8(), true),
            Field.of("lbin", new ArrowType.LargeBinary(), true),
            Field.of("fsb3", new ArrowType.FixedSizeBinary(3), true),
            Field.of("d64", new ArrowType.Date(ArrowType.DateUnit.MILLISECOND), true),
            Field.of("t32s", new ArrowType.Time(ArrowType.TimeUnit.SECOND, 32), true),
            Field.of("t32ms", new ArrowType.Time(ArrowType.TimeUnit.MILLISECOND, 32), true),
            Field.of("t64ns", new ArrowType.Time(ArrowType.TimeUnit.NANOSECOND, 64), true),
            Field.of("tss", new ArrowType.Timestamp(ArrowType.TimeUnit.SECOND, null), true),
            Field.of("tsms", new ArrowType.Timestamp(ArrowType.TimeUnit.MILLISECOND, "Europe/Paris"), true),
            Field.of("tsns", new ArrowType.Timestamp(ArrowType.TimeUnit.NANOSECOND, "UTC"), true),
            Field.of("dur", new ArrowType.Duration(ArrowType.TimeUnit.MICROSECOND), true),
            new Field("ints", new ArrowType.List(), true, Map.of(),
                    List.of(Field.of("item", ArrowType.INT32, true))),
            new Field("texts", new ArrowType.LargeList(), true, Map.of(),
                    List.of(Field.of("item", ArrowType.UTF8, true))),
            new Field("pair", new ArrowType.Struct(), true, Map.of("k", "v"),
                    List.of(Field.of("a", ArrowType.INT32, true), Field.of("b", ArrowType.UTF8, true))),
            Field.of("dec256", new ArrowType.Decimal(60, 5, 256), true),
            Field.of("nothing", new ArrowType.Null(), true)));

    static final Schema VIEWS = new Schema(List.of(
            Field.of("sv", new ArrowType.Utf8View(), true),
            Field.of("bv", new ArrowType.BinaryView(), true)));

    private static final List<List<Object>> KALAM_POOLS = List.of(
            longs(1, -1, 0, Long.MAX_VALUE, Long.MIN_VALUE, 1_700_000_000_000L),
            List.of(true, false),
            longs(Short.MIN_VALUE, -1, 0, 1, Short.MAX_VALUE),
            longs(Integer.MIN_VALUE, -7, 0, 42, Integer.MAX_VALUE),
            doubles(1.5, -0.25, Float.MAX_VALUE, Float.MIN_VALUE, Float.NaN, Float.NEGATIVE_INFINITY, 0.1f),
            doubles(Math.PI, -0.0, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY),
            decimals("12345678.90", "-0.01", "0.00", "99999999.99", "-99999999.99"),
            decimals("1234567890123456789012345678.0123456789", "-9999999999999999999999999999.9999999999",
                    "0.0000000000", "-0.0000000001", "9223372036854775807.0000000000"),
            List.of("", "héllo wörld", "emoji 😀 and 𝄞", "tab\tnewline\ncr\rnul\u0000", "x".repeat(300)),
            List.of("{\"a\":1}", "[1,2,3]", "{\"nested\":{\"k\":\"v\"}}", "null"),
            List.of("{\"id\":\"f1\",\"sub\":\"u\",\"name\":\"a.txt\",\"size\":3,\"mime\":\"text/plain\",\"sha256\":\"ab\"}"),
            List.of("", "00ff10", "deadbeefcafebabe0102030405060708090a0b0c0d0e0f"),
            List.of("0190f3a2b4c57d8e9f00112233445566", "00000000000000000000000000000000",
                    "ffffffffffffffffffffffffffffffff"),
            longs(-719_162, 0, 19_723, 2_932_896),
            longs(0, 45_296_000_000L, 86_399_999_999L),
            longs(0, 1_700_000_000_123_456L, -62_135_596_800_000_000L, 253_402_300_799_999_999L),
            longs(0, 1_700_000_000_123_456L, -1),
            List.of(floats(0.1f, 0.2f, 0.3f), floats(-1f, 0f, Float.MAX_VALUE), floats(1e-7f, 2.5f, -3.75f)));

    private static final List<List<Object>> EXTRA_POOLS = List.of(
            longs(Byte.MIN_VALUE, 0, Byte.MAX_VALUE),
            longs(0, 1, 255),
            longs(0, 65_535, 300),
            longs(0, 4_294_967_295L, 7),
            longs(0, -1, Long.MIN_VALUE, 12),   // UInt64 raw bits: -1 is 2^64-1
            doubles(1.5, -2.0, 65504.0, 0.00006103515625, 0.0),
            List.of("large", "", "ünïcödé"),
            List.of("", "0102", "ff"),
            List.of("000000", "abcdef", "010203"),
            longs(0, 1_700_000_000_000L, -86_400_000L),
            longs(0, 86_399, 3_600),
            longs(0, 86_399_999, 12_345),
            longs(0, 86_399_999_999_999L, 1),
            longs(0, 1_700_000_000L, -1),
            longs(0, 1_700_000_000_123L, -1),
            longs(0, 1_700_000_000_123_456_789L, Long.MIN_VALUE + 1),
            longs(0, -5_000_000, Long.MAX_VALUE),
            List.of(List.of(), Arrays.asList(1L, null, 3L), List.of((long) Integer.MIN_VALUE)),
            List.of(Arrays.asList("a", null, ""), List.of(), List.of("only")),
            List.of(Arrays.asList(1L, "one"), Arrays.asList(null, "two"), Arrays.asList(3L, null)),
            decimals("12345678901234567890123456789012345678901234567890123.45678", "-1.00000", "0.00000"),
            Arrays.asList((Object) null));

    private static final List<List<Object>> VIEW_POOLS = List.of(
            List.of("short", "", "a string longer than twelve bytes", "exactly12byt", "ünïcödé long enough text"),
            List.of("", "0102", "000102030405060708090a0b0c0d0e0f10"));

    /** Rows {@code from} (inclusive) to {@code to} (exclusive); nullable columns get nulls on a diagonal. */
    static List<List<Object>> rows(Schema schema, int from, int to) {
        List<List<Object>> pools = pools(schema);
        List<List<Object>> rows = new ArrayList<>();
        for (int r = from; r < to; r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < schema.fields().size(); c++) {
                Field field = schema.fields().get(c);
                List<Object> pool = pools.get(c);
                boolean isNull = field.type() instanceof ArrowType.Null
                        || (field.nullable() && (r + c) % 4 == 0);
                row.add(isNull ? null : pool.get((r + c) % pool.size()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<Object>> pools(Schema schema) {
        if (schema == KALAM) {
            return KALAM_POOLS;
        } else if (schema == EXTRA) {
            return EXTRA_POOLS;
        }
        return VIEW_POOLS;
    }

    /** Canonical values into RecordBatchBuilder inputs: hex to byte[] for binary kinds, recursively. */
    static Object[] builderRow(Schema schema, List<Object> row) {
        Object[] out = new Object[row.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = builderValue(schema.fields().get(c), row.get(c));
        }
        return out;
    }

    private static Object builderValue(Field field, Object value) {
        if (value == null) {
            return null;
        }
        ArrowType t = field.type();
        if (value instanceof String s && (t instanceof ArrowType.Binary || t instanceof ArrowType.LargeBinary
                || t instanceof ArrowType.BinaryView || t instanceof ArrowType.FixedSizeBinary)) {
            return HexFormat.of().parseHex(s);
        }
        if (value instanceof Long v && v < 0 && t.equals(ArrowType.UINT64)) {
            return new java.math.BigInteger(Long.toUnsignedString(v));
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Field child = t instanceof ArrowType.Struct ? field.children().get(i) : field.children().get(0);
                out.add(builderValue(child, list.get(i)));
            }
            return out;
        }
        return value;
    }

    static RecordBatch batch(Schema schema, List<List<Object>> rows) {
        RecordBatchBuilder builder = new RecordBatchBuilder(schema);
        for (List<Object> row : rows) {
            builder.appendRow(builderRow(schema, row));
        }
        return builder.build();
    }

    private static List<Object> longs(long... values) {
        List<Object> out = new ArrayList<>();
        for (long v : values) {
            out.add(v);
        }
        return out;
    }

    private static List<Object> doubles(double... values) {
        List<Object> out = new ArrayList<>();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    private static List<Object> floats(float... values) {
        List<Object> out = new ArrayList<>();
        for (float v : values) {
            out.add((double) v);
        }
        return out;
    }

    private static List<Object> decimals(String... values) {
        List<Object> out = new ArrayList<>();
        for (String v : values) {
            out.add(new BigDecimal(v));
        }
        return out;
    }
}
