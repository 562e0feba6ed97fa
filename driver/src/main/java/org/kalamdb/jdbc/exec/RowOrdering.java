package org.kalamdb.jdbc.exec;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * ORDER BY for the fast path: sorts row indexes by the keys' values with PostgreSQL's rules: NULLs
 * last for ASC and first for DESC unless NULLS FIRST/LAST says otherwise, numbers across
 * integer/numeric/double by value, text by code point (the C collation), uuids and bytes
 * unsigned, a stable sort so equal keys keep scan order.
 */
final class RowOrdering {

    /** One key: a function reading the key of a row, and its direction. */
    record Key(RowKey reader, boolean descending, boolean nullsFirst) {
    }

    @FunctionalInterface
    interface RowKey {
        Object valueAt(int row);
    }

    private RowOrdering() {
    }

    static int[] sort(int[] rows, List<Key> keys) {
        if (keys.isEmpty() || rows.length < 2) {
            return rows;
        }
        Object[][] values = new Object[keys.size()][];
        for (int k = 0; k < keys.size(); k++) {
            Object[] column = new Object[rows.length];
            for (int i = 0; i < rows.length; i++) {
                column[i] = keys.get(k).reader().valueAt(rows[i]);
            }
            values[k] = column;
        }
        Integer[] order = new Integer[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<Integer> cmp = (a, b) -> {
            for (int k = 0; k < keys.size(); k++) {
                Key key = keys.get(k);
                int c = compareNullable(values[k][a], values[k][b], key.nullsFirst());
                if (c != 0) {
                    boolean bothPresent = values[k][a] != null && values[k][b] != null;
                    return key.descending() && bothPresent ? -c : c;
                }
            }
            return 0;
        };
        Arrays.sort(order, cmp);
        int[] out = new int[rows.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows[order[i]];
        }
        return out;
    }

    private static int compareNullable(Object a, Object b, boolean nullsFirst) {
        if (a == null || b == null) {
            if (a == b) {
                return 0;
            }
            return (a == null) == nullsFirst ? -1 : 1;
        }
        return compare(a, b);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        BigDecimal da = SqlValueReader.asDecimal(a);
        BigDecimal db = SqlValueReader.asDecimal(b);
        if (da != null && db != null && !(a instanceof Long && b instanceof Long)) {
            return da.compareTo(db);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y);
        }
        if ((a instanceof Double || b instanceof Double) && (a instanceof Number && b instanceof Number)) {
            // NaN or infinity against another number: PostgreSQL sorts NaN above everything
            return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
        }
        if (a instanceof String x && b instanceof String y) {
            return compareCodePoints(x, y);
        }
        if (a instanceof UUID x && b instanceof UUID y) {
            int c = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
            return c != 0 ? c : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.compareUnsigned(x, y);
        }
        if (a instanceof float[] x && b instanceof float[] y) {
            return Arrays.compare(x, y);
        }
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        return compareCodePoints(String.valueOf(a), String.valueOf(b));
    }

    private static int compareCodePoints(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }
}
