package org.kalamdb.server.sql;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * A computed result before Arrow encoding: the output fields and the rows, one Java value per
 * field in the forms {@link org.kalamdb.jdbc.types.arrow.RecordBatchBuilder} accepts.
 * {@code batchWhenEmpty} tells whether a 0-row result still ships one (empty) batch: handler
 * results (SHOW, DESCRIBE) do, an empty DataFusion SELECT sends none (protocol.md 8).
 */
public record ResultTable(List<Field> fields, List<Object[]> rows, boolean batchWhenEmpty) {

    public ResultTable {
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
    }

    public Schema schema() {
        return new Schema(fields);
    }

    public int columnIndex(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The values of one column, in row order (handy for tests and views). */
    public List<Object> column(String name) {
        int index = columnIndex(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + fields);
        }
        List<Object> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            out.add(row[index]);
        }
        return out;
    }
}
