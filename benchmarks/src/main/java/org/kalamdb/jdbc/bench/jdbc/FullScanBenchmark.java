package org.kalamdb.jdbc.bench.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Issue 6, full scan: {@code SELECT} every row of the 1M-row table and read every cell through
 * the typed getters. One operation = the whole table; rows per second = rows / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class FullScanBenchmark {

    @Param({"KALAM_MEM", "KALAM_GRPC", "PGJDBC"})
    public Target target;

    @Param("1000000")
    public int rows;

    private Connection conn;
    private String sql;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        BenchTable table = BenchTable.scan(rows);
        conn = target.connect();
        TableLoader.ensureLoaded(conn, target, table);
        sql = BenchSql.selectAll(table);
        ResultCheck.rows("full scan on " + target, rows, scan(null));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        conn.close();
    }

    @Benchmark
    public long scan(Blackhole bh) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return RowBinder.readAll(rs, bh);
        }
    }
}
