package org.kalamdb.jdbc.transport;

import java.util.List;
import java.util.Objects;

/**
 * A Scan of one table. The session id is added by {@link PgSession}.
 *
 * @param namespace namespace (the server lowercases it)
 * @param table table name (the server lowercases it)
 * @param tableType selects the server's query role
 * @param userId subject of user/stream tables; null = absent on the wire
 * @param columns projection by exact column name; empty = all columns plus {@code _seq}, {@code
 *     _deleted}
 * @param limit null = absent; present (even 0) is honoured only together with an eq filter
 * @param filters pushed-down filters
 */
public record ScanRequest(
        String namespace,
        String table,
        TableType tableType,
        String userId,
        List<String> columns,
        Long limit,
        List<ScanFilter> filters) {

    public ScanRequest {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(tableType, "tableType");
        columns = List.copyOf(columns == null ? List.of() : columns);
        filters = List.copyOf(filters == null ? List.of() : filters);
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + limit);
        }
    }

    /** Every column of the table, no filter, no limit. */
    public static ScanRequest all(
            String namespace, String table, TableType tableType, String userId) {
        return new ScanRequest(namespace, table, tableType, userId, List.of(), null, List.of());
    }
}
