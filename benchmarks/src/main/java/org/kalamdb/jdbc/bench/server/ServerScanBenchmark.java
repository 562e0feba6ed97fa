package org.kalamdb.jdbc.bench.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.ByteString;
import io.grpc.Server;
import io.grpc.inprocess.InProcessServerBuilder;

import org.kalamdb.jdbc.bench.codec.AccessorScan;
import org.kalamdb.jdbc.bench.data.BenchTable;
import org.kalamdb.jdbc.types.arrow.ArrowIpcReader;
import org.kalamdb.server.KalamNode;
import org.kalamdb.server.ServerConfig;
import org.kalamdb.server.proto.ScanRpcResponse;
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
 * Issue 7: the server is never the bottleneck. Serving a full Scan of the 1M-row table (store
 * read, record batches, Arrow IPC encoding, the reply message) against what the client then spends
 * decoding those very bytes and reading every cell. The server runs in-process (gRPC in-process
 * transport, no serialisation); {@link #serveScanSerialized} adds the protobuf serialisation a
 * network transport would do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ServerScanBenchmark {

    private static final List<String> COLUMNS = List.of("id", "name", "score", "created", "active", "amount");

    @Param("1000000")
    public int rows;

    private KalamNode node;
    private Server server;
    private WireClient client;
    private BenchTable table;
    private List<byte[]> served;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        // A node served over the in-process transport exactly as EmbeddedServers serves jdbc:kalam:mem:,
        // but owned here so that the table can be filled straight into its store.
        node = new KalamNode(ServerConfig.builder().build());
        String transportName = "bench-server-scan-" + UUID.randomUUID();
        server = InProcessServerBuilder.forName(transportName)
                .addService(node.service())
                .fallbackHandlerRegistry(node.fallbackRegistry())
                .build()
                .start();
        client = new WireClient(transportName);
        table = BenchTable.scan(rows);
        ServerTables.createAndFill(client, node, table);
        served = new ArrayList<>();
        for (ByteString b : scan().getIpcBatchesList()) {
            served.add(b.toByteArray());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        client.close();
        server.shutdownNow();
        node.close();
    }

    private ScanRpcResponse scan() {
        return client.scanShared(BenchTable.SCHEMA, table.name(), COLUMNS);
    }

    /** The server's whole work for one full Scan, reply built. */
    @Benchmark
    public ScanRpcResponse serveScan() {
        return scan();
    }

    /** As {@link #serveScan}, plus serialising the reply as a network transport must. */
    @Benchmark
    public byte[] serveScanSerialized() {
        return scan().toByteArray();
    }

    /** The client's side of the same reply: decode every IPC stream, read every cell. */
    @Benchmark
    public long clientReadsScan(Blackhole bh) {
        return AccessorScan.readEveryCell(ArrowIpcReader.readAll(served), bh);
    }
}
