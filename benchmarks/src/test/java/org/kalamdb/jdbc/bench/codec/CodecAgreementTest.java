package org.kalamdb.jdbc.bench.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.bench.data.ArrowPayload;
import org.kalamdb.jdbc.bench.data.BenchTable;
import org.kalamdb.jdbc.types.access.Accessors;
import org.kalamdb.jdbc.types.access.ColumnAccessor;
import org.kalamdb.jdbc.types.arrow.ArrowIpcReader;
import org.kalamdb.jdbc.types.arrow.IpcStream;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.openjdk.jmh.infra.Blackhole;

/** Both sides of the codec benchmark read the same rows and see the same values. */
class CodecAgreementTest {

    private static final String BLACKHOLE_CONSENT =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

    @Test
    void bothSidesReadEveryRowOfEveryStream() {
        ArrowPayload payload = ArrowPayload.of(BenchTable.scan(70_000));    // two batches: two streams
        assertEquals(2, payload.streams().size());
        Blackhole bh = new Blackhole(BLACKHOLE_CONSENT);
        try (BufferAllocator allocator = new RootAllocator()) {
            assertEquals(70_000, AccessorScan.readEveryCell(ArrowIpcReader.readAll(payload.streams()), bh));
            assertEquals(70_000, ArrowVectorScan.readEveryCell(payload.streams(), allocator, bh));
        }
    }

    @Test
    void bothSidesProduceTheSameJavaValues() throws IOException {
        ArrowPayload payload = ArrowPayload.of(BenchTable.scan(1_000));
        assertEquals(ourValues(payload), arrowVectorValues(payload));
    }

    private static List<Object> ourValues(ArrowPayload payload) {
        IpcStream stream = ArrowIpcReader.readAll(payload.streams());
        List<ColumnAccessor> a = Accessors.forSchema(stream.schema());
        RecordBatch batch = stream.batches().get(0);
        List<Object> out = new ArrayList<>();
        for (int r = 0; r < batch.rowCount(); r++) {
            out.add(a.get(0).getLong(batch.column(0), r));
            out.add(a.get(1).getString(batch.column(1), r));
            out.add(a.get(3).getTimestamp(batch.column(3), r, null));
            out.add(a.get(5).getBigDecimal(batch.column(5), r));
        }
        return out;
    }

    private static List<Object> arrowVectorValues(ArrowPayload payload) throws IOException {
        List<Object> out = new ArrayList<>();
        try (BufferAllocator allocator = new RootAllocator();
             ArrowStreamReader reader = new ArrowStreamReader(
                     new ByteArrayInputStream(payload.streams().get(0)), allocator)) {
            reader.loadNextBatch();
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            for (int r = 0; r < root.getRowCount(); r++) {
                out.add(((BigIntVector) root.getVector(0)).get(r));
                out.add(new String(((VarCharVector) root.getVector(1)).get(r), StandardCharsets.UTF_8));
                out.add(Timestamp.valueOf(((TimeStampMicroVector) root.getVector(3)).getObject(r)));
                out.add(((DecimalVector) root.getVector(5)).getObject(r));
            }
        }
        return out;
    }
}
