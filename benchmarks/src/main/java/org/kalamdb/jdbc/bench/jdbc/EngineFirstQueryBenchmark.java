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
 * Issue 9, the first engine query of a fresh JVM: one execution per forked JVM, the connection
 * open and the data in place (loading uses only the fast path, so the query engine is still
 * cold). Several forks give the error bars.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class EngineFirstQueryBenchmark {

    @Param({"KALAM_MEM", "KALAM_GRPC", "PGJDBC"})
    public Target target;

    @Param({"AGGREGATE", "JOIN"})
    public EngineQuery query;

    @Param("100000")
    public int aggregateRows;

    @Param("10000")
    public int joinRows;

    private Connection conn;
    private String sql;
    private long rowsRead = -1;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        conn = target.connect();
        for (BenchTable table : query.tables(aggregateRows, joinRows)) {
            TableLoader.ensureLoaded(conn, target, table);
        }
        sql = query.sql(aggregateRows, joinRows);
    }

    /** Checked afterwards: checking before would run the engine and spoil the first query. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        conn.close();
        ResultCheck.rows(query + " on " + target, query.expectedRows(aggregateRows, joinRows), rowsRead);
    }

    @Benchmark
    public long firstQuery(Blackhole bh) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rowsRead = RowBinder.readAllObjects(rs, bh);
            return rowsRead;
        }
    }
}
