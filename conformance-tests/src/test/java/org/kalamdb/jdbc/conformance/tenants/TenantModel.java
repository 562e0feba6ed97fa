package org.kalamdb.jdbc.conformance.tenants;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** What each tenant's rows must be: {@code tenant -> (id -> n)}. The oracle of the property test. */
final class TenantModel {

    private final Map<String, TreeMap<Long, Long>> rows = new HashMap<>();

    TreeMap<Long, Long> of(String tenant) {
        return rows.computeIfAbsent(tenant, t -> new TreeMap<>());
    }

    boolean has(String tenant, long id) {
        return of(tenant).containsKey(id);
    }

    void insert(String tenant, long id, long n) {
        of(tenant).put(id, n);
    }

    /** @return rows changed (0 or 1) */
    int add(String tenant, long id, long delta) {
        TreeMap<Long, Long> t = of(tenant);
        if (!t.containsKey(id)) {
            return 0;
        }
        t.put(id, t.get(id) + delta);
        return 1;
    }

    /** @return rows deleted (0 or 1) */
    int delete(String tenant, long id) {
        return of(tenant).remove(id) == null ? 0 : 1;
    }

    /** A copy, to restore after a rolled-back transaction. */
    TreeMap<Long, Long> snapshot(String tenant) {
        return new TreeMap<>(of(tenant));
    }

    void restore(String tenant, TreeMap<Long, Long> snapshot) {
        rows.put(tenant, new TreeMap<>(snapshot));
    }
}
