package org.kalamdb.server.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

import org.kalamdb.jdbc.types.arrow.ColumnBatchBuilder;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.Schema;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;

/**
 * Builds the record batches of a scan in the projected schema ({@link TableDef#arrowSchema(int[])},
 * with its {@code kalam_data_type}/{@code kalam_column_flags} metadata): at most {@code batchRows}
 * rows per batch, and a single empty batch for an empty result (what the real providers produce,
 * protocol.md 5.4). Stored values are already the builder's accepted Java types (validated when
 * written), so they go straight into the column buffers (no per-row array, no re-validation of
 * values already of the column's exact type), and batches are handed on in order as soon as their
 * wave is built (the batches of a wave are built on several cores) so that the caller can encode
 * them and let them go.
 */
final class BatchAssembler {

    private BatchAssembler() {
    }

    static void assemble(TableDef def, Schema schema, int[] projection, int[] slots, List<RowVersion> rows,
                         int batchRows, Consumer<RecordBatch> sink) {
        if (schema.fields().size() != projection.length) {
            throw new IllegalArgumentException("schema has " + schema.fields().size() + " fields for "
                    + projection.length + " projected columns");
        }
        ColumnDef[] columns = new ColumnDef[projection.length];
        int[] projectedSlots = new int[projection.length];
        for (int j = 0; j < projection.length; j++) {
            columns[j] = def.columns().get(projection[j]);
            projectedSlots[j] = slots[projection[j]];
        }
        List<Integer> starts = new ArrayList<>();
        int start = 0;
        do {
            starts.add(start);
            start += batchRows;
        } while (start < rows.size());
        // Batches are built a wave at a time, one per core, and handed on in order: a full scan
        // uses every core, and no more than a wave of unencoded batches is ever alive.
        int wave = ForkJoinPool.getCommonPoolParallelism() + 1;
        for (int from = 0; from < starts.size(); from += wave) {
            List<RecordBatch> built = ParallelRows.map(starts.subList(from, Math.min(starts.size(), from + wave)),
                    first -> ColumnBatchBuilder.build(schema, Math.min(rows.size() - first, batchRows),
                            (row, column) -> Scanner.valueOf(columns[column], projectedSlots[column],
                                    rows.get(first + row))),
                    2);
            built.forEach(sink);
        }
    }
}
