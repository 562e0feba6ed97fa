package org.kalamdb.jdbc.transport;

/** KalamDB table types as the data RPCs name them in {@code table_type}. */
public enum TableType {
    USER("user"),
    SHARED("shared"),
    STREAM("stream"),
    SYSTEM("system");

    private final String wireName;

    TableType(String wireName) {
        this.wireName = wireName;
    }

    /** The lowercase text sent on the wire. */
    public String wireName() {
        return wireName;
    }
}
