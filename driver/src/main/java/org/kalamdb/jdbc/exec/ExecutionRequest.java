package org.kalamdb.jdbc.exec;

import java.sql.Statement;
import java.util.List;

/**
 * How to run a statement: bound parameter values (null entries are SQL NULL), the JDBC limits
 * of the calling statement, which generated keys to return, and its deadline/cancel control.
 *
 * @param parameters   bound values by 0-based position (parameter 1 is index 0)
 * @param maxRows      Statement.setMaxRows / setLargeMaxRows, 0 = unlimited
 * @param fetchSize    Statement.setFetchSize, a hint
 * @param keys         generated keys to report for INSERT
 * @param control      deadline and cancellation
 * @param statement    reported by ResultSet.getStatement()
 */
public record ExecutionRequest(List<Object> parameters, long maxRows, int fetchSize, GeneratedKeys keys,
                               CallControl control, Statement statement) {

    public ExecutionRequest {
        parameters = parameters == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(parameters));
    }

    /** The same request with other parameter values (batches). */
    public ExecutionRequest withParameters(List<Object> values) {
        return new ExecutionRequest(values, maxRows, fetchSize, keys, control, statement);
    }
}
