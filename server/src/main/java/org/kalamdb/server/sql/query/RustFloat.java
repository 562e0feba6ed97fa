package org.kalamdb.server.sql.query;

import java.math.BigDecimal;

/** Rust's Display of f64 (what arrow prints when casting floats to text): no exponent, shortest round-trip digits. */
public final class RustFloat {

    private RustFloat() {
    }

    public static String display(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return Long.toString((long) d);
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}
