package org.kalamdb.server.sql.query;

import org.kalamdb.server.sql.ExecutionIdentity;

/**
 * Per-statement evaluation context: the identity CURRENT_USER/CURRENT_ROLE report and the
 * statement time now() returns (stable within one statement, as in DataFusion).
 */
public record EvalContext(ExecutionIdentity identity, long statementEpochNanos) {

    public static EvalContext now(ExecutionIdentity identity) {
        java.time.Instant t = java.time.Instant.now();
        return new EvalContext(identity, t.getEpochSecond() * 1_000_000_000L + t.getNano());
    }
}
