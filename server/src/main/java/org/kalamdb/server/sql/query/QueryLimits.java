package org.kalamdb.server.sql.query;

/**
 * The real server's SELECT limits (server.md 0, 10.1): a hidden LIMIT 50 when the statement has
 * no LIMIT, and a 1000-row cap on every SELECT ({@code limits.default_query_limit},
 * {@code limits.max_query_limit}).
 */
public record QueryLimits(int defaultLimit, int maxLimit) {

    public static final QueryLimits REAL_SERVER = new QueryLimits(50, 1000);

    /** The number of rows a SELECT may return. */
    public int cap(boolean statementHasLimit) {
        if (!statementHasLimit && defaultLimit > 0) {
            return maxLimit > 0 ? Math.min(defaultLimit, maxLimit) : defaultLimit;
        }
        return maxLimit > 0 ? maxLimit : Integer.MAX_VALUE;
    }
}
