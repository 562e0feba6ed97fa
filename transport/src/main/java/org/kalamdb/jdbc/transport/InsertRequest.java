package org.kalamdb.jdbc.transport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An Insert of rows given as JSON objects (the typed StoredScalarValue dialect, protocol.md 6.2).
 * Each row is already UTF-8, the form it takes on the wire: the driver encodes a row once, and
 * measures it against the request limit in the same bytes it sends. The arrays are sent as they
 * are: they must be valid UTF-8 (the wire type is a string) and must not change once given here.
 *
 * @param userId   owner of the rows for user/stream tables; null = absent on the wire
 * @param rowsJson one JSON object per row, in valid UTF-8
 */
public record InsertRequest(
        String namespace, String table, TableType tableType, String userId, List<byte[]> rowsJson) {

    public InsertRequest {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(tableType, "tableType");
        rowsJson = List.copyOf(rowsJson);
    }

    /** An Insert of rows given as JSON text. */
    public static InsertRequest ofText(
            String namespace, String table, TableType tableType, String userId, List<String> rowsJson) {
        List<byte[]> rows = new ArrayList<>(rowsJson.size());
        for (String row : rowsJson) {
            rows.add(row.getBytes(StandardCharsets.UTF_8));
        }
        return new InsertRequest(namespace, table, tableType, userId, rows);
    }
}
