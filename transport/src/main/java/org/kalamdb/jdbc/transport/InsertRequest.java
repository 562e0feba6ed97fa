package org.kalamdb.jdbc.transport;

import java.util.List;
import java.util.Objects;

/**
 * An Insert of rows given as JSON objects (the typed StoredScalarValue dialect, protocol.md 6.2).
 *
 * @param userId owner of the rows for user/stream tables; null = absent on the wire
 */
public record InsertRequest(
        String namespace, String table, TableType tableType, String userId, List<String> rowsJson) {

    public InsertRequest {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(tableType, "tableType");
        rowsJson = List.copyOf(rowsJson);
    }
}
