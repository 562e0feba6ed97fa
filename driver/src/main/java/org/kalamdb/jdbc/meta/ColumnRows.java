package org.kalamdb.jdbc.meta;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * getColumns and getVersionColumns over the driver's column surface ({@link SurfaceColumn}).
 * A whole schema costs two paged reads (system.tables for the table types, system.columns), so
 * DBeaver's {@code getColumns(cat, schema, "%", "%")} stays cheap.
 */
final class ColumnRows {

    private final SystemCatalog catalog;

    ColumnRows(SystemCatalog catalog) {
        this.catalog = catalog;
    }

    /** The surface columns of the tables matching both patterns, in table then position order. */
    List<SurfaceColumn> surface(String schemaPattern, String tablePattern) throws SQLException {
        NamePattern schema = NamePattern.of(schemaPattern);
        NamePattern table = NamePattern.of(tablePattern);
        List<SystemCatalog.Table> tables = catalog.tables(schema, table);
        if (tables.isEmpty()) {
            return List.of();
        }
        return SurfaceColumn.of(tables, catalog.columns(schema, table, false));
    }

    ResultSet columns(String catalogArgument, String schemaPattern, String tablePattern, String columnPattern)
            throws SQLException {
        if (!TableRows.catalogMatches(catalogArgument)) {
            return MetaColumns.COLUMNS.empty();
        }
        NamePattern columnNames = NamePattern.of(columnPattern);
        List<Object[]> rows = new ArrayList<>();
        for (SurfaceColumn c : surface(schemaPattern, tablePattern)) {
            if (columnNames.matches(c.name())) {
                rows.add(columnRow(c));
            }
        }
        return MetaColumns.COLUMNS.rows(rows);
    }

    private static Object[] columnRow(SurfaceColumn c) {
        TypeFacts f = c.facts();
        return new Object[] {TableRows.CATALOG, c.table().namespace(), c.table().name(), c.name(), f.sqlType(),
            f.typeName(), f.columnSize(), null, f.decimalDigits(), f.radix(),
            c.nullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls, c.comment(),
            c.defaultSql(), null, null, f.charOctetLength(), c.position(), c.nullable() ? "YES" : "NO", null, null,
            null, null, c.autoIncrement() ? "YES" : "NO", c.role() == SurfaceColumn.Role.SEQ ? "YES" : "NO"};
    }

    /** {@code _seq}: KalamDB writes a new value on every change of the row. */
    ResultSet versionColumns(String catalogArgument, String schema, String table) throws SQLException {
        if (!TableRows.catalogMatches(catalogArgument)) {
            return MetaColumns.VERSION_COLUMNS.empty();
        }
        List<Object[]> rows = new ArrayList<>();
        for (SurfaceColumn c : surface(schema, table)) {
            if (c.role() == SurfaceColumn.Role.SEQ) {
                TypeFacts f = c.facts();
                rows.add(new Object[] {null, c.name(), f.sqlType(), f.typeName(), f.columnSize(), 8,
                    f.decimalDigits(), DatabaseMetaData.versionColumnNotPseudo});
            }
        }
        return MetaColumns.VERSION_COLUMNS.rows(rows);
    }
}
