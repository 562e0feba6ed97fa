package org.kalamdb.server.catalog;

import java.util.Locale;

/** KalamDB table types; {@link #wireName()} is the lowercase form used on the wire and in system.tables. */
public enum TableType {
    USER, SHARED, STREAM, SYSTEM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Case-insensitive parse; null when the value is not a table type. */
    public static TableType parse(String value) {
        if (value == null) {
            return null;
        }
        for (TableType t : values()) {
            if (t.name().equalsIgnoreCase(value.trim())) {
                return t;
            }
        }
        return null;
    }

    /** Debug form used by some server texts: "User", "Shared", "Stream", "System". */
    public String debugName() {
        String n = name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }
}
