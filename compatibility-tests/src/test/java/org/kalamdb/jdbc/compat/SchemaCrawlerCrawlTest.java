package org.kalamdb.jdbc.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import schemacrawler.inclusionrule.RegularExpressionInclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.Index;
import schemacrawler.schema.Schema;
import schemacrawler.schema.Table;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * SchemaCrawler 17.9 crawls the database at its maximum info level (schemas, tables, columns,
 * primary keys, indexes, foreign keys, routines, privileges, type info) through nothing but the
 * driver's DatabaseMetaData, with no warning logged, and finds the objects that are there.
 */
class SchemaCrawlerCrawlTest {

    private static final String URL = "jdbc:kalam:mem:schemacrawler";
    private static final String NS = "sc_shop";

    private static Connection setup;

    @BeforeAll
    static void createSchema() throws SQLException {
        setup = DriverManager.getConnection(URL);
        SampleSchema.create(setup, NS);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        SampleSchema.drop(setup, NS);
        setup.close();
    }

    private static Catalog crawl(SchemaCrawlerOptions options, LogCapture log) throws Exception {
        try (DatabaseConnectionSource source = DatabaseConnectionSources.fromDataSource(new UrlDataSource(URL))) {
            Catalog catalog = SchemaCrawlerUtility.getCatalog(source, options);
            assertEquals(List.of(), log.records(), "SchemaCrawler logged problems");
            return catalog;
        }
    }

    private static SchemaCrawlerOptions maximum() {
        return SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLoadOptions(LoadOptionsBuilder.builder().withSchemaInfoLevel(SchemaInfoLevelBuilder.maximum())
                        .toOptions());
    }

    @Test
    void crawlsTheSampleNamespaceWithEveryDetail() throws Exception {
        SchemaCrawlerOptions options = maximum().withLimitOptions(LimitOptionsBuilder.builder()
                .includeSchemas(new RegularExpressionInclusionRule(NS)).toOptions());
        Catalog catalog;
        try (LogCapture log = new LogCapture()) {
            catalog = crawl(options, log);
        }
        assertEquals("KalamDB", catalog.getDatabaseInfo().getProductName());
        // The driver answers supportsCatalogsIn* with false (names are written schema.table), so
        // SchemaCrawler leaves the one catalog out of the names.
        List<String> schemas = new ArrayList<>();
        for (Schema s : catalog.getSchemas()) {
            schemas.add(s.getFullName());
        }
        assertEquals(List.of(NS), schemas);
        Schema schema = catalog.getSchemas().iterator().next();

        Map<String, String> tables = new TreeMap<>();
        for (Table t : catalog.getTables(schema)) {
            tables.put(t.getName(), t.getTableType().getTableType() + " / " + t.getRemarks());
        }
        Map<String, String> expected = new TreeMap<>();
        for (SampleSchema.SampleTable t : SampleSchema.TABLES) {
            expected.put(t.name(), "TABLE / KalamDB " + t.kalamType() + " table");
        }
        assertEquals(expected, tables);

        for (SampleSchema.SampleTable expectedTable : SampleSchema.TABLES) {
            Table table = catalog.lookupTable(schema, expectedTable.name()).orElseThrow();
            List<String> columns = new ArrayList<>();
            for (Column c : table.getColumns()) {
                columns.add(c.getName());
            }
            List<String> surface = new ArrayList<>(expectedTable.columns());
            surface.add("_seq");
            if (expectedTable.kalamType().equals("USER")) {
                surface.add("_userid");
            }
            assertEquals(surface, columns, table.getFullName());

            List<String> key = new ArrayList<>();
            for (Column c : table.getPrimaryKey().getConstrainedColumns()) {
                key.add(c.getName());
            }
            assertEquals(List.of(expectedTable.primaryKey()), key, table.getFullName());
            assertEquals(expectedTable.name() + "_pkey", table.getPrimaryKey().getName());

            assertEquals(1, table.getIndexes().size(), table.getFullName());
            Index index = table.getIndexes().iterator().next();
            assertTrue(index.isUnique());
            assertEquals(expectedTable.primaryKey(), index.getColumns().get(0).getName());
            assertTrue(table.getImportedForeignKeys().isEmpty());
        }

        Table orders = catalog.lookupTable(schema, "orders").orElseThrow();
        Column id = orders.lookupColumn("id").orElseThrow();
        assertTrue(id.isAutoIncremented());
        assertTrue(id.isPartOfPrimaryKey());
        assertEquals("BIGINT", id.getColumnDataType().getName());
        Column status = orders.lookupColumn("status").orElseThrow();
        assertFalse(status.isNullable());
        assertEquals("'new'", status.getDefaultValue());
        Column total = orders.lookupColumn("total").orElseThrow();
        assertEquals("DECIMAL", total.getColumnDataType().getName());
        assertEquals(10, total.getSize());
        assertEquals(2, total.getDecimalDigits());
        assertTrue(orders.lookupColumn("_seq").orElseThrow().isGenerated());

        // getTypeInfo: one data type per KalamDB type.
        List<String> types = new ArrayList<>();
        catalog.getSystemColumnDataTypes().forEach(t -> types.add(t.getName()));
        assertTrue(types.containsAll(List.of("BOOLEAN", "SMALLINT", "INT", "BIGINT", "FLOAT", "DOUBLE", "DECIMAL",
                "TEXT", "BYTES", "JSON", "TIMESTAMP", "DATE", "DATETIME", "TIME", "UUID", "EMBEDDING", "FILE")),
                types.toString());
    }

    @Test
    void crawlsEverythingSystemTablesIncluded() throws Exception {
        Catalog catalog;
        try (LogCapture log = new LogCapture()) {
            // SchemaCrawler's default table types leave SYSTEM TABLE out.
            catalog = crawl(maximum().withLimitOptions(LimitOptionsBuilder.builder()
                    .tableTypes("TABLE", "SYSTEM TABLE").toOptions()), log);
        }
        Map<String, Schema> schemas = new TreeMap<>();
        for (Schema s : catalog.getSchemas()) {
            schemas.put(s.getName(), s);
        }
        assertTrue(schemas.keySet().containsAll(List.of("default", "system", NS)), schemas.keySet().toString());
        Table namespaces = catalog.lookupTable(schemas.get("system"), "namespaces").orElseThrow();
        assertEquals("SYSTEM TABLE", namespaces.getTableType().getTableType());
        assertEquals("namespace_id", namespaces.getPrimaryKey().getConstrainedColumns().get(0).getName());
        assertEquals(SampleSchema.TABLES.size(), catalog.getTables(schemas.get(NS)).size());
    }
}
