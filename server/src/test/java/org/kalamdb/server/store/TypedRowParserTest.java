package org.kalamdb.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader against the tree reader it stands in for: for every document it accepts,
 * the row is the tree's; everything else it leaves to the tree.
 */
class TypedRowParserTest {

    private static final TypedRowParser PARSER = new TypedRowParser(new ObjectMapper().getFactory());

    /** Rows the driver's encoder writes, one per type (TypedRowEncoder's forms, typed NULLs included). */
    private static final List<String> DRIVER_ROWS = List.of(
            "{\"id\":{\"Int64\":\"42\"},\"name\":{\"Utf8\":\"x \\\"q\\\" \\u00e9\"},\"score\":{\"Float64\":1.5},"
                    + "\"created\":{\"TimestampMicrosecond\":{\"value\":1700000000123456,\"timezone\":null}},"
                    + "\"active\":{\"Boolean\":true},\"amount\":{\"Decimal128\":{\"value\":\"-12345\",\"precision\":18,\"scale\":4}}}",
            "{\"a\":{\"Int16\":-3},\"b\":{\"Int32\":2147483647},\"c\":{\"Float32\":0.1},\"d\":{\"Binary\":[0,1,255]},"
                    + "\"e\":{\"Date32\":19723},\"f\":{\"Time64Microsecond\":45296000000},"
                    + "\"g\":{\"TimestampMicrosecond\":{\"value\":-1,\"timezone\":\"UTC\"}}}",
            "{\"a\":{\"Boolean\":null},\"b\":{\"Int16\":null},\"c\":{\"Int32\":null},\"d\":{\"Int64\":null},"
                    + "\"e\":{\"Float32\":null},\"f\":{\"Float64\":null},\"g\":{\"Utf8\":null},\"h\":\"Null\"}",
            "{}");

    /** Typed documents off the driver's path: every rule of the tree reader that the parser mirrors. */
    private static final List<String> EDGE_ROWS = List.of(
            "{\"a\":{\"Null\":null},\"b\":{\"UInt8\":255},\"c\":{\"UInt16\":65535},\"d\":{\"UInt32\":4294967295},"
                    + "\"e\":{\"Int8\":-128},\"f\":{\"UInt64\":\"18446744073709551615\"},\"g\":{\"LargeUtf8\":\"l\"},"
                    + "\"h\":{\"Fallback\":\"fb\"},\"i\":{\"LargeBinary\":[]},\"j\":{\"Binary\":null}}",
            "{\"a\":{\"Int64\":\"12x\"},\"b\":{\"UInt64\":\"-1\"},\"c\":{\"Int64\":\"\"}}",
            "{\"a\":{\"Float64\":1},\"b\":{\"Float64\":9223372036854775807},\"c\":{\"Float64\":123456789012345678901234},"
                    + "\"d\":{\"Float32\":16777217},\"e\":{\"Float64\":-0.0},\"f\":{\"Float64\":1e308}}",
            "{\"a\":{\"TimestampMillisecond\":{\"timezone\":\"+02:00\",\"value\":5}},\"b\":{\"TimestampNanosecond\":{}},"
                    + "\"c\":{\"TimestampMicrosecond\":{\"value\":null,\"extra\":[1,{\"x\":2}]}},"
                    + "\"d\":{\"TimestampMicrosecond\":{\"value\":1,\"value\":2}}}",
            "{\"a\":{\"Decimal128\":{\"value\":12345,\"precision\":10,\"scale\":2}},"
                    + "\"b\":{\"Decimal128\":{\"precision\":38,\"scale\":0,\"value\":\"+99999999999999999999999999999999999999\"}},"
                    + "\"c\":{\"Decimal128\":{\"value\":null,\"precision\":5,\"scale\":1}},"
                    + "\"d\":{\"Decimal128\":{\"precision\":5,\"scale\":1,\"note\":true}},"
                    + "\"e\":{\"Decimal128\":{\"value\":123456789012345678901234567890,\"precision\":38,\"scale\":3}}}",
            "{\"a\":{\"Int64\":\"1\"},\"a\":{\"Int64\":\"2\"},\"b\":{\"Utf8\":\"b\"}}",
            "{\"a\":{\"Date32\":-2147483648},\"b\":{\"Time64Microsecond\":-9223372036854775808}}");

