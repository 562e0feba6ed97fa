package org.kalamdb.jdbc.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReportPartsTest {

    @Test
    void ratioCombinesRelativeErrors() {
        Metric a = new Metric(200, 6, "ms/op");     // 3 %
        Metric b = new Metric(100, 4, "ms/op");     // 4 %
        Metric r = a.ratioTo(b);
        assertEquals(2.0, r.value(), 1e-12);
        assertEquals(2.0 * 0.05, r.error(), 1e-12);  // sqrt(3² + 4²) = 5 %
    }

    @Test
    void unknownErrorStaysUnknown() {
        Metric a = new Metric(200, Double.NaN, "ms/op");
        assertTrue(Double.isNaN(a.ratioTo(new Metric(100, 1, "ms/op")).error()));
    }

    @Test
    void rateFromMillisecondsPerOperation() {
        Metric rate = new Metric(500, 50, "ms/op").perSecond(1_000_000);
        assertEquals(2_000_000, rate.value(), 1e-6);
        assertEquals(200_000, rate.error(), 1e-6);
        assertEquals(2.5, new Metric(2500, 0, "ns/op").inMicros().value(), 1e-12);
    }

    @Test
    void failureLogAttributesTheFirstLineAfterTheMarker() {
        List<String> log = List.of(
                "# Benchmark: org.kalamdb.jdbc.bench.jdbc.FullScanBenchmark.scan",
                "# Parameters: (rows = 1000000, target = KALAM_GRPC)",
                "",
                "# Fork: 1 of 1",
                "<failure>",
                "",
                "java.sql.SQLException: connection refused",
                "\tat org.kalamdb...",
                "# Benchmark: org.kalamdb.jdbc.bench.jdbc.FullScanBenchmark.scan",
                "# Parameters: (rows = 1000000, target = PGJDBC)",
                "Iteration   1: 10 ms/op");
        FailureLog parsed = new FailureLog(FailureLog.parseLines(log));
        assertEquals(Optional.of("java.sql.SQLException: connection refused"),
                parsed.reason("FullScanBenchmark.scan", Map.of("target", "KALAM_GRPC")));
        assertEquals(Optional.empty(), parsed.reason("FullScanBenchmark.scan", Map.of("target", "PGJDBC")));
    }

    @Test
    void spliceReplacesOnlyTheGeneratedSection() {
        String readme = "# Title\nintro\n" + ReportRenderer.START + "\nold\n" + ReportRenderer.END + "\n## After\n";
        String out = ReportRenderer.splice(readme, ReportRenderer.START + "\nnew\n" + ReportRenderer.END + "\n");
        assertEquals("# Title\nintro\n" + ReportRenderer.START + "\nnew\n" + ReportRenderer.END + "\n## After\n", out);
        assertTrue(ReportRenderer.splice("# T\n", "S\n").endsWith("\nS\n"));
    }

    @Test
    void goalVerdicts() {
        assertEquals("**yes**", Goal.verdict(Cell.of(new Metric(2.4, 0.1, "×")), 2.0, true));
        assertEquals("no", Goal.verdict(Cell.of(new Metric(1.8, 0.1, "×")), 1.5, false));
        assertEquals("not measured", Goal.verdict(Cell.missing("not run"), 1.5, false));
        assertEquals("**yes** (within error)", Goal.verdict(Cell.of(new Metric(2.4, 0.5, "×")), 2.0, true));
        assertEquals("no (within error)", Goal.verdict(Cell.of(new Metric(1.7, 0.3, "×")), 1.5, false));
    }
}
