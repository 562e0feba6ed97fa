package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.sql.ParsedScript;
import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlParser;

/**
 * Parsed plans per SQL text, one cache per connection (least recently used, bounded). Plans are
 * immutable and reference parameters by index, so a PreparedStatement executed many times, or the
 * same SQL text sent from several Statements, is parsed once. Parse errors are not cached.
 */
public final class PlanCache {

    private static final int CAPACITY = 256;

    private final Map<String, ParsedScript> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ParsedScript> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Every statement of {@code sql} with its plan, parsed on first use. */
    public ParsedScript get(String sql) throws SQLException {
        synchronized (cache) {
            ParsedScript hit = cache.get(sql);
            if (hit != null) {
                return hit;
            }
        }
        ParsedScript parsed;
        try {
            parsed = SqlParser.parseScript(sql);
        } catch (SqlDialectException e) {
            throw Errors.fromDialect(e);
        }
        synchronized (cache) {
            cache.put(sql, parsed);
        }
        return parsed;
    }

    public int size() {
        synchronized (cache) {
            return cache.size();
        }
    }
}
