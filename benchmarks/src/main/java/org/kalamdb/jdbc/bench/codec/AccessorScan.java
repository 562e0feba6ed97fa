package org.kalamdb.jdbc.bench.codec;

import java.util.List;

import org.kalamdb.jdbc.types.access.Accessors;
import org.kalamdb.jdbc.types.access.ColumnAccessor;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.IpcStream;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reads every cell of decoded benchmark rows through our column accessors, with the getter a JDBC
 * application would call for each column type — what a ResultSet loop costs beyond the decode.
 */
public final class AccessorScan {

    private AccessorScan() {
    }

    /** @return the number of rows read */
    public static long readEveryCell(IpcStream stream, Blackhole bh) {
        List<ColumnAccessor> accessors = Accessors.forSchema(stream.schema());
        ColumnAccessor id = accessors.get(0);
        ColumnAccessor name = accessors.get(1);
        ColumnAccessor score = accessors.get(2);
        ColumnAccessor created = accessors.get(3);
        ColumnAccessor active = accessors.get(4);
        ColumnAccessor amount = accessors.get(5);
        long rows = 0;
        for (RecordBatch batch : stream.batches()) {
            ColumnVector ids = batch.column(0);
            ColumnVector names = batch.column(1);
            ColumnVector scores = batch.column(2);
            ColumnVector createds = batch.column(3);
            ColumnVector actives = batch.column(4);
            ColumnVector amounts = batch.column(5);
            int n = batch.rowCount();
            for (int r = 0; r < n; r++) {
                bh.consume(id.getLong(ids, r));
                bh.consume(name.getString(names, r));
                bh.consume(score.getDouble(scores, r));
                bh.consume(created.getTimestamp(createds, r, null));
                bh.consume(active.getBoolean(actives, r));
                bh.consume(amount.getBigDecimal(amounts, r));
            }
            rows += n;
        }
        return rows;
    }
}
