package org.kalamdb.server.sql;

/**
 * Who a SQL statement runs as. On gRPC ExecuteSql/ExecuteQuery the real server always uses user
 * {@code pg-extension}, role dba, namespace {@code default} (protocol.md 8, server.md 0).
 */
public record ExecutionIdentity(String userId, String role, String namespace) {

    public static final ExecutionIdentity PG_EXTENSION = new ExecutionIdentity("pg-extension", "dba", "default");
}
