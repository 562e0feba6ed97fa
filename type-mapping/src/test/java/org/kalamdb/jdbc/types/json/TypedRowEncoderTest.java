package org.kalamdb.jdbc.types.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.ValueConversionException;

/** Exact JSON text of typed values and rows (protocol.md 6.2 and 6.4). */
class TypedRowEncoderTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(KalamType.BOOLEAN, true, "{\"Boolean\":true}"),
                Arguments.of(KalamType.BOOLEAN, "off", "{\"Boolean\":false}"),
                Arguments.of(KalamType.SMALLINT, 7, "{\"Int16\":7}"),
                Arguments.of(KalamType.INT, "  -42 ", "{\"Int32\":-42}"),
                Arguments.of(KalamType.BIGINT, Long.MAX_VALUE, "{\"Int64\":\"9223372036854775807\"}"),
                Arguments.of(KalamType.BIGINT, new BigDecimal("2.5"), "{\"Int64\":\"3\"}"),
                Arguments.of(KalamType.FLOAT, 0.1f, "{\"Float32\":0.1}"),
                Arguments.of(KalamType.FLOAT, 1e10f, "{\"Float32\":1.0E10}"),
                Arguments.of(KalamType.DOUBLE, 1.5, "{\"Float64\":1.5}"),
                Arguments.of(KalamType.DOUBLE, Double.NaN, "{\"Utf8\":\"NaN\"}"),
                Arguments.of(KalamType.DOUBLE, Double.NEGATIVE_INFINITY, "{\"Utf8\":\"-Infinity\"}"),
                Arguments.of(KalamType.decimal(10, 2), new BigDecimal("123.45"),
                        "{\"Decimal128\":{\"value\":\"12345\",\"precision\":10,\"scale\":2}}"),
                Arguments.of(KalamType.decimal(10, 2), 7L,
                        "{\"Decimal128\":{\"value\":\"700\",\"precision\":10,\"scale\":2}}"),
                Arguments.of(KalamType.decimal(10, 2), "-0.005",
                        "{\"Decimal128\":{\"value\":\"-1\",\"precision\":10,\"scale\":2}}"),
                Arguments.of(KalamType.TEXT, "say \"hi\"\n\t\\ \u0001 😀",
                        "{\"Utf8\":\"say \\\"hi\\\"\\n\\t\\\\ \\u0001 😀\"}"),
                Arguments.of(KalamType.JSON, "{\"a\":[1,2]}", "{\"Utf8\":\"{\\\"a\\\":[1,2]}\"}"),
                Arguments.of(KalamType.FILE, "{\"id\":\"f\"}", "{\"Utf8\":\"{\\\"id\\\":\\\"f\\\"}\"}"),
                Arguments.of(KalamType.BYTES, new byte[] {0, 1, -1}, "{\"Binary\":[0,1,255]}"),
                Arguments.of(KalamType.BYTES, "\\x0aff", "{\"Binary\":[10,255]}"),
                Arguments.of(KalamType.UUID, UUID.fromString("0190f3a2-b4c5-7d8e-9f00-112233445566"),
                        "{\"Utf8\":\"0190f3a2-b4c5-7d8e-9f00-112233445566\"}"),
                Arguments.of(KalamType.UUID, "0190F3A2B4C57D8E9F00112233445566",
                        "{\"Utf8\":\"0190f3a2-b4c5-7d8e-9f00-112233445566\"}"),
                Arguments.of(KalamType.DATE, LocalDate.of(2024, 1, 1), "{\"Date32\":19723}"),
                Arguments.of(KalamType.DATE, "2024-01-01", "{\"Date32\":19723}"),
                Arguments.of(KalamType.TIME, LocalTime.of(12, 34, 56), "{\"Time64Microsecond\":45296000000}"),
                Arguments.of(KalamType.TIMESTAMP, LocalDateTime.parse("2023-11-14T22:13:20.123456"),
                        "{\"TimestampMicrosecond\":{\"value\":1700000000123456,\"timezone\":null}}"),
                Arguments.of(KalamType.TIMESTAMP, Timestamp.valueOf("2023-11-14 22:13:20.123456"),
                        "{\"TimestampMicrosecond\":{\"value\":1700000000123456,\"timezone\":null}}"),
                Arguments.of(KalamType.DATETIME, Instant.parse("2023-11-14T22:13:20.123456Z"),
                        "{\"TimestampMicrosecond\":{\"value\":1700000000123456,\"timezone\":\"UTC\"}}"),
                Arguments.of(KalamType.DATETIME, OffsetDateTime.parse("2023-11-15T00:13:20.123456+02:00"),
                        "{\"TimestampMicrosecond\":{\"value\":1700000000123456,\"timezone\":\"UTC\"}}"),
                Arguments.of(KalamType.DATETIME, "2023-11-14 22:13:20.123456Z",
                        "{\"TimestampMicrosecond\":{\"value\":1700000000123456,\"timezone\":\"UTC\"}}"),
                Arguments.of(KalamType.embedding(3), new float[] {0.1f, 0.2f, 0.3f}, "{\"Utf8\":\"[0.1,0.2,0.3]\"}"),
                Arguments.of(KalamType.embedding(2), List.of(1, 2.5), "{\"Utf8\":\"[1.0,2.5]\"}"),
                // typed NULLs
                Arguments.of(KalamType.BOOLEAN, null, "{\"Boolean\":null}"),
                Arguments.of(KalamType.SMALLINT, null, "{\"Int16\":null}"),
                Arguments.of(KalamType.INT, null, "{\"Int32\":null}"),
                Arguments.of(KalamType.BIGINT, null, "{\"Int64\":null}"),
                Arguments.of(KalamType.FLOAT, null, "{\"Float32\":null}"),
                Arguments.of(KalamType.DOUBLE, null, "{\"Float64\":null}"),
                Arguments.of(KalamType.TEXT, null, "{\"Utf8\":null}"),
                Arguments.of(KalamType.decimal(10, 2), null, "{\"Utf8\":null}"),
                Arguments.of(KalamType.TIMESTAMP, null, "{\"Utf8\":null}"),
                Arguments.of(KalamType.UUID, null, "{\"Utf8\":null}"),
                Arguments.of(KalamType.BYTES, null, "{\"Utf8\":null}"),
                Arguments.of(KalamType.embedding(3), null, "{\"Utf8\":null}"));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("values")
    void encodesValue(KalamType type, Object value, String json) {
        assertEquals(json, TypedRowEncoder.encodeValue(type, value));
    }

    @Test
    void encodesAWholeRowTyped() {
        List<ColumnValue> row = List.of(
                new ColumnValue("id", KalamType.BIGINT, 1L),
                new ColumnValue("name", KalamType.TEXT, "Ada"),
                new ColumnValue("score", KalamType.decimal(5, 1), 9.5),
                new ColumnValue("na\"me", KalamType.BOOLEAN, null));
        assertEquals("{\"id\":{\"Int64\":\"1\"},\"name\":{\"Utf8\":\"Ada\"},"
                + "\"score\":{\"Decimal128\":{\"value\":\"95\",\"precision\":5,\"scale\":1}},"
                + "\"na\\\"me\":{\"Boolean\":null}}", TypedRowEncoder.encodeRow(row));
        assertEquals("[{\"id\":{\"Int64\":\"1\"}}]",
                TypedRowEncoder.encodeRowArray(List.of(new ColumnValue("id", KalamType.BIGINT, "1"))));
        assertEquals("{}", TypedRowEncoder.encodeRow(List.of()));
    }

    @Test
    void refusesWhatCannotBeRepresented() {
        assertState("22003", () -> TypedRowEncoder.encodeValue(KalamType.SMALLINT, 40_000));
        assertState("22P02", () -> TypedRowEncoder.encodeValue(KalamType.INT, "12abc"));
        assertState("22018", () -> TypedRowEncoder.encodeValue(KalamType.INT, new Object()));
        assertState("22023", () -> TypedRowEncoder.encodeValue(KalamType.embedding(3), new float[] {1f}));
        assertState("22021", () -> TypedRowEncoder.encodeValue(KalamType.TEXT, "bad \uD800 surrogate"));
        assertState("22003", () -> TypedRowEncoder.encodeValue(KalamType.decimal(4, 2), new BigDecimal("100.00")));
        assertState("22007", () -> TypedRowEncoder.encodeValue(KalamType.DATE, "2024-02-30"));
    }

    private static void assertState(String state, org.junit.jupiter.api.function.Executable call) {
        ValueConversionException e = assertThrows(ValueConversionException.class, call);
        assertEquals(state, e.sqlState(), e.getMessage());
    }

    @Test
    void controlCharactersAreEscapedAsUnicode() {
        char[] controls = new char[0x20];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (char) i;
        }
        String json = JsonText.quote(new String(controls));
        assertEquals("\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r"
                + "\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a"
                + "\\u001b\\u001c\\u001d\\u001e\\u001f\"", json);
        assertEquals("\"𝄞 é \u007f\"", JsonText.quote("𝄞 é \u007f"));
        assertEquals("\"a/b\"", JsonText.quote("a/b"));
    }
}
