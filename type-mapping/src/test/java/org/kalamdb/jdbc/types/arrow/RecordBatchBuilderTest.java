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
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.KalamType;

class RecordBatchBuilderTest {

    private static final Schema SCHEMA = new Schema(List.of(
            KalamType.BIGINT.toArrowField("id", false, true),
            KalamType.INT.toArrowField("n", true, false),
            KalamType.decimal(5, 2).toArrowField("price", true, false),
            KalamType.UUID.toArrowField("uid", true, false),
            KalamType.TIMESTAMP.toArrowField("ts", true, false),
            KalamType.DATE.toArrowField("day", true, false),
            KalamType.TIME.toArrowField("at", true, false),
            KalamType.embedding(2).toArrowField("vec", true, false)));

    @Test
    void acceptsTheDocumentedJavaValues() {
        UUID uid = UUID.fromString("0190f3a2-b4c5-7d8e-9f00-112233445566");
        RecordBatch batch = new RecordBatchBuilder(SCHEMA)
                .appendRow(1L, 7, new BigDecimal("1.5"), uid, LocalDateTime.parse("1970-01-01T00:00:01"),
                        LocalDate.of(1970, 1, 3), LocalTime.of(0, 0, 2), new float[] {1f, 2f})
                .appendRow(2, (short) 8, 3, null, Instant.ofEpochSecond(2), 4, 5L, List.of(0.5, 0.25))
                .appendRow(3L, null, null, new byte[16], OffsetDateTime.parse("1970-01-01T01:00:03+01:00"), null,
                        null, null)
                .build();

        assertEquals(3, batch.rowCount());
        assertEquals(List.of(1L, 2L, 3L), longs(batch.column(0)));
        assertEquals(new BigDecimal("1.50"), batch.column(2).getDecimal(0));
        assertEquals(new BigDecimal("3.00"), batch.column(2).getDecimal(1));
        assertTrue(batch.column(2).isNull(2));
        assertArrayEquals(new byte[] {0x01, (byte) 0x90, (byte) 0xf3, (byte) 0xa2, (byte) 0xb4, (byte) 0xc5, 0x7d,
                (byte) 0x8e, (byte) 0x9f, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66}, batch.column(3).getBytes(0));
        assertEquals(List.of(1_000_000L, 2_000_000L, 3_000_000L), longs(batch.column(4)));
        assertEquals(2L, batch.column(5).getLong(0));
        assertEquals(2_000_000L, batch.column(6).getLong(0));
        ColumnVector vec = batch.column(7);
        assertEquals(2, vec.listLength(1));
        assertEquals(0.25, vec.child().getDouble(vec.listStart(1) + 1));
        assertTrue(vec.isNull(2));
        assertEquals(1, batch.column(1).nullCount());
    }

    private static List<Long> longs(ColumnVector v) {
        Long[] out = new Long[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.getLong(i);
        }
        return Arrays.asList(out);
    }

    @Test
    void aRefusedValueLeavesNoPartialRow() {
        RecordBatchBuilder builder = new RecordBatchBuilder(SCHEMA);
        builder.appendRow(1L, 1, null, null, null, null, null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.appendRow(2L, 2, new BigDecimal("1.234"), null, null, null, null, null));
        assertTrue(e.getMessage().contains("'price'"), e.getMessage());
        builder.appendRow(3L, 3, null, null, null, null, null, null);
        RecordBatch batch = builder.build();
        assertEquals(2, batch.rowCount());
        assertEquals(List.of(1L, 3L), longs(batch.column(0)));
        assertEquals(3L, batch.column(1).getLong(1));
        // the decoded stream agrees
        IpcStream read = ArrowIpcReader.read(ArrowIpcWriter.write(batch));
        assertEquals(List.of(1L, 3L), longs(read.batches().get(0).column(0)));
    }

