package org.kalamdb.jdbc.transport;

import java.util.Objects;

/** A (soft) Delete of the row whose primary key is {@code pkValue}, given as text. */
public record DeleteRequest(
        String namespace, String table, TableType tableType, String userId, String pkValue) {

    public DeleteRequest {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(tableType, "tableType");
        Objects.requireNonNull(pkValue, "pkValue");
    }
}
