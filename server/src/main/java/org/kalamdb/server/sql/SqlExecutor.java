package org.kalamdb.server.sql;

/**
 * The server's SQL entry point behind ExecuteSql and ExecuteQuery: one statement, run as user
 * {@code pg-extension} with role DBA in namespace {@code default}, outside any session
 * transaction (protocol.md 8). Failures are {@link org.kalamdb.server.KalamError}s (code INTERNAL
 * with the KalamDB error text, as the real server sends them).
 */
public interface SqlExecutor {

    SqlOutcome execute(String sql);
}
