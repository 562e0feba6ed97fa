package org.kalamdb.jdbc.bench.memory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.kalamdb.jdbc.bench.data.ArrowPayload;
import org.kalamdb.jdbc.bench.data.BenchTable;
import org.kalamdb.jdbc.bench.jdbc.BenchSql;
import org.kalamdb.jdbc.bench.jdbc.RowBinder;
import org.kalamdb.jdbc.bench.jdbc.TableLoader;
import org.kalamdb.jdbc.bench.jdbc.Target;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 6, memory: the peak live heap while scanning the 1M-row table (every cell read, the
 * ResultSet open until the last row), against the size of the table's Arrow payload. Reported as
 * the secondary metrics {@code peakHeapBytes} and {@code arrowPayloadBytes}; the time score is a
 * by-product (it includes forced collections) and is not a result.
 * <p>
 * With {@code KALAM_MEM} the server shares the JVM, so the peak includes its side of the scan
 * (the reply it builds); {@code KALAM_GRPC} is the driver alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
// A small young generation: collections every 16 MB of allocation sample the live heap finely.
// With a large one they are so rare that the transient peak while a reply is decoded is missed
// (300k rows over gRPC: 44 MB measured with the default young size, 70 MB with -Xmn16m and 72 MB
// with -Xmn8m; the scan fails with OutOfMemoryError below -Xmx128m, which confirms the latter).
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-Xmn16m"})
public class ScanMemoryBenchmark {

    @Param({"KALAM_MEM", "KALAM_GRPC", "PGJDBC"})
    public Target target;

    @Param("1000000")
    public int rows;

    private Connection conn;
    private String sql;
    private long payloadBytes;

    /** Per-iteration results JMH reports next to the score (the largest peak of the iteration). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class HeapCounters {
        public long peakHeapBytes;
        public long arrowPayloadBytes;
    }

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        BenchTable table = BenchTable.scan(rows);
        conn = target.connect();
        TableLoader.ensureLoaded(conn, target, table);
        sql = BenchSql.selectAll(table);
        payloadBytes = ArrowPayload.of(table).sizeBytes();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        conn.close();
    }

    @Benchmark
    public long scan(HeapCounters counters, Blackhole bh) throws SQLException {
        try (HeapWatch watch = HeapWatch.start();
             Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            long n = RowBinder.readAll(rs, bh);
            watch.sampleNow();    // the ResultSet is still open: whatever it holds is counted
            counters.peakHeapBytes = Math.max(counters.peakHeapBytes, watch.peakAboveBaseline());
            counters.arrowPayloadBytes = payloadBytes;
            return n;
        }
    }
}
