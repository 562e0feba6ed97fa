package org.kalamdb.jdbc.types.arrow;

import java.util.ArrayList;
import java.util.List;

/**
 * Several record batches of one schema read as one batch without copying a row: each column is a
 * view over the same column of every batch. A reply of many IPC streams (a large Scan) is thus one
 * batch for the code that wants one, at the cost of finding the chunk of a row on each read; code
 * that walks rows in order should rather walk the batches themselves.
 */
public final class ChunkedBatches {

    private ChunkedBatches() {
    }

    /**
     * The rows of {@code batches}, in order, as one batch of {@code schema}: the batch itself when
     * there is exactly one, an empty batch when there are none. Every batch must have the schema's
     * columns (by name and type); their vectors are read in place and must stay unmodified.
     */
    public static RecordBatch concat(Schema schema, List<RecordBatch> batches) {
        List<RecordBatch> parts = new ArrayList<>(batches.size());
        for (RecordBatch b : batches) {
            checkColumns(schema, b);
            if (b.rowCount() > 0) {
                parts.add(b);
            }
        }
        if (parts.size() == 1 && (parts.get(0).schema() == schema || parts.get(0).schema().equals(schema))) {
            return parts.get(0);
        }
        List<Field> fields = schema.fields();
        List<ColumnVector> columns = new ArrayList<>(fields.size());
        long rows = 0;
        for (RecordBatch b : parts) {
            rows += b.rowCount();
        }
        if (rows > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the batches hold " + rows + " rows, more than one batch can");
        }
        for (int c = 0; c < fields.size(); c++) {
            ColumnVector[] chunks = new ColumnVector[parts.size()];
            for (int i = 0; i < chunks.length; i++) {
                chunks[i] = parts.get(i).column(c);
            }
            columns.add(new ChunkedVector(fields.get(c), chunks, ChunkedVector.startsOf(chunks)));
        }
        return new RecordBatch(schema, (int) rows, columns);
    }

    private static void checkColumns(Schema schema, RecordBatch batch) {
        List<Field> expected = schema.fields();
        List<Field> actual = batch.schema().fields();
        if (expected.size() != actual.size()) {
            throw new IllegalArgumentException("a batch of " + actual.size() + " columns among batches of "
                    + expected.size());
        }
        for (int i = 0; i < expected.size(); i++) {
            Field x = expected.get(i);
            Field y = actual.get(i);
            if (!x.name().equals(y.name()) || !x.type().equals(y.type())) {
                throw new IllegalArgumentException("column " + i + " is " + y.name() + " " + y.type()
                        + " in one batch and " + x.name() + " " + x.type() + " in the schema");
            }
        }
    }
}
