package org.kalamdb.jdbc.bench.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.kalamdb.jdbc.bench.data.BenchRow;
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

/**
 * Issue 6, batch insert: 100k rows into an empty table through one PreparedStatement and one
 * {@code executeBatch}, in autocommit (pgjdbc with {@code reWriteBatchedInserts=true}). Each
 * iteration starts from a freshly created table; rows per second = rows / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class BatchInsertBenchmark {

    @Param({"KALAM_MEM", "KALAM_GRPC", "PGJDBC"})
    public Target target;

    @Param("100000")
    public int rows;

    private BenchTable table;
    private Connection conn;
    private List<BenchRow> data;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        conn = target.connect();
        table = BenchTable.insertTarget(rows);
        data = table.rows();
    }

    @Setup(Level.Iteration)
    public void emptyTable() throws SQLException {
        TableLoader.recreate(conn, target, table);
    }

    @TearDown(Level.Iteration)
    public void checkInserted() throws SQLException {
        if (!TableLoader.isComplete(conn, table)) {
            throw new IllegalStateException("the batch insert on " + target + " did not store row " + table.lastId());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        conn.close();
    }

    @Benchmark
    public int[] insertBatch() throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(BenchSql.insert(table))) {
            for (BenchRow row : data) {
                RowBinder.bind(ps, row);
                ps.addBatch();
            }
            return ps.executeBatch();
        }
    }
}
