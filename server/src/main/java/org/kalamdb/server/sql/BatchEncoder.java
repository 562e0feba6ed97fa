package org.kalamdb.server.sql;

import java.util.List;

import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.RecordBatchBuilder;

/** Turns a {@link StatementResult} into the {@link SqlOutcome} handed to the RPC layer. */
public final class BatchEncoder {

    private BatchEncoder() {
    }

    public static SqlOutcome toOutcome(StatementResult result) {
        if (result instanceof StatementResult.Table t) {
            return rows(t.table());
        }
        if (result instanceof StatementResult.Message m) {
            return new SqlOutcome.Message(m.text());
        }
        return new SqlOutcome.Affected(((StatementResult.Affected) result).count());
    }

    /** One batch with every row (the real server's results here are single-batch), or none when empty. */
    static SqlOutcome.Rows rows(ResultTable table) {
        if (table.rows().isEmpty() && !table.batchWhenEmpty()) {
            return new SqlOutcome.Rows(table.schema(), List.of());
        }
        RecordBatchBuilder builder = new RecordBatchBuilder(table.schema());
        for (Object[] row : table.rows()) {
            builder.appendRow(row);
        }
        RecordBatch batch = builder.build();
        return new SqlOutcome.Rows(table.schema(), List.of(batch));
    }
}
