package org.kalamdb.jdbc.exec;

import java.util.HashMap;
import java.util.Map;

import org.kalamdb.jdbc.schema.SystemColumns;
import org.kalamdb.jdbc.sql.expr.RowValues;
import org.kalamdb.jdbc.types.arrow.RecordBatch;

/**
 * One row of a scanned batch as the expression evaluator sees it: columns by name, read lazily
 * (only the cells an expression touches are decoded), and {@code _userid} answered from the
 * tenant for user tables. Reused for every row of the batch by moving {@link #at(int)}.
 */
final class BatchRow implements RowValues {

    private final RecordBatch batch;
    private final Map<String, Integer> index = new HashMap<>();
    private final String userId;
    private final boolean hasUserId;
    private int row;

    /**
     * @param userId    the {@code _userid} value for user tables
     * @param hasUserId whether the table exposes {@code _userid}
     */
    BatchRow(RecordBatch batch, String userId, boolean hasUserId) {
        this.batch = batch;
        this.userId = userId;
        this.hasUserId = hasUserId;
        if (batch != null) {
            for (int i = 0; i < batch.columns().size(); i++) {
                index.putIfAbsent(batch.schema().fields().get(i).name(), i);
            }
        }
    }

    BatchRow at(int row) {
        this.row = row;
        return this;
    }

    int row() {
        return row;
    }

    @Override
    public Object get(String column) {
        if (hasUserId && SystemColumns.USER_ID.equals(column)) {
            return userId;
        }
        Integer i = index.get(column);
        if (i == null) {
            throw RowValues.undefinedColumn(column);
        }
        return SqlValueReader.read(batch.column(i), row);
    }

    /** The value of a column by name, for keys and returned rows. */
    Object value(String column) {
        return get(column);
    }
}
