package org.kalamdb.jdbc.sql.plan;

import java.util.Locale;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;

/** KalamDB table types that can be created (server.md section 2.1). */
public enum TableType {
    /** One logical table, rows private to each user (scoped by {@code kalam.user_id}). */
    USER,
    /** One table shared by all users. */
    SHARED,
    /** Append-only per-user rows with a TTL. */
    STREAM;

    /** The keyword in {@code CREATE <keyword> TABLE}. */
    public String keyword() {
        return name();
    }

    /** The lower-case spelling used in options and the Scan RPC's {@code table_type}. */
    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code user}, {@code shared} or {@code stream}, case-insensitively.
     *
     * @param what names the option in the error message, e.g. {@code type}
     * @throws SqlDialectException 22023 for any other value
     */
    public static TableType parse(String value, String what) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "user" -> USER;
            case "shared" -> SHARED;
            case "stream" -> STREAM;
            default -> throw new SqlDialectException(SqlStates.INVALID_PARAMETER_VALUE,
                    "invalid value for option " + what + ": '" + value + "' (supported: user, shared, stream)");
        };
    }
}
