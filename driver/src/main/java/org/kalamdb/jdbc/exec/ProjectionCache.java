package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kalamdb.jdbc.schema.TableSchema;
import org.kalamdb.jdbc.sql.plan.Select;

/**
 * The {@link TableProjection} of each recently run fast-path plan, one cache per connection (least
 * recently used, bounded like the {@link PlanCache} whose plans it follows). Plans are looked up by
 * identity: the plan cache hands out the same instance for the same SQL text, so a
 * PreparedStatement executed many times builds its table's fields and its output columns once. A
 * projection is reused only for the very table definition it was made from.
 */
final class ProjectionCache {

    private static final int CAPACITY = 256;

    /** A plan by identity: plans are records, and hashing a whole plan tree would cost more than it saves. */
    private record PlanKey(Select plan) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PlanKey other && other.plan == plan;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(plan);
        }
    }

    private final Map<PlanKey, TableProjection> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PlanKey, TableProjection> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The projection of {@code plan} over {@code table}, made on first use of this table definition. */
    TableProjection of(Select plan, TableSchema table) throws SQLException {
        PlanKey key = new PlanKey(plan);
        TableProjection cached;
        synchronized (cache) {
            cached = cache.get(key);
        }
        if (cached != null && cached.table() == table) {
            return cached;
        }
        TableProjection made = TableProjection.of(plan, table);
        synchronized (cache) {
            cache.put(key, made);
        }
        return made;
    }
}
