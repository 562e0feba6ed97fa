package org.kalamdb.jdbc.transport;

import java.util.Objects;

/**
 * One pushed-down filter of a Scan. The server honours only {@code op = "eq"} (case-sensitive) and
 * silently drops every other entry (protocol.md 5.1); the value travels as text and is typed by the
 * server from the column's Arrow type.
 */
public record ScanFilter(String column, String op, String value) {

    public static final String EQ = "eq";

    public ScanFilter {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
    }

    /** {@code column = value}. */
    public static ScanFilter eq(String column, String value) {
        return new ScanFilter(column, EQ, value);
    }
}
