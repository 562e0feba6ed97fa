package org.kalamdb.server.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kalamdb.server.KalamError;

/** The typed-then-plain row JSON dialects of protocol.md 6.2. */
class RowJsonTest {

    @Test
    @DisplayName("6.2: every typed variant")
    void typedVariants() {
        Map<String, Scalar> r = RowJson.parseRow("{\"a\":\"Null\",\"b\":{\"Boolean\":true},\"c\":{\"Int16\":-3},"
                + "\"d\":{\"Int64\":\"-9223372036854775808\"},\"e\":{\"UInt64\":\"18446744073709551615\"},"
                + "\"f\":{\"Float32\":1.5},\"g\":{\"LargeUtf8\":\"x\"},\"h\":{\"Binary\":[0,255]},"
                + "\"i\":{\"FixedSizeBinary\":{\"size\":2,\"value\":[1,2]}},\"j\":{\"Date32\":19723},"
                + "\"k\":{\"Time64Microsecond\":1},\"l\":{\"TimestampNanosecond\":{\"value\":5000,\"timezone\":null}},"
                + "\"m\":{\"Decimal128\":{\"value\":12345,\"precision\":10,\"scale\":2}},"
                + "\"n\":{\"Embedding\":{\"size\":2,\"values\":[0.5,null]}},\"o\":{\"Fallback\":\"fb\"},"
                + "\"p\":{\"Utf8\":null}}");
        assertInstanceOf(Scalar.UntypedNull.class, r.get("a"));
        assertEquals(new Scalar.Bool(true), r.get("b"));
        assertEquals(new Scalar.Int(Scalar.IntKind.INT16, -3L), r.get("c"));
        assertEquals(Long.MIN_VALUE, ((Scalar.Int) r.get("d")).value());
        assertEquals("18446744073709551615", ((Scalar.Int) r.get("e")).text());
        assertEquals(new Scalar.Floating(true, 1.5), r.get("f"));
        assertEquals(new Scalar.Text(true, "x"), r.get("g"));
        assertArrayEquals(new byte[] {0, (byte) 255}, ((Scalar.Bytes) r.get("h")).value());
        assertEquals("FixedSizeBinary(2)", r.get("i").arrowTypeName());
        assertEquals(new Scalar.Date32(19723), r.get("j"));
        assertEquals(new Scalar.Time64(1L), r.get("k"));
        assertEquals("Timestamp(Nanosecond, None)", r.get("l").arrowTypeName());
        assertEquals(new BigDecimal("123.45"), ((Scalar.Decimal) r.get("m")).value());
        assertArrayEquals(new float[] {0.5f, 0f}, ((Scalar.Embedding) r.get("n")).values());
        assertEquals(new Scalar.Text(false, "fb"), r.get("o"));
        assertEquals(new Scalar.Text(false, null), r.get("p"));
    }

    @Test
    @DisplayName("6.2: plain values: i64, u64, f64, strings, nested values as sorted JSON text")
    void plainValues() {
        Map<String, Scalar> r = RowJson.parseRow("{\"a\":1,\"b\":18446744073709551615,\"c\":1e3,\"d\":\"s\","
                + "\"e\":{\"z\":1,\"a\":[1.0,\"x\"]},\"f\":null,\"g\":false,\"h\":123456789012345678901234}");
        assertEquals(new Scalar.Int(Scalar.IntKind.INT64, 1L), r.get("a"));
        assertEquals(Scalar.IntKind.UINT64, ((Scalar.Int) r.get("b")).kind());
        assertEquals(new Scalar.Floating(false, 1000.0), r.get("c"));
        assertEquals(new Scalar.Text(false, "s"), r.get("d"));
        assertEquals(new Scalar.Text(false, "{\"a\":[1.0,\"x\"],\"z\":1}"), r.get("e"));
        assertInstanceOf(Scalar.UntypedNull.class, r.get("f"));
        assertEquals(new Scalar.Bool(false), r.get("g"));
        assertEquals(new Scalar.Floating(false, 1.2345678901234568e23), r.get("h"), "beyond u64: f64");
    }

    @Test
    @DisplayName("6.2: typed parse failures (number for Int64, unknown variant, out-of-range Int8) make the row plain")
    void typedFailuresFallBackToPlain() {
        assertEquals(new Scalar.Text(false, "{\"Int64\":5}"), RowJson.parseRow("{\"a\":{\"Int64\":5}}").get("a"));
        assertEquals(new Scalar.Text(false, "{\"Int99\":5}"), RowJson.parseRow("{\"a\":{\"Int99\":5}}").get("a"));
        assertEquals(new Scalar.Text(false, "{\"Int8\":300}"), RowJson.parseRow("{\"a\":{\"Int8\":300}}").get("a"));
        assertEquals(new Scalar.Int(Scalar.IntKind.INT64, null),
                RowJson.parseRow("{\"a\":{\"Int64\":\"12x\"}}").get("a"), "bad Int64 text: typed NULL");
    }

    @Test
    @DisplayName("6.5/6.6: object payloads only; updates accept arrays")
    void payloadShapes() {
        assertEquals("invalid row JSON: expected object payload",
                assertThrows(KalamError.class, () -> RowJson.parseRow("[]")).getMessage());
        assertEquals("invalid row JSON: expected object payload",
                assertThrows(KalamError.class, () -> RowJson.parseRow("7")).getMessage());
        KalamError malformed = assertThrows(KalamError.class, () -> RowJson.parseRow("{\"a\":1} trailing"));
        assertEquals(KalamError.Code.INVALID_ARGUMENT, malformed.code());
        assertEquals(2, RowJson.parseRows("[{\"a\":1},{\"b\":2}]").size());
        assertEquals(0, RowJson.parseRows("[]").size());
        assertNull(RowJson.parseRows("{\"a\":\"Null\"}").get(0).get("b"));
    }
}
