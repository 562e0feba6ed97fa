package org.kalamdb.jdbc.types.arrow;

import java.util.List;

/** A decoded (or built) record batch: a schema, a row count and one vector per field. */
public record RecordBatch(Schema schema, int rowCount, List<ColumnVector> columns) {

    public RecordBatch {
        columns = List.copyOf(columns);
        if (columns.size() != schema.fields().size()) {
            throw new IllegalArgumentException("batch has " + columns.size() + " columns but its schema has "
                    + schema.fields().size() + " fields");
        }
    }

    public ColumnVector column(int index) {
        return columns.get(index);
    }
}
