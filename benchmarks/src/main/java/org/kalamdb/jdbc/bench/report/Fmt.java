package org.kalamdb.jdbc.bench.report;

import java.util.Locale;

/** Number formatting for the report: three significant digits, error bars as ± values. */
final class Fmt {

    private Fmt() {
    }

    static String number(double v) {
        double a = Math.abs(v);
        if (Double.isNaN(v)) {
            return "n/a";
        } else if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        } else if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        } else if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        } else if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /** {@code value ± error} scaled by {@code divisor} (e.g. 1e6 for millions), with a suffix. */
    static String metric(Metric m, double divisor, String suffix) {
        String s = number(m.value() / divisor);
        if (m.hasError()) {
            s += " ± " + number(m.error() / divisor);
        }
        return s + suffix;
    }

    static String cell(Cell c, double divisor, String suffix) {
        if (c instanceof Cell.Measured m) {
            return metric(m.metric(), divisor, suffix);
        }
        return "— (" + shorten(((Cell.Missing) c).reason()) + ")";
    }

    static String shorten(String reason) {
        String r = reason.replace('|', '/');
        return r.length() > 140 ? r.substring(0, 137) + "..." : r;
    }
}
