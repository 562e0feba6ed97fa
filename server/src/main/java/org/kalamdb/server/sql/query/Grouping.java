package org.kalamdb.server.sql.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GROUP BY: rows to group rows laid out as [key values..., aggregate results...], in first-seen order. */
final class Grouping {

    private Grouping() {
    }

    /** Groups rows by key; a query with aggregates and no GROUP BY has exactly one group, even over no rows. */
    static List<Object[]> group(List<Object[]> rows, List<Compiled> keys, List<Aggregates.Spec> specs,
                                        boolean singleGroup) {
        Map<List<Object>, Object[]> keyValues = new LinkedHashMap<>();
        Map<List<Object>, Aggregates.Accumulator[]> accumulators = new LinkedHashMap<>();
        if (singleGroup) {
            keyValues.put(List.of(), new Object[0]);
            accumulators.put(List.of(), newAccumulators(specs));
        }
        for (Object[] row : rows) {
            Object[] values = new Object[keys.size()];
            List<Object> key = new ArrayList<>(keys.size());
            for (int i = 0; i < values.length; i++) {
                values[i] = keys.get(i).eval().eval(row);
                key.add(SqlOps.key(values[i]));
            }
            keyValues.putIfAbsent(key, values);
            Aggregates.Accumulator[] accs = accumulators.computeIfAbsent(key, k -> newAccumulators(specs));
            for (int i = 0; i < specs.size(); i++) {
                Compiled arg = specs.get(i).argument();
                accs[i].add(arg == null ? Boolean.TRUE : arg.eval().eval(row));
            }
        }
        List<Object[]> out = new ArrayList<>();
        for (Map.Entry<List<Object>, Object[]> e : keyValues.entrySet()) {
            Aggregates.Accumulator[] accs = accumulators.get(e.getKey());
            Object[] g = new Object[keys.size() + specs.size()];
            System.arraycopy(e.getValue(), 0, g, 0, keys.size());
            for (int i = 0; i < specs.size(); i++) {
                g[keys.size() + i] = accs[i].result();
            }
            out.add(g);
        }
        return out;
    }

    static Aggregates.Accumulator[] newAccumulators(List<Aggregates.Spec> specs) {
        Aggregates.Accumulator[] accs = new Aggregates.Accumulator[specs.size()];
        for (int i = 0; i < accs.length; i++) {
            accs[i] = specs.get(i).newAccumulator();
        }
        return accs;
    }
}
