package org.kalamdb.server.rpc;

import org.kalamdb.server.KalamError;
import org.kalamdb.server.catalog.TableId;
import org.kalamdb.server.catalog.TableType;

/**
 * The table identity of a data RPC after protocol.md 4.3: namespace and table trimmed and
 * lowercased, table type case-insensitive, user id trimmed (empty = absent, case kept). Checked in
 * that order. Names containing {@code ..}, {@code /}, {@code \} or NUL crash the real server's
 * handler; here they are INVALID_ARGUMENT (documented difference).
 */
record TableRequest(TableId id, TableType type, String userId) {

    static TableRequest parse(String namespace, String table, String tableType, String userId) {
        String ns = namespace.trim();
        if (ns.isEmpty()) {
            throw KalamError.invalidArgument("namespace must not be empty");
        }
        requireSafe("namespace", ns);
        String name = table.trim();
        if (name.isEmpty()) {
            throw KalamError.invalidArgument("table_name must not be empty");
        }
        requireSafe("table_name", name);
        TableType type = TableType.parse(tableType);
        if (type == null) {
            throw KalamError.invalidArgument("invalid table_type: Invalid TableType: " + tableType);
        }
        String user = userId == null ? null : userId.trim();
        if (user != null && user.isEmpty()) {
            user = null;
        }
        if (user != null) {
            requireSafe("user_id", user);
        }
        return new TableRequest(new TableId(ns, name), type, user);
    }

    private static void requireSafe(String field, String value) {
        if (value.contains("..") || value.contains("/") || value.contains("\\") || value.indexOf('\0') >= 0) {
            throw KalamError.invalidArgument("invalid " + field + " '" + value.replace("\0", "\\0")
                    + "': must not contain '..', '/', '\\' or NUL");
        }
    }
}
