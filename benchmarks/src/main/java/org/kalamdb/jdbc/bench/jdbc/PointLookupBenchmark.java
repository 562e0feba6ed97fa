package org.kalamdb.jdbc.bench.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.kalamdb.jdbc.bench.data.BenchTable;
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
 * Issue 6, point lookup: one row by primary key with a PreparedStatement, every cell read. Sampled
 * latencies (JMH sample mode), so the report has the median and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class PointLookupBenchmark {

    @Param({"KALAM_MEM", "KALAM_GRPC", "PGJDBC"})
    public Target target;

    @Param("1000000")
    public int rows;

    private Connection conn;
    private PreparedStatement lookup;
    private final SplittableRandom random = new SplittableRandom(42);

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        BenchTable table = BenchTable.scan(rows);
        conn = target.connect();
        TableLoader.ensureLoaded(conn, target, table);
        lookup = conn.prepareStatement(BenchSql.selectById(table));
        ResultCheck.rows("point lookup on " + target, 1, lookup(null));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        lookup.close();
        conn.close();
    }

    @Benchmark
    public long lookup(Blackhole bh) throws SQLException {
        lookup.setLong(1, random.nextInt(rows));
        try (ResultSet rs = lookup.executeQuery()) {
            return RowBinder.readAll(rs, bh);
        }
    }
}
