package org.kalamdb.jdbc.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Compares an engine result with PostgreSQL's: same number of columns of the same value classes,
 * same rows (as multisets unless the query orders them), values compared by class: exact numbers
 * by numeric value, floating point within a relative 1e-6 (REAL has 24 bits), JSON as parsed
 * documents, UUIDs case-insensitively, temporal values in microseconds.
 */
final class ResultComparison {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double APPROXIMATE_TOLERANCE = 1e-6;
    private static final BigDecimal EXACT_DIVISION_TOLERANCE = new BigDecimal("1e-15");

    private ResultComparison() {
    }

    /** Null when the results agree, else what differs. */
    static String differences(PgResult pg, QueryResult engine, boolean ordered) {
        List<ResultColumn> columns = engine.columns();
        if (columns.size() != pg.classes().size()) {
            return "column count: postgres " + pg.classes().size() + ", engine " + columns.size();
        }
        List<ValueClass> classes = pg.classes();
        for (int i = 0; i < columns.size(); i++) {
            ValueClass e = ValueClass.ofEngine(columns.get(i).type());
            if (!classes.get(i).acceptsEngine(e)) {
                return "column " + (i + 1) + " (" + pg.labels().get(i) + "): postgres " + classes.get(i) + ", engine "
                        + e + " (" + columns.get(i).type() + ")";
            }
        }
        if (pg.rows().size() != engine.rows().size()) {
            return "row count: postgres " + pg.rows().size() + ", engine " + engine.rows().size()
                    + "\n  postgres: " + show(pg.rows()) + "\n  engine:   " + show(engine.rows());
        }
        List<Object[]> expected = normalize(pg.rows(), classes);
        List<Object[]> actual = normalize(engine.rows(), classes);
        if (!ordered) {
            expected.sort(ROW_ORDER);
            actual.sort(ROW_ORDER);
        }
        for (int r = 0; r < expected.size(); r++) {
            for (int c = 0; c < classes.size(); c++) {
                if (!same(expected.get(r)[c], actual.get(r)[c], classes.get(c))) {
                    return "row " + (r + 1) + " column " + (c + 1) + " (" + pg.labels().get(c) + "): postgres "
                            + expected.get(r)[c] + ", engine " + actual.get(r)[c]
                            + "\n  postgres: " + show(expected) + "\n  engine:   " + show(actual);
                }
            }
        }
        return null;
    }

    /** Label differences, reported separately. */
    static String labelDifferences(PgResult pg, QueryResult engine) {
        List<String> ours = new ArrayList<>();
        for (ResultColumn c : engine.columns()) {
            ours.add(c.label());
        }
        return ours.equals(pg.labels()) ? null : "labels: postgres " + pg.labels() + ", engine " + ours;
    }

    private static List<Object[]> normalize(List<Object[]> rows, List<ValueClass> classes) {
        List<Object[]> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] n = new Object[row.length];
            for (int c = 0; c < row.length; c++) {
                n[c] = normalize(row[c], classes.get(c));
            }
            out.add(n);
        }
        return out;
    }

    private static Object normalize(Object v, ValueClass cls) {
        if (v == null) {
            return null;
        }
        return switch (cls) {
            case EXACT -> new BigDecimal(v.toString()).stripTrailingZeros();
            case APPROXIMATE -> ((Number) v).doubleValue();
            case JSON -> parseJson(v.toString());
            case UUID -> v.toString().toLowerCase(Locale.ROOT);
            case BYTES -> v instanceof byte[] b ? Arrays.toString(b) : v.toString();
            default -> v;
        };
    }

    private static Object parseJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            return "invalid JSON: " + text;
        }
    }

    private static boolean same(Object expected, Object actual, ValueClass cls) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (cls == ValueClass.APPROXIMATE) {
            double a = (Double) expected;
            double b = (Double) actual;
            if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)) {
                return Double.compare(a, b) == 0;
            }
            return Math.abs(a - b) <= APPROXIMATE_TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
        }
        if (cls == ValueClass.EXACT) {
            BigDecimal a = (BigDecimal) expected;
            BigDecimal b = (BigDecimal) actual;
            if (a.compareTo(b) == 0) {
                return true;
            }
            // Exact division (and avg) is computed to 16 significant digits by the engine, about 20
            // by PostgreSQL (sql-compatibility.md): equal to 15 significant digits is equal.
            BigDecimal scale = a.abs().max(b.abs());
            return a.subtract(b).abs().compareTo(scale.multiply(EXACT_DIVISION_TOLERANCE)) <= 0;
        }
        if (cls == ValueClass.JSON && expected instanceof JsonNode e && actual instanceof JsonNode a) {
            return e.equals(NUMERIC_EQUALITY, a);
        }
        return expected.equals(actual);
    }

    private static final Comparator<JsonNode> NUMERIC_EQUALITY = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    /** Orders rows by a text key in which floating point is rounded, so near-equal rows pair up. */
    private static final Comparator<Object[]> ROW_ORDER = Comparator.comparing(ResultComparison::sortKey);

    private static String sortKey(Object[] row) {
        StringBuilder key = new StringBuilder();
        for (Object v : row) {
            if (v == null) {
                key.append("\u0000null");
            } else if (v instanceof Double d) {
                key.append(String.format(Locale.ROOT, "%.5e", d));
            } else if (v instanceof BigDecimal b) {
                key.append(b.toPlainString());
            } else if (v instanceof JsonNode j) {
                key.append(canonical(j));
            } else {
                key.append(v);
            }
            key.append('\u0001');
        }
        return key.toString();
    }

    /** JSON text with object keys sorted and numbers in plain form, for sort keys. */
    private static String canonical(JsonNode node) {
        if (node.isObject()) {
            java.util.TreeMap<String, String> fields = new java.util.TreeMap<>();
            node.properties().forEach(e -> fields.put(e.getKey(), canonical(e.getValue())));
            return fields.toString();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(canonical(n)));
            return items.toString();
        }
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        return node.toString();
    }

    private static String show(List<Object[]> rows) {
        StringBuilder s = new StringBuilder();
        int n = 0;
        for (Object[] r : rows) {
            if (n++ == 8) {
                s.append(" ... (").append(rows.size()).append(" rows)");
                break;
            }
            s.append(Arrays.toString(r)).append(' ');
        }
        return s.toString();
    }
}
