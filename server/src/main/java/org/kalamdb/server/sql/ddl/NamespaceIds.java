package org.kalamdb.server.sql.ddl;

import java.util.Locale;

import org.kalamdb.server.sql.SqlErrors;

/**
 * {@code NamespaceId::new}: lowercases and rejects path-like ids. Upstream panics on those
 * (a crashed request); this server answers with the validation text instead.
 */
public final class NamespaceIds {

    private NamespaceIds() {
    }

    public static String normalize(String name) {
        String reason = null;
        if (name.isEmpty()) {
            reason = "Namespace ID cannot be empty";
        } else if (name.contains("..")) {
            reason = "Namespace ID cannot contain '..' (path traversal)";
        } else if (name.contains("/") || name.contains("\\")) {
            reason = "Namespace ID cannot contain path separators";
        } else if (name.indexOf('\0') >= 0) {
            reason = "Namespace ID cannot contain null bytes";
        }
        if (reason != null) {
            throw SqlErrors.bare("Invalid namespace ID '" + name + "': " + reason);
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** Namespaces DDL may never modify: system, information_schema, pg_catalog, datafusion. */
    public static boolean isSystemNamespace(String namespace) {
        return namespace.equals("system") || namespace.equals("information_schema")
                || namespace.equals("pg_catalog") || namespace.equals("datafusion");
    }
}
