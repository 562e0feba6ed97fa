package org.kalamdb.jdbc.bench.report;

import java.util.function.UnaryOperator;

/** One figure of the report: measured, or missing with the reason. */
public sealed interface Cell {

    record Measured(Metric metric) implements Cell {
    }

    record Missing(String reason) implements Cell {
    }

    static Cell of(Metric metric) {
        return new Measured(metric);
    }

    static Cell missing(String reason) {
        return new Missing(reason);
    }

    default Cell map(UnaryOperator<Metric> f) {
        return this instanceof Measured m ? new Measured(f.apply(m.metric())) : this;
    }

    /** {@code this / other}; missing when either is. */
    default Cell ratioTo(Cell other) {
        if (this instanceof Measured a && other instanceof Measured b) {
            return new Measured(a.metric().ratioTo(b.metric()));
        }
        return this instanceof Missing ? this : other;
    }

    /** {@code this - other}; missing when either is. */
    default Cell minus(Cell other) {
        if (this instanceof Measured a && other instanceof Measured b) {
            return new Measured(a.metric().minus(b.metric()));
        }
        return this instanceof Missing ? this : other;
    }
}
