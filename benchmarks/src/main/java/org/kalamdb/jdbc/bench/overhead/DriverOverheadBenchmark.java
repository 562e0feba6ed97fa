package org.kalamdb.jdbc.bench.overhead;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.kalamdb.jdbc.bench.data.BenchTable;
import org.kalamdb.jdbc.bench.jdbc.BenchSql;
import org.kalamdb.jdbc.bench.jdbc.RowBinder;
import org.kalamdb.jdbc.bench.jdbc.TableLoader;
import org.kalamdb.jdbc.bench.jdbc.Target;
import org.kalamdb.jdbc.bench.server.WireClient;
import org.kalamdb.server.EmbeddedServers;
import org.kalamdb.server.proto.ScanRpcResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 6 goal "the driver's own time per fast-path statement under 20 µs": the same primary-key
 * lookup on a 16-row in-process table, once through JDBC (a PreparedStatement whose plan is
 * cached after the first execution) and once as the bare Scan RPC the driver sends for it, on the
 * same server and transport. The difference is the driver's own time: planning, parameter
 * binding, the request, decoding, the ResultSet and its getters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class DriverOverheadBenchmark {

    private static final String MEM_NAME = "bench-overhead";
    private static final BenchTable TABLE = BenchTable.scan(16);
    private static final List<String> COLUMNS = List.of("id", "name", "score", "created", "active", "amount");

    private Connection conn;
    private PreparedStatement lookup;
    private WireClient wire;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        conn = DriverManager.getConnection("jdbc:kalam:mem:" + MEM_NAME);
        TableLoader.ensureLoaded(conn, Target.KALAM_MEM, TABLE);
        lookup = conn.prepareStatement(BenchSql.selectById(TABLE));
        wire = new WireClient(EmbeddedServers.start(MEM_NAME));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        wire.close();
        lookup.close();
        conn.close();
        EmbeddedServers.stop(MEM_NAME);
    }

    private int nextId() {
        next = (next + 1) & 15;
        return next;
    }

    /** The lookup through the driver, every cell read. */
    @Benchmark
    public long jdbcLookup(Blackhole bh) throws SQLException {
        lookup.setLong(1, nextId());
        try (ResultSet rs = lookup.executeQuery()) {
            return RowBinder.readAll(rs, bh);
        }
    }

    /** The Scan RPC alone that the driver sends for that lookup: the time the driver is not responsible for. */
    @Benchmark
    public ScanRpcResponse wireLookup() {
        return wire.scanSharedWhereEq(BenchTable.SCHEMA, TABLE.name(), COLUMNS, "id", Integer.toString(nextId()));
    }
}
