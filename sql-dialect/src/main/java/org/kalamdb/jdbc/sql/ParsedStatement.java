package org.kalamdb.jdbc.sql;

import java.util.Objects;

import org.kalamdb.jdbc.sql.plan.Plan;

/**
 * One parsed statement: immutable, safe to cache by SQL text and to share between threads and
 * executions.
 *
 * @param sql        the statement text (without a terminating {@code ;})
 * @param plan       what to do
 * @param parameters its placeholders; {@link #parameterCount()} values must be bound
 */
public record ParsedStatement(String sql, Plan plan, ParameterizedSql parameters) {

    public ParsedStatement {
        Objects.requireNonNull(sql);
        Objects.requireNonNull(plan);
        Objects.requireNonNull(parameters);
    }

    /** The number of values to bind (the highest parameter index referenced). */
    public int parameterCount() {
        return parameters.parameterCount();
    }
}
