package org.kalamdb.server.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.ColumnDef;

/** Coercion of client values to column types (protocol.md 6.3). */
class ValueCoercerTest {

    private static ColumnDef column(KalamType type) {
        return new ColumnDef(1, "c", type, true, false, null, null, 1);
    }

    private static Object coerce(Scalar v, KalamType type) {
        return ValueCoercer.coerce(v, column(type));
    }

    private static Scalar text(String s) {
        return new Scalar.Text(false, s);
    }

    private static Scalar int64(long v) {
        return new Scalar.Int(Scalar.IntKind.INT64, v);
    }

    @Test
    @DisplayName("strings parse into numbers, booleans, decimals, dates, times and timestamps")
    void stringCasts() {
        assertEquals((short) -7, coerce(text("-7"), KalamType.SMALLINT));
        assertEquals(1.5f, coerce(text("1.5"), KalamType.FLOAT));
        assertEquals(true, coerce(text("YES"), KalamType.BOOLEAN));
        assertEquals(false, coerce(text("0"), KalamType.BOOLEAN));
        assertEquals(new BigDecimal("12.35"), coerce(text("12.345"), KalamType.decimal(5, 2)));
        assertEquals(19_753, coerce(text("2024-01-31"), KalamType.DATE));
        assertEquals(37_230_500_000L, coerce(text("10:20:30.5"), KalamType.TIME));
        assertEquals(1_706_696_130_000_000L, coerce(text("2024-01-31 10:15:30"), KalamType.TIMESTAMP));
        assertEquals(1_706_696_130_000_000L, coerce(text("2024-01-31T12:15:30+02:00"), KalamType.DATETIME));
        assertEquals(1_706_659_200_000_000L, coerce(text("2024-01-31"), KalamType.TIMESTAMP));
    }

    @Test
    @DisplayName("server.md 0: an integer written to TIMESTAMP is microseconds; typed timestamps convert units")
    void timestampUnits() {
        assertEquals(5L, coerce(int64(5), KalamType.TIMESTAMP));
        assertEquals(5_000L, coerce(new Scalar.Timestamp(Scalar.TimeUnit.MILLISECOND, 5L, null), KalamType.TIMESTAMP));
        assertEquals(5L, coerce(new Scalar.Timestamp(Scalar.TimeUnit.NANOSECOND, 5_999L, "UTC"), KalamType.DATETIME));
        assertEquals(86_400_000_000L, coerce(new Scalar.Date32(1), KalamType.TIMESTAMP));
    }

    @Test
    @DisplayName("numbers: floats truncate into integers, range is checked, text renders like Rust")
    void numbers() {
        assertEquals(2, coerce(new Scalar.Floating(false, 2.9), KalamType.INT));
        assertEquals(-2, coerce(new Scalar.Floating(false, -2.9), KalamType.INT));
        CoercionException e = assertThrows(CoercionException.class, () -> coerce(int64(70_000), KalamType.SMALLINT));
        assertEquals("Unable to cast value Int64 to Int16 for column 'c': Arrow error: Cast error: Can't cast value "
                + "70000 to type Int16", e.getMessage());
        assertEquals("1.0", coerce(new Scalar.Floating(false, 1.0), KalamType.TEXT));
        assertEquals("1e20", coerce(new Scalar.Floating(false, 1e20), KalamType.TEXT));
        assertEquals("42", coerce(int64(42), KalamType.JSON));
        assertEquals(new BigDecimal("3.00"), coerce(int64(3), KalamType.decimal(4, 2)));
        assertThrows(CoercionException.class, () -> coerce(int64(1000), KalamType.decimal(4, 2)));
    }

    @Test
    @DisplayName("text into BYTES stores the UTF-8 bytes (no hex/base64 decoding)")
    void textToBytes() {
        assertArrayEquals("\\x01".getBytes(StandardCharsets.UTF_8), (byte[]) coerce(text("\\x01"), KalamType.BYTES));
    }

    @Test
    @DisplayName("UUID columns take UUID text (Rust forms) or 16 bytes, with the real server's texts otherwise")
    void uuids() {
        UUID u = UUID.fromString("0190f5c4-9b1e-7c3a-8f00-000000000001");
        assertEquals(u, coerce(text("0190F5C4-9B1E-7C3A-8F00-000000000001"), KalamType.UUID));
        assertEquals(u, coerce(text("0190f5c49b1e7c3a8f00000000000001"), KalamType.UUID));
        assertEquals("UUID binary literal must be 16 bytes for column 'c', got 2", assertThrows(CoercionException.class,
                () -> coerce(new Scalar.Bytes(Scalar.BinaryKind.BINARY, new byte[2], 0), KalamType.UUID)).getMessage());
        assertEquals("Unable to coerce value FixedSizeBinary(16) to UUID for column 'c'",
                assertThrows(CoercionException.class, () -> coerce(int64(1), KalamType.UUID)).getMessage());
    }

    @Test
    @DisplayName("EMBEDDING columns take a JSON float array (optionally single-quoted) of the right dimension")
    void embeddings() {
        assertArrayEquals(new float[] {1f, 2.5f}, (float[]) coerce(text(" '[1, 2.5]' "), KalamType.embedding(2)));
        assertEquals("Embedding dimension mismatch for column 'c': expected 2, got 3",
                assertThrows(CoercionException.class, () -> coerce(text("[1,2,3]"), KalamType.embedding(2)))
                        .getMessage());
    }

    @Test
    @DisplayName("untyped and typed NULLs are NULL; zero values exist only for the simple types")
    void nullsAndZeros() {
        assertNull(coerce(Scalar.UntypedNull.INSTANCE, KalamType.INT));
        assertNull(coerce(new Scalar.Text(false, null), KalamType.INT));
        assertEquals(0L, ValueCoercer.zeroValue(KalamType.TIMESTAMP));
        assertEquals("", ValueCoercer.zeroValue(KalamType.JSON));
        assertNull(ValueCoercer.zeroValue(KalamType.decimal(3, 1)));
        assertNull(ValueCoercer.zeroValue(KalamType.UUID));
    }
}
