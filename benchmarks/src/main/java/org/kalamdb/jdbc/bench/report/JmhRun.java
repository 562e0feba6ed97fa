package org.kalamdb.jdbc.bench.report;

import java.util.List;
import java.util.Map;

/**
 * One entry of JMH's JSON result: a benchmark method ({@code SimpleClassName.method}) with one
 * combination of parameters, its primary score, the score percentiles (meaningful in sample
 * mode) and the per-iteration values of the secondary metrics (e.g. @AuxCounters, whose JMH
 * "score" is the sum over iterations and so not used).
 */
public record JmhRun(String benchmark, String mode, Map<String, String> params, Metric primary,
                     Map<String, Double> percentiles, Map<String, List<Double>> secondaryIterations) {

    public JmhRun {
        params = Map.copyOf(params);
        percentiles = Map.copyOf(percentiles);
        secondaryIterations = Map.copyOf(secondaryIterations);
    }

    /** The largest per-iteration value of a secondary metric (a peak), or null when absent. */
    public Metric secondaryMax(String name, String unit) {
        List<Double> values = secondaryIterations.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        return new Metric(values.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), Double.NaN, unit);
    }

    public String param(String name) {
        return params.get(name);
    }

    /** A percentile of the primary metric, in its unit; null when absent. */
    public Metric percentile(String key) {
        Double v = percentiles.get(key);
        return v == null ? null : new Metric(v, Double.NaN, primary.unit());
    }
}
