package org.kalamdb.jdbc.bench.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 6, cold start: in a new JVM, from {@code DriverManager.getConnection} to the first row of
 * a query, once per forked JVM (no driver class is loaded before the measured call). Two queries:
 * a catalog table each database has from the start (no data to load into the in-process server
 * first) and {@code SELECT 1}, which on KalamDB needs the driver's query engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ColdStartBenchmark {

    /** What the first query reads. */
    public enum ColdQuery {
        CATALOG_TABLE, SELECT_ONE;

        String sql(Target target) {
            return switch (this) {
                case CATALOG_TABLE -> target.isKalam() ? "SELECT namespace_id FROM system.namespaces"
                        : "SELECT nspname FROM pg_catalog.pg_namespace";
                case SELECT_ONE -> "SELECT 1";
            };
        }
    }

    @Param({"KALAM_MEM", "KALAM_GRPC", "PGJDBC"})
    public Target target;

    @Param({"CATALOG_TABLE", "SELECT_ONE"})
    public ColdQuery query;

    @Benchmark
    public Object connectAndFirstRow() throws SQLException {
        try (Connection conn = DriverManager.getConnection(target.url());
             Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(query.sql(target))) {
            if (!rs.next()) {
                throw new IllegalStateException("no row from " + query.sql(target));
            }
            return rs.getObject(1);
        }
    }
}
