package org.kalamdb.jdbc.transport;

import java.util.Objects;

/**
 * An Update of the row whose primary key is {@code pkValue} (as text); {@code updatesJson} is a
 * JSON object, or an array whose first object is used (protocol.md 6.6).
 */
public record UpdateRequest(
        String namespace,
        String table,
        TableType tableType,
        String userId,
        String pkValue,
        String updatesJson) {

    public UpdateRequest {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(tableType, "tableType");
        Objects.requireNonNull(pkValue, "pkValue");
        Objects.requireNonNull(updatesJson, "updatesJson");
    }
}
