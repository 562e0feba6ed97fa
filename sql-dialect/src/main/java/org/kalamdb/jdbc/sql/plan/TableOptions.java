package org.kalamdb.jdbc.sql.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;

/**
 * The KalamDB table options a {@code WITH (...)} clause may carry (server.md section 2.2), checked
 * before anything is sent: the real server rejects unknown keys only after pg_kalam has already
 * created the namespace, so the driver checks them first.
 */
public final class TableOptions {

    /** The option keys the real server accepts, lower case. */
    public static final List<String> KNOWN_KEYS = List.of("type", "storage_id", "use_user_storage",
            "flush_policy", "deleted_retention_hours", "ttl_seconds", "access_level");

    private static final Pattern STORAGE_ID = Pattern.compile("[a-zA-Z0-9_-]+");
    private static final Pattern UNSIGNED = Pattern.compile("\\d+");
    private static final List<String> ACCESS_LEVELS = List.of("public", "private", "restricted", "dba");

    private TableOptions() {
    }

    /**
     * Checks one option as written: the key is known and the value has the right shape.
     *
     * @param key lower-case key
     * @throws SqlDialectException 22023 otherwise
     */
    public static void validate(String key, String value) {
        switch (key) {
            case "type" -> TableType.parse(value, "type");
            case "storage_id" -> require(STORAGE_ID.matcher(value).matches(), "Invalid STORAGE_ID '" + value
                    + "'. Only alphanumeric, underscore, and hyphen allowed.");
            case "use_user_storage" -> require(isBoolean(value),
                    "invalid value for option use_user_storage: '" + value + "' (expected true or false)");
            case "flush_policy" -> validateFlushPolicy(value);
            case "deleted_retention_hours" -> require(fitsUnsigned(value, 0xFFFF_FFFFL),
                    "Invalid DELETED_RETENTION_HOURS '" + value + "'");
            case "ttl_seconds" -> require(fitsUnsigned(value, Long.MAX_VALUE), "Invalid TTL_SECONDS '" + value + "'");
            case "access_level" -> require(ACCESS_LEVELS.contains(value.toLowerCase(Locale.ROOT)),
                    "Invalid ACCESS_LEVEL '" + value + "'. Supported: PUBLIC, PRIVATE, RESTRICTED, DBA");
            default -> throw new SqlDialectException(SqlStates.INVALID_PARAMETER_VALUE,
                    "unrecognized KalamDB table option \"" + key + "\" (supported: " + String.join(", ", KNOWN_KEYS) + ")");
        }
    }

    /**
     * Checks the options that only some table types accept, as the server does.
     *
     * @throws SqlDialectException 22023
     */
    public static void validateFor(Map<String, String> options, TableType type) {
        if (type == TableType.STREAM) {
            require(options.containsKey("ttl_seconds"), "STREAM tables must specify 'TTL_SECONDS'");
        } else {
            require(!options.containsKey("ttl_seconds"), "TTL_SECONDS is only supported for STREAM tables");
        }
        require(type == TableType.SHARED || !options.containsKey("access_level"),
                "ACCESS_LEVEL is only supported for SHARED tables");
        require(type == TableType.USER || !options.containsKey("use_user_storage"),
                "USE_USER_STORAGE is only supported for USER tables");
    }

    /**
     * {@code  WITH (KEY = 'value', ...)} in declaration order, or the empty string. The {@code type}
     * option is left out: the {@code CREATE <TYPE> TABLE} keyword carries it, and sending both
     * only adds the server's "conflicting table type" failure path.
     */
    public static String renderWith(Map<String, String> options) {
        StringJoiner sj = new StringJoiner(", ", " WITH (", ")");
        sj.setEmptyValue("");
        options.forEach((k, v) -> {
            if (!k.equals("type")) {
                sj.add(k.toUpperCase(Locale.ROOT) + " = '" + v.replace("'", "''") + "'");
            }
        });
        return sj.toString();
    }

    private static void validateFlushPolicy(String value) {
        boolean positive = false;
        for (String part : value.split(",")) {
            String[] kv = part.trim().split(":", -1);
            require(kv.length == 2, "Invalid FLUSH_POLICY format '" + part.trim() + "'. Expected 'key:value'");
            String k = kv[0].trim().toLowerCase(Locale.ROOT);
            String v = kv[1].trim();
            require(k.equals("rows") || k.equals("interval"), "Unknown FLUSH_POLICY key '" + k + "'");
            require(fitsUnsigned(v, Long.MAX_VALUE), "Invalid FLUSH_POLICY value '" + v + "' for '" + k + "'");
            long n = Long.parseLong(v);
            positive |= n > 0;
            require(!k.equals("rows") || n < 1_000_000, "Row limit must be less than 1,000,000");
            require(!k.equals("interval") || n < 86_400, "Interval must be less than 86400 seconds (24 hours)");
        }
        require(positive, "FLUSH_POLICY must specify 'rows' or 'interval' > 0");
    }

    private static boolean isBoolean(String v) {
        return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
    }

    private static boolean fitsUnsigned(String v, long max) {
        if (!UNSIGNED.matcher(v).matches()) {
            return false;
        }
        try {
            return Long.parseLong(v) <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new SqlDialectException(SqlStates.INVALID_PARAMETER_VALUE, message);
        }
    }
}
