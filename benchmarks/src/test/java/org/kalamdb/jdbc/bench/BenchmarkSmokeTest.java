package org.kalamdb.jdbc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every JMH benchmark of the module once, in this JVM, with tiny data and only the targets
 * that need no outside server (no PostgreSQL, no standalone server): proves the benchmarks are
 * wired and run to completion. No timing is asserted; the real runs are benchmarks/run.sh.
 */
class BenchmarkSmokeTest {

    static Stream<Arguments> benchmarks() {
        return Stream.of(
                Arguments.of("codec.CodecScanBenchmark", Map.of("rows", "3000"), 2),
                Arguments.of("server.ServerScanBenchmark", Map.of("rows", "3000"), 3),
                Arguments.of("jdbc.FullScanBenchmark", Map.of("rows", "3000", "target", "KALAM_MEM"), 1),
                Arguments.of("jdbc.PointLookupBenchmark", Map.of("rows", "3000", "target", "KALAM_MEM"), 1),
                Arguments.of("jdbc.BatchInsertBenchmark", Map.of("rows", "500", "target", "KALAM_MEM"), 1),
                Arguments.of("jdbc.EngineQueryBenchmark",
                        Map.of("aggregateRows", "2000", "joinRows", "200", "target", "KALAM_MEM"), 2),
                Arguments.of("jdbc.EngineFirstQueryBenchmark",
                        Map.of("aggregateRows", "2000", "joinRows", "200", "target", "KALAM_MEM"), 2),
                Arguments.of("jdbc.ColdStartBenchmark", Map.of("target", "KALAM_MEM"), 2),
                Arguments.of("memory.ScanMemoryBenchmark", Map.of("rows", "3000", "target", "KALAM_MEM"), 1),
                Arguments.of("overhead.DriverOverheadBenchmark", Map.of(), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benchmarks")
    void runsOnce(String benchmarkClass, Map<String, String> params, int expectedRuns) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("org\\.kalamdb\\.jdbc\\.bench\\." + benchmarkClass.replace(".", "\\.") + "\\.")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(20))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        params.forEach(options::param);
        Collection<RunResult> results = new Runner(options.build()).run();

        assertEquals(expectedRuns, results.size(), "one result per benchmark method and parameter combination");
        for (RunResult r : results) {
            double score = r.getPrimaryResult().getScore();
            assertFalse(Double.isNaN(score), r.getParams().getBenchmark() + " has no score");
            assertTrue(score > 0, r.getParams().getBenchmark() + " scored " + score);
        }
    }
}
