package org.kalamdb.server.sql.ddl;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.kalamdb.server.catalog.TableType;
import org.kalamdb.server.sql.lex.SqlSyntaxException;

/**
 * The WITH (...) / OPTIONS (...) clause of CREATE TABLE, validated as parser.rs does (server.md
 * 2.2): keys case-insensitive, quotes stripped from values, every message of the real parser.
 */
public final class TableOptionsClause {

    private static final Pattern STORAGE_ID = Pattern.compile("^[a-zA-Z0-9_-]+$");

    /** One written option: the key as written and the value text with single quotes removed. */
    public record Entry(String key, String value) {
    }

    /** The options after validation; null fields were not given. */
    public record Parsed(TableType type, String storageId, boolean useUserStorage, String flushPolicyJson,
                         Long ttlSeconds, String accessLevel) {
    }

    private TableOptionsClause() {
    }

    public static Parsed validate(List<Entry> entries, TableType prefixType) {
        TableType type = prefixType == null ? TableType.SHARED : prefixType;
        String storageId = null;
        boolean useUserStorage = false;
        String flushPolicy = null;
        Long ttl = null;
        String accessLevel = null;
        for (Entry e : entries) {
            String key = e.key().toUpperCase(Locale.ROOT);
            String value = e.value();
            switch (key) {
                case "TYPE" -> {
                    TableType requested = tableType(value);
                    if (requested == null) {
                        throw new SqlSyntaxException("Invalid TYPE option '" + value + "'. Supported: USER, SHARED, STREAM");
                    }
                    if (prefixType != null && requested != prefixType) {
                        throw new SqlSyntaxException("Conflicting table type definitions: CREATE "
                                + prefixType.debugName() + " TABLE vs TYPE option " + requested.debugName());
                    }
                    type = requested;
                }
                case "STORAGE_ID" -> {
                    if (!STORAGE_ID.matcher(value).matches()) {
                        throw new SqlSyntaxException("Invalid STORAGE_ID '" + value
                                + "'. Only alphanumeric, underscore, and hyphen allowed.");
                    }
                    storageId = value;
                }
                case "USE_USER_STORAGE" -> useUserStorage = value.toUpperCase(Locale.ROOT).equals("TRUE");
                case "FLUSH_POLICY" -> flushPolicy = flushPolicy(value);
                case "DELETED_RETENTION_HOURS" -> parseUnsigned(value, 0xFFFF_FFFFL, "Invalid DELETED_RETENTION_HOURS");
                case "TTL_SECONDS" -> ttl = parseUnsigned(value, Long.MAX_VALUE, "Invalid TTL_SECONDS");
                case "ACCESS_LEVEL" -> {
                    String upper = value.toUpperCase(Locale.ROOT);
                    if (!upper.equals("PUBLIC") && !upper.equals("PRIVATE") && !upper.equals("RESTRICTED")
                            && !upper.equals("DBA")) {
                        throw new SqlSyntaxException("Invalid ACCESS_LEVEL '" + value
                                + "'. Supported: PUBLIC, PRIVATE, RESTRICTED, DBA");
                    }
                    accessLevel = upper.toLowerCase(Locale.ROOT);
                }
                default -> throw new SqlSyntaxException("Unknown table option '" + key + "'");
            }
        }
        if (type == TableType.STREAM && ttl == null) {
            throw new SqlSyntaxException("STREAM tables must specify 'TTL_SECONDS'");
        }
        if (type != TableType.STREAM && ttl != null) {
            throw new SqlSyntaxException("TTL_SECONDS is only supported for STREAM tables");
        }
        if (type != TableType.SHARED && accessLevel != null) {
            throw new SqlSyntaxException("ACCESS_LEVEL is only supported for SHARED tables");
        }
        if (type != TableType.USER && useUserStorage) {
            throw new SqlSyntaxException("USE_USER_STORAGE is only supported for USER tables");
        }
        return new Parsed(type, storageId, useUserStorage, flushPolicy, ttl, accessLevel);
    }

    /** TableType::from_str_opt: exact names, case-insensitive, no trimming. */
    private static TableType tableType(String value) {
        for (TableType t : TableType.values()) {
            if (t.name().equals(value.toUpperCase(Locale.ROOT))) {
                return t;
            }
        }
        return null;
    }

    /** 'rows:N', 'interval:S' or both, comma-separated; no trimming, exactly like upstream. */
    static String flushPolicy(String value) {
        long rows = 0;
        long interval = 0;
        for (String part : value.split(",", -1)) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                throw new SqlSyntaxException("Invalid FLUSH_POLICY format '" + part + "'. Expected 'key:value'");
            }
            String key = part.substring(0, colon);
            String number = part.substring(colon + 1);
            switch (key.toUpperCase(Locale.ROOT)) {
                case "ROWS" -> rows = parseUnsigned(number, 0xFFFF_FFFFL, "Invalid row limit in FLUSH_POLICY");
                case "INTERVAL" -> interval = parseUnsigned(number, 0xFFFF_FFFFL, "Invalid interval in FLUSH_POLICY");
                default -> throw new SqlSyntaxException("Unknown FLUSH_POLICY key '" + key + "'");
            }
        }
        if (rows > 0 && interval > 0) {
            checkRows(rows);
            checkInterval(interval);
            return "{\"type\":\"combined\",\"row_limit\":" + rows + ",\"interval_seconds\":" + interval + "}";
        }
        if (rows > 0) {
            checkRows(rows);
            return "{\"type\":\"row_limit\",\"row_limit\":" + rows + "}";
        }
        if (interval > 0) {
            checkInterval(interval);
            return "{\"type\":\"time_interval\",\"interval_seconds\":" + interval + "}";
        }
        throw new SqlSyntaxException("FLUSH_POLICY must specify 'rows' or 'interval' > 0");
    }

    private static void checkRows(long rows) {
        if (rows >= 1_000_000) {
            throw new SqlSyntaxException("Row limit must be less than 1,000,000");
        }
    }

    private static void checkInterval(long interval) {
        if (interval >= 86_400) {
            throw new SqlSyntaxException("Interval must be less than 86400 seconds (24 hours)");
        }
    }

    /** Rust's unsigned parse: digits only (a leading '+' allowed), within range. */
    private static long parseUnsigned(String text, long max, String error) {
        String digits = text.startsWith("+") ? text.substring(1) : text;
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            throw new SqlSyntaxException(error);
        }
        try {
            long v = Long.parseLong(digits);
            if (v > max) {
                throw new SqlSyntaxException(error);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new SqlSyntaxException(error);
        }
    }
}
