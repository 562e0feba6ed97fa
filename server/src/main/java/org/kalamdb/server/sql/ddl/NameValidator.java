package org.kalamdb.server.sql.ddl;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The naming rules of KalamDB (server.md 1, 2.1; kalamdb-dialect validation.rs): 1–64 characters,
 * only ASCII letters, digits and underscore, no leading underscore or digit, not a reserved SQL
 * keyword; reserved namespace names and reserved column names. Each check returns the real
 * server's message, or empty when the name is valid.
 */
public final class NameValidator {

    public static final int MAX_NAME_LENGTH = 64;

    /** Reserved namespace names, compared case-insensitively (constants.rs). */
    public static final Set<String> RESERVED_NAMESPACES = Set.of("system", "sys", "root", "kalamdb", "kalam",
            "main", "default", "sql", "admin", "internal", "information_schema", "pg_catalog", "datafusion");

    /** Reserved column names (validation.rs), compared case-insensitively. */
    public static final Set<String> RESERVED_COLUMNS = Set.of("_seq", "_deleted", "_id", "_row_id", "_rowid",
            "_key", "_updated", "_created", "_timestamp", "_version", "_hash");

    /**
     * sqlparser 0.61's RESERVED_FOR_TABLE_ALIAS, RESERVED_FOR_COLUMN_ALIAS, RESERVED_FOR_TABLE_FACTOR
     * and RESERVED_FOR_IDENTIFIER, plus KalamDB's critical keywords.
     */
    public static final Set<String> RESERVED_KEYWORDS = Set.of(
            "WITH", "EXPLAIN", "ANALYZE", "SELECT", "WHERE", "GROUP", "SORT", "HAVING", "ORDER", "PIVOT",
            "UNPIVOT", "TOP", "LATERAL", "VIEW", "LIMIT", "OFFSET", "FETCH", "UNION", "EXCEPT", "INTERSECT",
            "MINUS", "ON", "JOIN", "INNER", "CROSS", "FULL", "LEFT", "RIGHT", "NATURAL", "USING", "CLUSTER",
            "DISTRIBUTE", "GLOBAL", "ANTI", "SEMI", "RETURNING", "ASOF", "MATCH_CONDITION", "OUTER", "SET",
            "QUALIFY", "WINDOW", "END", "FOR", "PARTITION", "PREWHERE", "SETTINGS", "FORMAT", "START",
            "CONNECT", "MATCH_RECOGNIZE", "SAMPLE", "TABLESAMPLE", "FROM", "OPEN", "EXCLUDE", "INTO",
            "EXISTS", "INTERVAL", "STRUCT", "TRIM",
            "TABLE", "TABLES", "TABLESPACE", "INDEX", "SCHEMA", "DATABASE", "INSERT", "UPDATE", "DELETE",
            "CREATE", "DROP", "ALTER");

    private NameValidator() {
    }

    public static Optional<String> validateNamespace(String name) {
        if (RESERVED_NAMESPACES.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.of("Namespace '" + name + "' is reserved and cannot be used");
        }
        return validateIdentifier(name);
    }

    public static Optional<String> validateTable(String name) {
        return validateIdentifier(name);
    }

    public static Optional<String> validateColumn(String name) {
        if (RESERVED_COLUMNS.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.of("Column name '" + name + "' is reserved and cannot be used");
        }
        return validateIdentifier(name);
    }

    private static Optional<String> validateIdentifier(String name) {
        if (name.isEmpty()) {
            return Optional.of("Name cannot be empty");
        }
        int byteLength = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (byteLength > MAX_NAME_LENGTH) {
            return Optional.of("Name is too long (" + byteLength + " characters, max 64)");
        }
        if (name.contains(" ")) {
            return Optional.of("Name cannot contain spaces");
        }
        if (name.startsWith("_")) {
            return Optional.of("Name cannot start with underscore (reserved for system columns)");
        }
        if (Character.isDigit(name.charAt(0)) && name.charAt(0) < 128) {
            return Optional.of("Name cannot start with a number");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!ok) {
                return Optional.of("Name '" + name + "' contains invalid characters (only alphanumeric and underscore allowed)");
            }
        }
        if (RESERVED_KEYWORDS.contains(name.toUpperCase(Locale.ROOT))) {
            return Optional.of("Name '" + name + "' is a reserved SQL keyword and cannot be used");
        }
        return Optional.empty();
    }

    /** The parse-time check of CREATE TABLE names: {@code ^[a-zA-Z0-9_]+$}. */
    public static boolean isAlphanumeric(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
