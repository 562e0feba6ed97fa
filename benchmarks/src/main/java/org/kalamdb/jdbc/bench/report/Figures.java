package org.kalamdb.jdbc.bench.report;

import java.util.Map;

/**
 * The figures of the report, each taken from the JMH results by benchmark and parameters. Names
 * follow the benchmark classes; targets are the {@code target} parameter values.
 */
final class Figures {

    static final String MEM = "KALAM_MEM";
    static final String GRPC = "KALAM_GRPC";
    static final String PG = "PGJDBC";

    private final Cells cells;

    Figures(Cells cells) {
        this.cells = cells;
    }

    /** Rows per second of a run whose operation handles its {@code rows} parameter. */
    private Cell rate(String benchmark, Map<String, String> params) {
        return cells.cell(benchmark, params, r -> r.primary().perSecond(Double.parseDouble(r.param("rows"))));
    }

    Cell fullScanRate(String target) {
        return rate("FullScanBenchmark.scan", Map.of("target", target));
    }

    Cell lookupPercentile(String target, String percentile) {
        return cells.cell("PointLookupBenchmark.lookup", Map.of("target", target), r -> r.percentile(percentile))
                .map(Metric::inMicros);
    }

    Cell lookupMean(String target) {
        return cells.score("PointLookupBenchmark.lookup", Map.of("target", target)).map(Metric::inMicros);
    }

    Cell batchInsertRate(String target) {
        return rate("BatchInsertBenchmark.insertBatch", Map.of("target", target));
    }

    Cell engineRepeated(String target, String query) {
        return cells.score("EngineQueryBenchmark.repeatedPrepared", Map.of("target", target, "query", query))
                .map(Metric::inMillis);
    }

    Cell engineFirst(String target, String query) {
        return cells.score("EngineFirstQueryBenchmark.firstQuery", Map.of("target", target, "query", query))
                .map(Metric::inMillis);
    }

    Cell coldStart(String target, String query) {
        return cells.score("ColdStartBenchmark.connectAndFirstRow", Map.of("target", target, "query", query))
                .map(Metric::inMillis);
    }

    Cell peakHeapBytes(String target) {
        return cells.cell("ScanMemoryBenchmark.scan", Map.of("target", target), r -> r.secondaryMax("peakHeapBytes", "bytes"));
    }

    Cell arrowPayloadBytes(String target) {
        return cells.cell("ScanMemoryBenchmark.scan", Map.of("target", target),
                r -> r.secondaryMax("arrowPayloadBytes", "bytes"));
    }

    Cell driverLookup() {
        return cells.score("DriverOverheadBenchmark.jdbcLookup", Map.of()).map(Metric::inMicros);
    }

    Cell wireLookup() {
        return cells.score("DriverOverheadBenchmark.wireLookup", Map.of()).map(Metric::inMicros);
    }

    Cell codec(String method) {
        return cells.score("CodecScanBenchmark." + method, Map.of()).map(Metric::inMillis);
    }

    Cell codecRate(String method) {
        return rate("CodecScanBenchmark." + method, Map.of());
    }

    Cell server(String method) {
        return cells.score("ServerScanBenchmark." + method, Map.of()).map(Metric::inMillis);
    }

    Cell fullScanMillis(String target) {
        return cells.score("FullScanBenchmark.scan", Map.of("target", target)).map(Metric::inMillis);
    }

    /** The {@code rows} parameter a benchmark ran with, for the text ("?" when it did not run). */
    String rowsOf(String benchmark) {
        return cells.run(benchmark, Map.of()).map(r -> r.param("rows")).map(Figures::count).orElse("?");
    }

    private static String count(String rows) {
        long n = Long.parseLong(rows);
        return n % 1_000_000 == 0 ? n / 1_000_000 + "M" : n % 1000 == 0 ? n / 1000 + "k" : rows;
    }
}
