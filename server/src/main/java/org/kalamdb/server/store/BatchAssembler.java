package org.kalamdb.server.store;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.RecordBatchBuilder;
import org.kalamdb.jdbc.types.arrow.Schema;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;

/**
 * Builds the record batches of a scan: the projected fields of {@link TableDef#arrowSchema()}
 * (with their {@code kalam_data_type}/{@code kalam_column_flags} metadata), at most
 * {@code batchRows} rows per batch, and a single empty batch for an empty result (what the real
 * providers produce, protocol.md 5.4). Stored values are already the builder's accepted Java
 * types, so cells are passed through without conversion.
 */
final class BatchAssembler {

    private BatchAssembler() {
    }

    static Schema projectedSchema(TableDef def, int[] projection) {
        List<Field> all = def.arrowSchema().fields();
        List<Field> fields = new ArrayList<>(projection.length);
        for (int index : projection) {
            fields.add(all.get(index));
        }
        return new Schema(fields);
    }

    static List<RecordBatch> assemble(TableDef def, int[] projection, int[] slots, List<RowVersion> rows, int batchRows) {
        Schema schema = projectedSchema(def, projection);
        List<ColumnDef> columns = def.columns();
        ColumnDef[] projected = new ColumnDef[projection.length];
        int[] projectedSlots = new int[projection.length];
        for (int j = 0; j < projection.length; j++) {
            projected[j] = columns.get(projection[j]);
            projectedSlots[j] = slots[projection[j]];
        }
        List<RecordBatch> batches = new ArrayList<>(rows.size() / batchRows + 1);
        int start = 0;
        do {
            int end = Math.min(rows.size(), start + batchRows);
            RecordBatchBuilder builder = new RecordBatchBuilder(schema);
            for (int r = start; r < end; r++) {
                RowVersion v = rows.get(r);
                Object[] cells = new Object[projected.length];
                for (int j = 0; j < cells.length; j++) {
                    cells[j] = Scanner.valueOf(projected[j], projectedSlots[j], v);
                }
                builder.appendRow(cells);
            }
            batches.add(builder.build());
            start = end;
        } while (start < rows.size());
        return batches;
    }
}
