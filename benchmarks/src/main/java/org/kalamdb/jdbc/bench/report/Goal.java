package org.kalamdb.jdbc.bench.report;

/**
 * A goal of the issues: a figure compared with a threshold ({@code atLeast}: the figure must be
 * ≥ the threshold, else ≤), for the in-process driver and over loopback gRPC.
 */
record Goal(String text, Cell inProcess, Cell grpc, double threshold, boolean atLeast, String suffix) {

    /**
     * "yes" or "no" when the whole error bar is on one side of the threshold; otherwise the value
     * decides but the verdict says the error bar straddles the threshold (a noisy run).
     */
    static String verdict(Cell c, double threshold, boolean atLeast) {
        if (!(c instanceof Cell.Measured m)) {
            return "not measured";
        }
        double v = m.metric().value();
        double e = m.metric().hasError() ? m.metric().error() : 0;
        boolean met = atLeast ? v >= threshold : v <= threshold;
        boolean certain = atLeast ? (v - e >= threshold || v + e < threshold)
                : (v + e <= threshold || v - e > threshold);
        return (met ? "**yes**" : "no") + (certain ? "" : " (within error)");
    }

    String verdictInProcess() {
        return verdict(inProcess, threshold, atLeast);
    }

    String verdictGrpc() {
        return grpc == null ? "n/a" : verdict(grpc, threshold, atLeast);
    }
}
