package org.kalamdb.jdbc.bench.codec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The rival of {@link AccessorScan} (issue 3): the same IPC streams decoded with arrow-vector's
 * ArrowStreamReader and every cell read with its getters, converted to the same Java values a
 * JDBC getter returns (String, java.sql.Timestamp, BigDecimal, ...).
 */
public final class ArrowVectorScan {

    private ArrowVectorScan() {
    }

    /** @return the number of rows read */
    public static long readEveryCell(List<byte[]> streams, BufferAllocator allocator, Blackhole bh) {
        long rows = 0;
        for (byte[] bytes : streams) {
            try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(bytes), allocator)) {
                VectorSchemaRoot root = reader.getVectorSchemaRoot();
                while (reader.loadNextBatch()) {
                    rows += readBatch(root, bh);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }

    private static int readBatch(VectorSchemaRoot root, Blackhole bh) {
        BigIntVector ids = (BigIntVector) root.getVector(0);
        VarCharVector names = (VarCharVector) root.getVector(1);
        Float8Vector scores = (Float8Vector) root.getVector(2);
        TimeStampMicroVector createds = (TimeStampMicroVector) root.getVector(3);
        BitVector actives = (BitVector) root.getVector(4);
        DecimalVector amounts = (DecimalVector) root.getVector(5);
        int n = root.getRowCount();
        for (int r = 0; r < n; r++) {
            bh.consume(ids.get(r));
            bh.consume(new String(names.get(r), StandardCharsets.UTF_8));
            bh.consume(scores.get(r));
            bh.consume(Timestamp.valueOf(createds.getObject(r)));
            bh.consume(actives.get(r) != 0);
            bh.consume(amounts.getObject(r));
        }
        return n;
    }
}
