package org.kalamdb.jdbc.bench.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Issue 9, the repeated prepared query: the aggregate or the join executed again and again through
 * one PreparedStatement, every cell of the result read (the engine warm). The first query of a
 * fresh JVM is {@link EngineFirstQueryBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class EngineQueryBenchmark {

    @Param({"KALAM_MEM", "KALAM_GRPC", "PGJDBC"})
    public Target target;

    @Param({"AGGREGATE", "JOIN"})
    public EngineQuery query;

    @Param("100000")
    public int aggregateRows;

    @Param("10000")
    public int joinRows;

    private Connection conn;
    private PreparedStatement statement;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        conn = target.connect();
        for (BenchTable table : query.tables(aggregateRows, joinRows)) {
            TableLoader.ensureLoaded(conn, target, table);
        }
        statement = conn.prepareStatement(query.sql(aggregateRows, joinRows));
        try (ResultSet rs = statement.executeQuery()) {
            ResultCheck.rows(query + " on " + target, query.expectedRows(aggregateRows, joinRows),
                    RowBinder.readAllObjects(rs, null));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        statement.close();
        conn.close();
    }

    @Benchmark
    public long repeatedPrepared(Blackhole bh) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            return RowBinder.readAllObjects(rs, bh);
        }
    }
}
