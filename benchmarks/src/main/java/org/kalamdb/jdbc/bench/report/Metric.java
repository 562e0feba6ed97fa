package org.kalamdb.jdbc.bench.report;

/**
 * A measured value with its error bar (JMH's 99.9% confidence half-width; NaN when JMH had too few
 * samples to give one) and unit.
 */
public record Metric(double value, double error, String unit) {

    /** {@code this / other}, the relative errors combined in quadrature. */
    public Metric ratioTo(Metric other) {
        double r = value / other.value;
        double e = r * Math.hypot(relative(this), relative(other));
        return new Metric(r, e, "×");
    }

    /** The rate of an operation that handles {@code items} in {@code value} milliseconds: items per second. */
    public Metric perSecond(double items) {
        double millis = toMillis();
        double rate = items * 1000.0 / millis;
        return new Metric(rate, rate * relative(this), "rows/s");
    }

    /** The value in milliseconds, for the time units JMH uses. */
    public double toMillis() {
        return value * millisPer(unit);
    }

    public Metric inMillis() {
        double f = millisPer(unit);
        return new Metric(value * f, error * f, "ms");
    }

    public Metric inMicros() {
        double f = millisPer(unit) * 1000.0;
        return new Metric(value * f, error * f, "µs");
    }

    public Metric minus(Metric other) {
        return new Metric(value - other.value, Math.hypot(error, other.error), unit);
    }

    private static double millisPer(String unit) {
        String u = unit.replace("/op", "");
        return switch (u) {
            case "s" -> 1000.0;
            case "ms" -> 1.0;
            case "us", "µs" -> 0.001;
            case "ns" -> 0.000_001;
            default -> throw new IllegalArgumentException("not a time unit: " + unit);
        };
    }

    /** The relative error; NaN when the error is unknown, which then makes derived errors unknown too. */
    private static double relative(Metric m) {
        return m.value == 0 ? Double.NaN : m.error / Math.abs(m.value);
    }

    public boolean hasError() {
        return !Double.isNaN(error);
    }
}
