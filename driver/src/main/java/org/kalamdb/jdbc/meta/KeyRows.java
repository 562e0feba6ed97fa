package org.kalamdb.jdbc.meta;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kalamdb.jdbc.schema.KalamTypeNames;
import org.kalamdb.jdbc.types.KalamType;

/**
 * getPrimaryKeys, getIndexInfo and getBestRowIdentifier. A KalamDB table has at most one key
 * column, its declared PRIMARY KEY (server.md 2.3), which is also its only index (unique, named
 * {@code <table>_pkey} as PostgreSQL would) and the row identity the driver uses for UPDATE and
 * DELETE (design.md D5). There are no foreign keys. The table argument is matched as a pattern,
 * because DBeaver passes {@code "%"}.
 */
final class KeyRows {

    private final SystemCatalog catalog;

    KeyRows(SystemCatalog catalog) {
        this.catalog = catalog;
    }

    static String keyName(String table) {
        return table + "_pkey";
    }

    private List<SystemCatalog.Column> keyColumns(String catalogArgument, String schema, String table)
            throws SQLException {
        if (!TableRows.catalogMatches(catalogArgument)) {
            return List.of();
        }
        return catalog.columns(NamePattern.of(schema), NamePattern.of(table), true);
    }

    ResultSet primaryKeys(String catalogArgument, String schema, String table) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (SystemCatalog.Column c : keyColumns(catalogArgument, schema, table)) {
            rows.add(new Object[] {TableRows.CATALOG, c.namespace(), c.table(), c.name(), 1, keyName(c.table())});
        }
        // JDBC orders by COLUMN_NAME; across several tables (a pattern), by table first.
        rows.sort(Comparator.comparing((Object[] r) -> (String) r[1]).thenComparing(r -> (String) r[2])
                .thenComparing(r -> (String) r[3]));
        return MetaColumns.PRIMARY_KEYS.rows(rows);
    }

    /** The primary key as a unique index; {@code unique} and {@code approximate} change nothing. */
    ResultSet indexInfo(String catalogArgument, String schema, String table) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (SystemCatalog.Column c : keyColumns(catalogArgument, schema, table)) {
            rows.add(new Object[] {TableRows.CATALOG, c.namespace(), c.table(), false, null, keyName(c.table()),
                DatabaseMetaData.tableIndexOther, 1, c.name(), "A", null, null, null});
        }
        // JDBC order: NON_UNIQUE, TYPE, INDEX_NAME, ORDINAL_POSITION (all but the name are equal here).
        rows.sort(Comparator.comparing((Object[] r) -> (String) r[5]).thenComparing(r -> (String) r[1]));
        return MetaColumns.INDEX_INFO.rows(rows);
    }

    /** The primary key identifies a row for as long as the row exists: every scope is served. */
    ResultSet bestRowIdentifier(String catalogArgument, String schema, String table) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (SystemCatalog.Column c : keyColumns(catalogArgument, schema, table)) {
            KalamType type = KalamTypeNames.parse(c.dataType());
            TypeFacts f = type == null ? TypeFacts.unknown(c.dataType()) : TypeFacts.of(type);
            rows.add(new Object[] {DatabaseMetaData.bestRowSession, c.name(), f.sqlType(), f.typeName(),
                f.columnSize(), null, f.decimalDigits(), DatabaseMetaData.bestRowNotPseudo});
        }
        return MetaColumns.BEST_ROW_IDENTIFIER.rows(rows);
    }
}
