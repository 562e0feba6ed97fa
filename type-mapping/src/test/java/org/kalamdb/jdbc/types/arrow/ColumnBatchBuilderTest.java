package org.kalamdb.jdbc.types.arrow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.KalamType;

/**
 * The direct builder produces exactly the batch the row builder does, for values on its fast paths
 * (the exact storage types) and off them (every other accepted form).
 */
class ColumnBatchBuilderTest {

    private static final Schema SCHEMA = new Schema(List.of(
            KalamType.BIGINT.toArrowField("id", false, true),
            KalamType.INT.toArrowField("n", true, false),
            KalamType.SMALLINT.toArrowField("s", true, false),
            KalamType.TEXT.toArrowField("name", true, false),
            KalamType.DOUBLE.toArrowField("score", true, false),
            KalamType.FLOAT.toArrowField("ratio", true, false),
            KalamType.TIMESTAMP.toArrowField("created", true, false),
            KalamType.BOOLEAN.toArrowField("active", true, false),
            KalamType.decimal(18, 4).toArrowField("amount", true, false),
            KalamType.decimal(38, 2).toArrowField("big", true, false),
            KalamType.UUID.toArrowField("uid", true, false),
            KalamType.BYTES.toArrowField("blob", true, false),
            KalamType.DATE.toArrowField("day", true, false),
            KalamType.TIME.toArrowField("at", true, false),
            KalamType.embedding(2).toArrowField("vec", true, false)));

    /** Rows in the stored (exact) types, with nulls in every nullable column. */
    private static List<Object[]> exactRows() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean nulls = i % 7 == 3;
            rows.add(new Object[] {
                (long) i * 1_000_003L - 5,
                nulls ? null : i * 31 - 400,
                nulls ? null : (short) (i - 20),
                nulls ? null : text(i),
                nulls ? null : i / 3.0,
                nulls ? null : i / 8f,
                nulls ? null : 1_700_000_000_000_000L + i,
                nulls ? null : i % 2 == 0,
                nulls ? null : new BigDecimal(BigInteger.valueOf(i * 123_456_789L - 77), 4),
                nulls ? null : new BigDecimal(new BigInteger("-98765432109876543210987654321").add(BigInteger.valueOf(i)), 2),
                nulls ? null : new UUID(0x0190f3a2b4c57d8eL + i, -0x6f00eeddccbbaa9aL),
                nulls ? null : new byte[] {(byte) i, (byte) -i},
                nulls ? null : 19_000 + i,
                nulls ? null : 45_296_000_000L + i,
                nulls ? null : new float[] {i, -i},
            });
        }
        return rows;
    }

    private static String text(int i) {
        return switch (i % 5) {
            case 0 -> "";
            case 1 -> "ascii " + i;
            case 2 -> "é" + i + "ß";
            case 3 -> "日本" + i;
            default -> "emoji \uD83D\uDE00 " + i;
        };
    }

    @Test
    @DisplayName("stored types: the same IPC bytes as appendRow")
    void exactTypesMatchTheRowBuilder() {
        assertSameBatch(exactRows());
    }

    @Test
    @DisplayName("other accepted forms (Integer for BIGINT, Instant, LocalDate, other decimal scales) take the checked path")
    void otherFormsMatchTheRowBuilder() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new Object[] {
                i, (short) i, (byte) i, new StringBuilder("sb").append(i), i, (double) i,
                i % 2 == 0 ? Instant.ofEpochSecond(i) : LocalDateTime.of(2024, 1, 1, 0, 0, i), true,
                new BigDecimal("1.5").add(BigDecimal.valueOf(i)), BigInteger.valueOf(i), new byte[16], new byte[0],
                LocalDate.of(2024, 1, 1 + i), LocalTime.of(1, i), List.of(0.5, (double) i),
            });
        }
        // a decimal at the field's scale but wider than a long, and one of 19 digits
        rows.add(new Object[] {99L, null, null, null, null, null, null, null,
                new BigDecimal("99999999999999.9999"), new BigDecimal("123456789012345678.90"), null, null, null,
                null, null});
        assertSameBatch(rows);
    }

    @Test
    @DisplayName("zero rows")
    void emptyBatch() {
        assertSameBatch(List.of());
    }

    @Test
    @DisplayName("a refused value fails the batch, naming the column")
    void refusedValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ColumnBatchBuilder.build(SCHEMA, 1, (row, column) -> column == 8 ? new BigDecimal("1.23456")
                        : column == 0 ? 1L : null));
        assertTrue(e.getMessage().contains("'amount'"), e.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> ColumnBatchBuilder.build(SCHEMA, 1, (row, column) -> column <= 1 ? Long.MAX_VALUE : null));
        assertTrue(range.getMessage().contains("'n'") && range.getMessage().contains("out of range"), range.getMessage());
    }

    @Test
    @DisplayName("nulls only: every nullable column all null, no bitmap for the column without nulls")
    void nullColumns() {
        RecordBatch batch = ColumnBatchBuilder.build(SCHEMA, 3, (row, column) -> column == 0 ? (long) row : null);
        assertEquals(0, batch.column(0).nullCount());
        for (int c = 1; c < SCHEMA.fields().size(); c++) {
            assertEquals(3, batch.column(c).nullCount(), SCHEMA.fields().get(c).name());
        }
        assertEquals(2L, batch.column(0).getLong(2));
    }

    private static void assertSameBatch(List<Object[]> rows) {
        RecordBatchBuilder byRow = new RecordBatchBuilder(SCHEMA);
        rows.forEach(byRow::appendRow);
        RecordBatch expected = byRow.build();
        RecordBatch actual = ColumnBatchBuilder.build(SCHEMA, rows.size(), (row, column) -> rows.get(row)[column]);
        assertEquals(expected.rowCount(), actual.rowCount());
        assertArrayEquals(ArrowIpcWriter.write(expected), ArrowIpcWriter.write(actual));
        // and the values read back are the stored ones
        for (int r = 0; r < rows.size(); r++) {
            Object id = rows.get(r)[0];
            assertEquals(((Number) id).longValue(), actual.column(0).getLong(r));
            Object name = rows.get(r)[3];
            assertEquals(name == null ? null : name.toString(), actual.column(3).isNull(r) ? null : actual.column(3).getString(r));
        }
    }
}