    @Test
    void refusesValuesThatDoNotFit() {
        Schema schema = new Schema(List.of(Field.of("b", ArrowType.INT8, true), Field.of("u", ArrowType.UINT64, true),
                KalamType.decimal(3, 1).toArrowField("d", true, false), KalamType.embedding(2).toArrowField("e", true, false),
                KalamType.UUID.toArrowField("id", true, false), KalamType.TEXT.toArrowField("t", true, false)));
        RecordBatchBuilder b = new RecordBatchBuilder(schema);
        assertThrows(IllegalArgumentException.class, () -> b.appendRow(128, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> b.appendRow(1.5, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> b.appendRow(null, -1L, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> b.appendRow(null, BigInteger.TWO.pow(64), null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> b.appendRow(null, null, 100, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> b.appendRow(null, null, null, new float[3], null, null));
        assertThrows(IllegalArgumentException.class, () -> b.appendRow(null, null, null, null, new byte[15], null));
        assertThrows(IllegalArgumentException.class, () -> b.appendRow(null, null, null, null, null, 5));
        assertThrows(IllegalArgumentException.class, () -> b.appendRow(null, null, null, null, null));
        b.appendRow(-128, BigInteger.TWO.pow(64).subtract(BigInteger.ONE), new BigDecimal("-99.9"), null, null, "x");
        RecordBatch batch = b.build();
        assertEquals(1, batch.rowCount());
        assertEquals(-1L, batch.column(1).getLong(0));
        assertThrows(IllegalStateException.class, b::build);
    }

    @Test
    void copiesRowsFromAnotherBatch() {
        RecordBatch source = new RecordBatchBuilder(TestData.EXTRA).build();
        RecordBatchBuilder sliced = new RecordBatchBuilder(TestData.EXTRA);
        List<List<Object>> rows = TestData.rows(TestData.EXTRA, 0, 9);
        RecordBatch full = TestData.batch(TestData.EXTRA, rows);
        for (int r = 3; r < 7; r++) {
            sliced.appendRowFrom(full, r);
        }
        assertEquals(0, source.rowCount());
        assertEquals(List.of(rows.subList(3, 7)), Oracle.rowsOf(List.of(sliced.build())));
    }

    @Test
    void writerAcceptsForeignColumnVectors() {
        Schema schema = new Schema(List.of(Field.of("n", ArrowType.INT32, true)));
        ColumnVector foreign = new ColumnVector() {
            @Override
            public Field field() {
                return schema.fields().get(0);
            }

            @Override
            public int size() {
                return 3;
            }

            @Override
            public boolean isNull(int row) {
                return row == 1;
            }

            @Override
            public boolean getBoolean(int row) {
                throw new IllegalStateException();
            }

            @Override
            public long getLong(int row) {
                return row * 10L;
            }

            @Override
            public double getDouble(int row) {
                throw new IllegalStateException();
            }

            @Override
            public BigDecimal getDecimal(int row) {
                throw new IllegalStateException();
            }

            @Override
            public String getString(int row) {
                throw new IllegalStateException();
            }

            @Override
            public byte[] getBytes(int row) {
                throw new IllegalStateException();
            }

            @Override
            public ColumnVector child() {
                throw new IllegalStateException();
            }

            @Override
            public int listStart(int row) {
                throw new IllegalStateException();
            }

            @Override
            public int listLength(int row) {
                throw new IllegalStateException();
            }
        };
        byte[] stream = ArrowIpcWriter.write(schema, List.of(new RecordBatch(schema, 3, List.of(foreign))));
        RecordBatch read = ArrowIpcReader.read(stream).batches().get(0);
        assertEquals(0L, read.column(0).getLong(0));
        assertTrue(read.column(0).isNull(1));
        assertEquals(20L, read.column(0).getLong(2));
    }

    @Test
    void vectorsCheckTheirBoundsAndKinds() {
        RecordBatch batch = new RecordBatchBuilder(SCHEMA).appendRow(1L, 1, null, null, null, null, null, null).build();
        assertThrows(IndexOutOfBoundsException.class, () -> batch.column(0).getLong(1));
        assertThrows(IndexOutOfBoundsException.class, () -> batch.column(0).isNull(-1));
        assertThrows(IllegalStateException.class, () -> batch.column(0).getString(0));
    }
}
