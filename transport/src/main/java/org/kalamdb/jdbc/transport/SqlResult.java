package org.kalamdb.jdbc.transport;

import java.util.Objects;

/** The reply of ExecuteSql, e.g. {@code OK (affected: 1)} or a DDL success text. */
public record SqlResult(boolean success, String message) {

    public SqlResult {
        Objects.requireNonNull(message, "message");
    }
}
