package org.kalamdb.jdbc.bench.report;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Looks figures up in the JMH results; a figure that is absent says why (the failure log, or not run). */
public final class Cells {

    private final JmhResults results;
    private final FailureLog failures;

    public Cells(JmhResults results, FailureLog failures) {
        this.results = results;
        this.failures = failures;
    }

    public Optional<JmhRun> run(String benchmark, Map<String, String> params) {
        return results.find(benchmark, params);
    }

    /** The primary score of a benchmark run. */
    public Cell score(String benchmark, Map<String, String> params) {
        return cell(benchmark, params, JmhRun::primary);
    }

    /** Any figure derived from a run; missing when the run is absent or the figure is null. */
    public Cell cell(String benchmark, Map<String, String> params, Function<JmhRun, Metric> figure) {
        Optional<JmhRun> run = results.find(benchmark, params);
        if (run.isPresent()) {
            Metric m = figure.apply(run.get());
            return m == null ? Cell.missing("no such figure in the result") : Cell.of(m);
        }
        return Cell.missing(failures.reason(benchmark, params).orElse("not run"));
    }
}
