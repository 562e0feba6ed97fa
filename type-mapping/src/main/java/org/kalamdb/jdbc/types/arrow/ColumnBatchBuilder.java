package org.kalamdb.jdbc.types.arrow;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds one {@link RecordBatch} of a known row count straight into its column buffers, for a
 * producer that already holds its values in the forms {@link RecordBatchBuilder} accepts (the same
 * conventions apply) and needs no row-level all-or-nothing: a refused value fails the whole batch.
 * So there is no per-row array and no two-phase preparation; the buffers are sized for the row
 * count; and values whose Java type is the column's exact storage type (Long for Int64 and
 * Timestamp, String for Utf8, Double for Float64, Boolean, BigDecimal at the field's scale, UUID
 * for FixedSizeBinary(16)) skip the conversion and are written without intermediate objects.
 *
 * <p>Cells are read row by row, each row left to right: values stored by row are then read in
 * memory order, which matters more for a million boxed values than the order of the writes.
 */
public final class ColumnBatchBuilder {

    /** The value of the cell at {@code (row, column)}, both 0-based, column in schema order. */
    @FunctionalInterface
    public interface Cells {
        Object cell(int row, int column);
    }

    private ColumnBatchBuilder() {
    }

    /**
     * The batch of {@code rowCount} rows of {@code cells}.
     *
     * @throws IllegalArgumentException naming the column when a value does not fit its field
     */
    public static RecordBatch build(Schema schema, int rowCount, Cells cells) {
        if (rowCount < 0) {
            throw new IllegalArgumentException("negative row count " + rowCount);
        }
        int width = schema.fields().size();
        ColumnBuilder[] columns = new ColumnBuilder[width];
        for (int c = 0; c < width; c++) {
            columns[c] = ColumnBuilder.forField(schema.fields().get(c), rowCount);
        }
        for (int row = 0; row < rowCount; row++) {
            for (int c = 0; c < width; c++) {
                columns[c].appendValue(cells.cell(row, c));
            }
        }
        List<ColumnVector> vectors = new ArrayList<>(width);
        for (ColumnBuilder column : columns) {
            vectors.add(column.build());
        }
        return new RecordBatch(schema, rowCount, vectors);
    }
}
