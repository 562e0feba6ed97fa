package org.kalamdb.jdbc.bench.data;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ArrowIpcWriter;
import org.kalamdb.jdbc.types.arrow.RecordBatchBuilder;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * The bytes a Scan reply carries for a benchmark table: one complete Arrow IPC stream per record
 * batch, each repeating the schema (protocol.md 5.4), with the KalamDB field metadata the server
 * puts on every field. Built with our writer, which is proven byte-compatible with arrow-vector by
 * the type-mapping oracle tests.
 */
public record ArrowPayload(Schema schema, List<byte[]> streams, int rowCount) {

    /** Rows per batch, as the server in Java batches a Scan. */
    public static final int BATCH_ROWS = 65_536;

    public ArrowPayload {
        streams = List.copyOf(streams);
    }

    /** The six user columns of {@link BenchRow}, typed as KalamDB types them. */
    public static Schema benchSchema() {
        return new Schema(List.of(
                KalamType.BIGINT.toArrowField("id", false, true),
                KalamType.TEXT.toArrowField("name", true, false),
                KalamType.DOUBLE.toArrowField("score", true, false),
                KalamType.TIMESTAMP.toArrowField("created", true, false),
                KalamType.BOOLEAN.toArrowField("active", true, false),
                KalamType.decimal(18, 4).toArrowField("amount", true, false)));
    }

    public static ArrowPayload of(BenchTable table) {
        Schema schema = benchSchema();
        List<byte[]> streams = new ArrayList<>();
        long next = table.firstId();
        long end = table.firstId() + table.rowCount();
        while (next < end) {
            RecordBatchBuilder builder = new RecordBatchBuilder(schema);
            long batchEnd = Math.min(end, next + BATCH_ROWS);
            for (; next < batchEnd; next++) {
                BenchRow r = BenchData.row(next);
                builder.appendRow(r.id(), r.name(), r.score(), r.createdMicros(), r.active(), r.amount());
            }
            streams.add(ArrowIpcWriter.write(builder.build()));
        }
        return new ArrowPayload(schema, streams, table.rowCount());
    }

    /** Total bytes of all streams: the Arrow payload a full scan moves. */
    public long sizeBytes() {
        long n = 0;
        for (byte[] s : streams) {
            n += s.length;
        }
        return n;
    }
}