    /** Documents the parser must leave to the tree reader (plain values, errors, rarer variants, repeated tags). */
    private static final List<String> NOT_FOR_THE_PARSER = List.of(
            "{\"a\":1}", "{\"a\":{\"Int64\":5}}", "{\"a\":{\"Int99\":5}}", "{\"a\":{\"Int8\":300}}",
            "{\"a\":{\"Int64\":\"1\"},\"b\":\"x\"}", "{\"a\":\"null\"}", "{\"a\":null}", "{\"a\":{}}",
            "{\"a\":{\"Int64\":\"1\",\"Int64\":\"2\"}}", "{\"a\":{\"Utf8\":\"x\",\"Int64\":\"2\"}}",
            "{\"a\":{\"Boolean\":1}}", "{\"a\":{\"Fallback\":null}}", "{\"a\":{\"Binary\":[256]}}",
            "{\"a\":{\"Binary\":[1.0]}}", "{\"a\":{\"Date32\":2147483648}}", "{\"a\":{\"Date32\":1.5}}",
            "{\"a\":{\"Time64Microsecond\":9223372036854775808}}",
            "{\"a\":{\"TimestampMicrosecond\":{\"value\":1.5}}}", "{\"a\":{\"TimestampMicrosecond\":{\"timezone\":1}}}",
            "{\"a\":{\"TimestampMicrosecond\":5}}", "{\"a\":{\"Decimal128\":{\"value\":\"1x\",\"precision\":5,\"scale\":1}}}",
            "{\"a\":{\"Decimal128\":{\"value\":\"1\",\"precision\":5}}}",
            "{\"a\":{\"Decimal128\":{\"value\":1.5,\"precision\":5,\"scale\":1}}}",
            "{\"a\":{\"FixedSizeBinary\":{\"size\":2,\"value\":[1,2]}}}",
            "{\"a\":{\"Embedding\":{\"size\":2,\"values\":[0.5,null]}}}",
            "{\"a\":{\"Int64\":\"1\"}} trailing", "{\"a\":{\"Int64\":\"1\"}}{}", "{\"a\":", "", "[]", "7", "\"Null\"",
            "{\"a\":{\"Int64\":\"1\"},}");

    @Test
    @DisplayName("rows the driver sends are read by the streaming parser, as the tree reads them")
    void driverRows() {
        assertEveryRowReadsAsTheTreeReadsIt(DRIVER_ROWS);
    }

    private static void assertEveryRowReadsAsTheTreeReadsIt(List<String> rows) {
        for (String json : rows) {
            Map<String, Scalar> fast = PARSER.parse(json);
            assertNotNull(fast, json);
            assertSameRow(RowJson.parseRowTree(json), fast, json);
        }
    }

    @Test
    @DisplayName("every typed variant it knows, edge values included, reads as the tree reads it")
    void edgeRows() {
        assertEveryRowReadsAsTheTreeReadsIt(EDGE_ROWS);
        Map<String, Scalar> repeated = PARSER.parse(EDGE_ROWS.get(5));
        assertEquals(List.of("a", "b"), new ArrayList<>(repeated.keySet()), "first position");
        assertEquals(new Scalar.Int(Scalar.IntKind.INT64, 2L), repeated.get("a"), "last value");
        assertEquals(new BigDecimal("123.45"), ((Scalar.Decimal) PARSER.parse(EDGE_ROWS.get(4)).get("a")).value());
    }

    @Test
    @DisplayName("plain rows, malformed documents, the rarer variants and repeated tags are left to the tree")
    void leftToTheTree() {
        for (String json : NOT_FOR_THE_PARSER) {
            assertNull(PARSER.parse(json), json);
        }
        // and RowJson still answers them exactly as before (plain text, or the tree's error)
        assertEquals(new Scalar.Text(false, "{\"Int64\":5}"), RowJson.parseRow("{\"a\":{\"Int64\":5}}").get("a"));
    }

    @Test
    @DisplayName("updates_json: one object or an array of typed objects; a plain element leaves the whole array to the tree")
    void updateDocuments() {
        String row = DRIVER_ROWS.get(0);
        List<Map<String, Scalar>> one = PARSER.parseRows("[" + row + "]");
        assertEquals(1, one.size());
        assertSameRow(RowJson.parseRowTree(row), one.get(0), row);
        assertEquals(2, PARSER.parseRows("[" + row + "," + row + "]").size());
        assertEquals(1, PARSER.parseRows(row).size());
        assertNull(PARSER.parseRows("[]"));
        assertNull(PARSER.parseRows("[" + row + ",{\"a\":1}]"));
        assertNull(PARSER.parseRows("[" + row + ",7]"));
        assertNull(PARSER.parseRows("[" + row + "] x"));
        assertEquals(List.of(), RowJson.parseRows("[]"));
        assertEquals(Scalar.IntKind.INT64, ((Scalar.Int) RowJson.parseRows("[" + row + ",{\"a\":1}]").get(1).get("a")).kind());
    }

    private static void assertSameRow(Map<String, Scalar> expected, Map<String, Scalar> actual, String json) {
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()), json);
        for (String column : expected.keySet()) {
            assertEquals(describe(expected.get(column)), describe(actual.get(column)), json + " column " + column);
        }
    }

    /** Records compare arrays by identity: compare their contents through this text instead. */
    private static String describe(Scalar s) {
        if (s instanceof Scalar.Bytes b) {
            return b.kind() + "/" + b.fixedSize() + "/" + Arrays.toString(b.value());
        }
        if (s instanceof Scalar.Embedding e) {
            return e.size() + "/" + Arrays.toString(e.values());
        }
        if (s instanceof Scalar.Decimal d) {
            // BigDecimal.equals also compares the scale, which is what must match
            return d.value() + "/" + (d.value() == null ? "" : d.value().scale()) + "/" + d.precision() + "/" + d.scale();
        }
        return s.getClass().getSimpleName() + ":" + s;
    }
}
