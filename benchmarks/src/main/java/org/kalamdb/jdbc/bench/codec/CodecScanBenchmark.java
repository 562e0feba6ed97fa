package org.kalamdb.jdbc.bench.codec;

import java.util.concurrent.TimeUnit;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.kalamdb.jdbc.bench.data.ArrowPayload;
import org.kalamdb.jdbc.bench.data.BenchTable;
import org.kalamdb.jdbc.types.arrow.ArrowIpcReader;
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
 * Issue 3: decode a full scan's IPC streams (1M rows × six columns) and read every cell, with our
 * heap codec and accessors against arrow-vector 19.0.0 on the same bytes. One operation = the
 * whole table; rows per second = rows / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 8, time = 1)
// arrow-vector's allocator needs the flag (design.md D2); our codec does not.
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xms3g", "-Xmx3g"})
public class CodecScanBenchmark {

    @Param("1000000")
    public int rows;

    private ArrowPayload payload;
    private BufferAllocator allocator;

    @Setup(Level.Trial)
    public void setUp() {
        payload = ArrowPayload.of(BenchTable.scan(rows));
        allocator = new RootAllocator();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        allocator.close();
    }

    @Benchmark
    public long kalamCodec(Blackhole bh) {
        return AccessorScan.readEveryCell(ArrowIpcReader.readAll(payload.streams()), bh);
    }

    @Benchmark
    public long arrowVector(Blackhole bh) {
        return ArrowVectorScan.readEveryCell(payload.streams(), allocator, bh);
    }
}
