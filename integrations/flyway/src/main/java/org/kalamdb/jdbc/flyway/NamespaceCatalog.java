package org.kalamdb.jdbc.flyway;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Namespace and table look-ups through {@link DatabaseMetaData}, matched exactly: the JDBC arguments are patterns,
 * in which the {@code _} of names like {@code flyway_schema_history} is a wildcard.
 */
final class NamespaceCatalog {

    private final DatabaseMetaData metaData;

    NamespaceCatalog(DatabaseMetaData metaData) {
        this.metaData = metaData;
    }

    boolean namespaceExists(String namespace) throws SQLException {
        try (ResultSet rs = metaData.getSchemas(null, namespace)) {
            while (rs.next()) {
                if (namespace.equals(rs.getString("TABLE_SCHEM"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The user tables of a namespace: system tables are not Flyway's to clean, and KalamDB has no views. */
    List<String> tableNames(String namespace) throws SQLException {
        return tableNames(namespace, "%");
    }

    boolean tableExists(String namespace, String table) throws SQLException {
        return tableNames(namespace, table).contains(table);
    }

    private List<String> tableNames(String namespace, String tablePattern) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = metaData.getTables(null, namespace, tablePattern, null)) {
            while (rs.next()) {
                if (namespace.equals(rs.getString("TABLE_SCHEM")) && isUserTable(rs.getString("TABLE_TYPE"))) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        return names;
    }

    /** Tools hide types containing SYSTEM (design.md section 7). */
    private static boolean isUserTable(String tableType) {
        String type = tableType == null ? "" : tableType.toUpperCase(Locale.ROOT);
        return !type.contains("SYSTEM") && !type.contains("VIEW");
    }
}
