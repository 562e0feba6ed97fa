package org.kalamdb.jdbc.types.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.ValueConversionException;

/** Many rows of one column list, per-column work done once: the same JSON as {@link TypedRowEncoder}. */
class TypedRowWriterTest {

    private static final List<String> NAMES = List.of("id", "name", "score", "created", "active", "amount");
    private static final List<KalamType> TYPES = List.of(KalamType.BIGINT, KalamType.TEXT, KalamType.DOUBLE,
            KalamType.TIMESTAMP, KalamType.BOOLEAN, KalamType.decimal(18, 4));

    private static String row(TypedRowWriter writer, Object... values) {
        writer.beginRow();
        for (int i = 0; i < values.length; i++) {
            writer.cell(i, values[i]);
        }
        return new String(writer.endRow(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("org.kalamdb.jdbc.types.json.TypedRowEncoderTest#values")
    void eachTypeIsWrittenAsTheEncoderWritesIt(KalamType type, Object value, String json) {
        TypedRowWriter writer = TypedRowWriter.of(List.of("c"), List.of(type));
        assertEquals("{\"c\":" + json + "}", row(writer, value));
    }

    @Test
    void rowsAreTheEncodersRows() {
        TypedRowWriter writer = TypedRowWriter.of(NAMES, TYPES);
        List<Object[]> rows = List.of(
                new Object[] {1L, "Ada \"the first\"", 1.5, Timestamp.valueOf("2024-01-02 03:04:05.123456"), true,
                    new BigDecimal("12.5")},
                new Object[] {"2", null, Double.NaN, null, "off", 3},
                new Object[] {Long.MIN_VALUE, "é€😀", -0.0, "2024-01-02 03:04:05", null, "-99999999999999.9999"});
        for (Object[] values : rows) {
            List<ColumnValue> cells = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                cells.add(new ColumnValue(NAMES.get(i), TYPES.get(i), values[i]));
            }
            assertEquals(TypedRowEncoder.encodeRow(cells), row(writer, values));
        }
    }

    @Test
    void keysAreEscapedOnce() {
        TypedRowWriter writer = TypedRowWriter.of(List.of("na\"me", "ünï"), List.of(KalamType.INT, KalamType.INT));
        assertEquals("{\"na\\\"me\":{\"Int32\":1},\"ünï\":{\"Int32\":null}}", row(writer, 1, null));
        assertEquals(2, writer.columnCount());
        assertEquals("{}", row(TypedRowWriter.of(List.of(), List.of())));
    }

    @Test
    void cellsGiveTheCanonicalValues() {
        TypedRowWriter writer = TypedRowWriter.of(NAMES, TYPES);
        writer.beginRow();
        assertEquals(7L, writer.cell(0, 7));
        assertEquals("x", writer.cell(1, "x"));
        assertEquals(2.0, writer.cell(2, 2));
        assertEquals(1_704_164_645_000_000L, writer.cell(3, "2024-01-02 03:04:05"));
        assertNull(writer.cell(4, null));
        assertEquals(new BigDecimal("1.2346"), writer.cell(5, new BigDecimal("1.23456")));
        writer.endRow();
    }

    @Test
    void aBadValueFailsItsCellAndTheNextRowStartsClean() {
        TypedRowWriter writer = TypedRowWriter.of(NAMES, TYPES);
        writer.beginRow();
        writer.cell(0, 1L);
        ValueConversionException e = assertThrows(ValueConversionException.class, () -> writer.cell(1, new Object()));
        assertEquals("22018", e.sqlState());
        assertEquals("{\"id\":{\"Int64\":\"2\"},\"name\":{\"Utf8\":\"b\"},\"score\":{\"Float64\":null},"
                + "\"created\":{\"Utf8\":null},\"active\":{\"Boolean\":null},\"amount\":{\"Utf8\":null}}",
                row(writer, 2L, "b", null, null, null, null));
    }

    @Test
    void anEncodingFailureWaitsForTheEndOfTheRow() {
        TypedRowWriter writer = TypedRowWriter.of(NAMES, TYPES);
        writer.beginRow();
        writer.cell(0, 1L);
        writer.cell(1, "lone \uD800 surrogate"); // coerced fine; cannot be UTF-8
        assertEquals(1.5, writer.cell(2, "1.5"));
        // a bad value after it is still reported first, by its own cell
        assertEquals("22007", assertThrows(ValueConversionException.class, () -> writer.cell(3, "not a time"))
                .sqlState());

        writer.beginRow();
        writer.cell(0, 1L);
        writer.cell(1, "lone \uD800 surrogate");
        writer.cell(2, 1.5);
        writer.cell(3, null);
        writer.cell(4, true);
        writer.cell(5, 1);
        ValueConversionException e = assertThrows(ValueConversionException.class, writer::endRow);
        assertEquals("22021", e.sqlState());
        assertEquals("string contains an unpaired surrogate at index 5 (not valid UTF-8)", e.getMessage());

        assertEquals("{\"id\":{\"Int64\":\"3\"},\"name\":{\"Utf8\":\"ok\"},\"score\":{\"Float64\":0.5},"
                + "\"created\":{\"Utf8\":null},\"active\":{\"Boolean\":false},"
                + "\"amount\":{\"Decimal128\":{\"value\":\"0\",\"precision\":18,\"scale\":4}}}",
                row(writer, 3L, "ok", 0.5, null, false, 0));
    }

    @Test
    void cellsComeInColumnOrderAndRowsComplete() {
        TypedRowWriter writer = TypedRowWriter.of(NAMES, TYPES);
        writer.beginRow();
        assertThrows(IllegalStateException.class, () -> writer.cell(1, "x"));
        writer.cell(0, 1L);
        assertThrows(IllegalStateException.class, writer::endRow);
        assertThrows(IllegalArgumentException.class, () -> TypedRowWriter.of(List.of("a"), List.of()));
    }

    @Test
    void rowsAreIndependentCopies() {
        TypedRowWriter writer = TypedRowWriter.of(List.of("id"), List.of(KalamType.BIGINT));
        writer.beginRow();
        writer.cell(0, 1L);
        byte[] first = writer.endRow();
        row(writer, 22L);
        assertArrayEquals("{\"id\":{\"Int64\":\"1\"}}".getBytes(StandardCharsets.UTF_8), first);
    }
}
