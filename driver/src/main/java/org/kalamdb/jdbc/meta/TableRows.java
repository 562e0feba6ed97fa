package org.kalamdb.jdbc.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.kalamdb.jdbc.transport.TableType;

/**
 * getCatalogs, getSchemas, getTableTypes and getTables. One catalog, {@code kalam} (the catalog
 * KalamDB's SQL engine names, server.md 6); schemas are namespaces. Every KalamDB data table is
 * JDBC type {@code TABLE}, because Liquibase and SchemaCrawler ask for exactly that type;
 * {@code system.*} is {@code SYSTEM TABLE}, which DBeaver hides by default. The KalamDB table type
 * (USER, SHARED, STREAM, SYSTEM) is in the extra trailing column {@code KALAM_TABLE_TYPE} and in
 * REMARKS.
 */
final class TableRows {

    static final String CATALOG = "kalam";
    static final String TABLE = "TABLE";
    static final String SYSTEM_TABLE = "SYSTEM TABLE";

    private final SystemCatalog catalog;

    TableRows(SystemCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Whether a catalog argument selects our one catalog: null means "do not narrow"; the empty
     * string means "objects without a catalog", of which there are none.
     */
    static boolean catalogMatches(String catalogArgument) {
        return catalogArgument == null || CATALOG.equalsIgnoreCase(catalogArgument);
    }

    static ResultSet catalogs() throws SQLException {
        return MetaColumns.CATALOGS.rows(List.<Object[]>of(new Object[] {CATALOG}));
    }

    static ResultSet tableTypes() throws SQLException {
        return MetaColumns.TABLE_TYPES.rows(List.of(new Object[] {SYSTEM_TABLE}, new Object[] {TABLE}));
    }

    ResultSet schemas(String catalogArgument, String schemaPattern) throws SQLException {
        if (!catalogMatches(catalogArgument)) {
            return MetaColumns.SCHEMAS.empty();
        }
        NamePattern pattern = NamePattern.of(schemaPattern);
        Set<String> names = new TreeSet<>(catalog.namespaces(pattern));
        // system is a virtual schema: list it even where system.namespaces does not.
        if (pattern.matches(SystemCatalog.SYSTEM_NAMESPACE)) {
            names.add(SystemCatalog.SYSTEM_NAMESPACE);
        }
        List<Object[]> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(new Object[] {name, CATALOG});
        }
        return MetaColumns.SCHEMAS.rows(rows);
    }

    ResultSet tables(String catalogArgument, String schemaPattern, String tablePattern, String[] types)
            throws SQLException {
        Set<String> wanted = wantedTypes(types);
        if (!catalogMatches(catalogArgument) || (wanted != null && wanted.isEmpty())) {
            return MetaColumns.TABLES.empty();
        }
        List<Object[]> rows = new ArrayList<>();
        for (SystemCatalog.Table t : catalog.tables(NamePattern.of(schemaPattern), NamePattern.of(tablePattern))) {
            String jdbcType = jdbcType(t.type());
            if (wanted == null || wanted.contains(jdbcType)) {
                rows.add(new Object[] {CATALOG, t.namespace(), t.name(), jdbcType, remarks(t), null, null, null, null,
                    null, t.type().name()});
            }
        }
        // JDBC order: TABLE_TYPE, TABLE_CAT, TABLE_SCHEM, TABLE_NAME.
        rows.sort(Comparator.comparing((Object[] r) -> (String) r[3]).thenComparing(r -> (String) r[1])
                .thenComparing(r -> (String) r[2]));
        return MetaColumns.TABLES.rows(rows);
    }

    static String jdbcType(TableType type) {
        return type == TableType.SYSTEM ? SYSTEM_TABLE : TABLE;
    }

    /** The table's comment followed by its KalamDB type, e.g. {@code Orders (KalamDB USER table)}. */
    static String remarks(SystemCatalog.Table t) {
        String kind = "KalamDB " + t.type().name() + " table";
        return t.comment() == null || t.comment().isBlank() ? kind : t.comment() + " (" + kind + ")";
    }

    /**
     * The JDBC table types asked for, upper case; null for all (a null or empty array, as pgjdbc
     * reads it); an empty set when only types this driver never reports were asked for.
     */
    private static Set<String> wantedTypes(String[] types) {
        if (types == null || types.length == 0) {
            return null;
        }
        Set<String> out = new TreeSet<>();
        for (String t : types) {
            if (t == null) {
                continue;
            }
            String upper = t.trim().toUpperCase(Locale.ROOT);
            if (upper.equals(TABLE) || upper.equals("BASE TABLE")) {
                out.add(TABLE);
            } else if (upper.equals(SYSTEM_TABLE)) {
                out.add(SYSTEM_TABLE);
            }
        }
        return out;
    }
}
