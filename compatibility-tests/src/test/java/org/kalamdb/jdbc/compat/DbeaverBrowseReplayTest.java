package org.kalamdb.jdbc.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays what DBeaver's generic driver calls on connect and while a user expands the navigator
 * tree (design.md section 7), with the arguments DBeaver passes — patterns where the JDBC spec
 * says "a name" — and reads every result by the column names DBeaver reads. Nothing may throw,
 * and the tree must show the sample namespace's objects.
 */
class DbeaverBrowseReplayTest {

    private static final String URL = "jdbc:kalam:mem:dbeaver";
    private static final String NS = "dbv_shop";

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

    /** Reads the named columns of every row, as DBeaver's generic metadata readers do. */
    private static List<Map<String, String>> read(ResultSet rs, String... columns) throws SQLException {
        List<Map<String, String>> out = new ArrayList<>();
        try (rs) {
            assertEquals(ResultSet.TYPE_FORWARD_ONLY, rs.getType());
            ResultSetMetaData md = rs.getMetaData();
            List<String> labels = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                labels.add(md.getColumnLabel(i));
            }
            assertTrue(labels.containsAll(List.of(columns)), "missing columns in " + labels);
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (String c : columns) {
                    row.put(c, rs.getString(c));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static List<String> column(List<Map<String, String>> rows, String name) {
        List<String> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            out.add(r.get(name));
        }
        return out;
    }

    @Test
    void connectThenBrowseTheNavigatorTree() throws SQLException {
        // The connection dialog: DBeaver instantiates the driver class and asks for its properties
        // with the URL typed so far.
        Driver driver = DriverManager.getDriver(URL);
        DriverPropertyInfo[] properties = driver.getPropertyInfo("jdbc:kalam:", new Properties());
        assertTrue(properties.length > 0);
        for (DriverPropertyInfo p : properties) {
            assertNotNull(p.name);
        }

        try (Connection c = driver.connect(URL, new Properties())) {
            connectTimeChecks(c);
            browse(c.getMetaData());
            assertTrue(c.isValid(1));
            assertFalse(c.isClosed());
        }
    }

    /** What DBeaver reads once per connection to set up its dialect and navigator. */
    private static void connectTimeChecks(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        assertEquals("KalamDB", md.getDatabaseProductName());
        assertNotNull(md.getDatabaseProductVersion());
        assertEquals("KalamDB JDBC Driver", md.getDriverName());
        assertEquals(BuildPaths.version(), md.getDriverVersion());
        assertEquals(0, md.getDriverMajorVersion());
        assertEquals(1, md.getDriverMinorVersion());
        assertEquals(0, md.getDatabaseMajorVersion());
        assertEquals("schema", md.getSchemaTerm());
        assertEquals("catalog", md.getCatalogTerm());
        assertEquals("procedure", md.getProcedureTerm());
        assertTrue(md.supportsBatchUpdates());
        assertTrue(md.supportsTransactions());
        Map<Integer, Boolean> isolation = new TreeMap<>();
        for (int level : new int[] {Connection.TRANSACTION_NONE, Connection.TRANSACTION_READ_UNCOMMITTED,
            Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_REPEATABLE_READ,
            Connection.TRANSACTION_SERIALIZABLE}) {
            isolation.put(level, md.supportsTransactionIsolationLevel(level));
        }
        assertEquals(Map.of(Connection.TRANSACTION_NONE, false, Connection.TRANSACTION_READ_UNCOMMITTED, true,
                Connection.TRANSACTION_READ_COMMITTED, true, Connection.TRANSACTION_REPEATABLE_READ, true,
                Connection.TRANSACTION_SERIALIZABLE, false), isolation);
        assertEquals(Connection.TRANSACTION_REPEATABLE_READ, c.getTransactionIsolation());
        assertTrue(md.supportsTransactionIsolationLevel(c.getTransactionIsolation()));
        assertEquals("\"", md.getIdentifierQuoteString());
        assertEquals(DatabaseMetaData.sqlStateSQL, md.getSQLStateType());
        // Names are stored lower case, quoted or not: DBeaver lower-cases what the user types.
        assertFalse(md.supportsMixedCaseIdentifiers());
        assertFalse(md.supportsMixedCaseQuotedIdentifiers());
        assertTrue(md.storesLowerCaseIdentifiers());
        assertTrue(md.storesLowerCaseQuotedIdentifiers());
        assertFalse(md.storesUpperCaseIdentifiers());
        assertFalse(md.storesUpperCaseQuotedIdentifiers());
        assertFalse(md.storesMixedCaseIdentifiers());
        assertFalse(md.storesMixedCaseQuotedIdentifiers());
        assertEquals("\\", md.getSearchStringEscape());
        assertEquals(".", md.getCatalogSeparator());
        assertFalse(md.supportsCatalogsInDataManipulation());
        assertFalse(md.supportsCatalogsInTableDefinitions());
        assertTrue(md.supportsSchemasInDataManipulation());
        assertTrue(md.supportsSchemasInTableDefinitions());
        assertEquals("", md.getExtraNameCharacters());
        assertNotNull(md.getSQLKeywords());
        assertTrue(md.getSystemFunctions().contains("kalam_exec"));
        assertNotNull(md.getNumericFunctions());
        assertNotNull(md.getStringFunctions());
        assertNotNull(md.getTimeDateFunctions());
        assertEquals("kalam", c.getCatalog());
        assertEquals("default", c.getSchema());
        assertTrue(c.getAutoCommit());
        assertFalse(c.isReadOnly());
    }

    /** Expanding the tree: catalogs, schemas, tables, then a schema's columns, keys and indexes at once. */
    private static void browse(DatabaseMetaData md) throws SQLException {
        List<String> catalogs = column(read(md.getCatalogs(), "TABLE_CAT"), "TABLE_CAT");
        assertEquals(List.of("kalam"), catalogs);
        String catalog = catalogs.get(0);

        List<Map<String, String>> schemas = read(md.getSchemas(catalog, null), "TABLE_SCHEM", "TABLE_CATALOG");
        assertTrue(column(schemas, "TABLE_SCHEM").containsAll(List.of("default", "system", NS)), schemas.toString());
        assertEquals(List.of("kalam"), column(schemas, "TABLE_CATALOG").stream().distinct().toList());

        List<String> tableTypes = column(read(md.getTableTypes(), "TABLE_TYPE"), "TABLE_TYPE");
        assertEquals(List.of("SYSTEM TABLE", "TABLE"), tableTypes);

        // DBeaver asks for all types and hides those containing SYSTEM; VIEW types would be views.
        List<Map<String, String>> tables = read(md.getTables(catalog, NS, "%", null), "TABLE_CAT", "TABLE_SCHEM",
                "TABLE_NAME", "TABLE_TYPE", "REMARKS");
        List<String> visible = new ArrayList<>();
        for (Map<String, String> t : tables) {
            String type = t.get("TABLE_TYPE").toUpperCase(Locale.ROOT);
            assertFalse(type.contains("VIEW"));
            if (!type.contains("SYSTEM")) {
                visible.add(t.get("TABLE_NAME"));
            }
        }
        assertEquals(List.of("carts", "clicks", "orders"), visible);
        List<Map<String, String>> systemTables = read(md.getTables(catalog, "system", "%", null), "TABLE_NAME",
                "TABLE_TYPE");
        assertFalse(systemTables.isEmpty());
        assertEquals(List.of("SYSTEM TABLE"), column(systemTables, "TABLE_TYPE").stream().distinct().toList());

        // A whole schema's columns in one call.
        Map<String, List<String>> columns = new TreeMap<>();
        for (Map<String, String> col : read(md.getColumns(catalog, NS, "%", "%"), "TABLE_NAME", "COLUMN_NAME",
                "DATA_TYPE", "TYPE_NAME", "COLUMN_SIZE", "DECIMAL_DIGITS", "NULLABLE", "REMARKS", "COLUMN_DEF",
                "ORDINAL_POSITION", "IS_NULLABLE", "IS_AUTOINCREMENT", "IS_GENERATEDCOLUMN", "SOURCE_DATA_TYPE")) {
            columns.computeIfAbsent(col.get("TABLE_NAME"), k -> new ArrayList<>()).add(col.get("COLUMN_NAME")
                    + ":" + col.get("TYPE_NAME") + ":" + col.get("ORDINAL_POSITION"));
        }
        assertEquals(Map.of(
                "carts", List.of("cart_id:TEXT:1", "items:JSON:2", "_seq:BIGINT:3", "_userid:TEXT:4"),
                "clicks", List.of("id:BIGINT:1", "url:TEXT:2", "_seq:BIGINT:3"),
                "orders", List.of("id:BIGINT:1", "status:TEXT:2", "total:DECIMAL:3", "placed:TIMESTAMP:4",
                        "_seq:BIGINT:5")), columns);

        // Keys and indexes with the schema's table pattern, though the spec says "a table name".
        List<Map<String, String>> keys = read(md.getPrimaryKeys(catalog, NS, "%"), "TABLE_NAME", "COLUMN_NAME",
                "KEY_SEQ", "PK_NAME");
        assertEquals(List.of("carts.cart_id.1.carts_pkey", "clicks.id.1.clicks_pkey", "orders.id.1.orders_pkey"),
                keys.stream().map(k -> k.get("TABLE_NAME") + "." + k.get("COLUMN_NAME") + "." + k.get("KEY_SEQ")
                        + "." + k.get("PK_NAME")).toList());
        assertEquals(List.of(), read(md.getImportedKeys(catalog, NS, "%"), "PKTABLE_NAME", "FKTABLE_NAME",
                "FK_NAME", "KEY_SEQ"));
        List<Map<String, String>> indexes = read(md.getIndexInfo(catalog, NS, "%", false, true), "TABLE_NAME",
                "INDEX_NAME", "NON_UNIQUE", "TYPE", "ORDINAL_POSITION", "COLUMN_NAME", "ASC_OR_DESC");
        assertEquals(List.of("carts_pkey", "clicks_pkey", "orders_pkey"), column(indexes, "INDEX_NAME"));
        assertEquals(List.of("false"), column(indexes, "NON_UNIQUE").stream().distinct().toList());

        // Procedures and functions: an exception here is shown to the user.
        assertEquals(List.of(), read(md.getProcedures(catalog, NS, "%"), "PROCEDURE_NAME", "PROCEDURE_TYPE"));
        read(md.getFunctions(catalog, NS, "%"), "FUNCTION_NAME", "FUNCTION_TYPE");
        List<String> helpers = column(read(md.getFunctions(catalog, null, "%"), "FUNCTION_NAME", "FUNCTION_TYPE"),
                "FUNCTION_NAME");
        assertTrue(helpers.contains("kalam_exec"), helpers.toString());
        read(md.getProcedureColumns(catalog, NS, "%", "%"), "COLUMN_NAME");
        read(md.getFunctionColumns(catalog, null, "kalam_exec", "%"), "COLUMN_NAME");

        List<String> types = column(read(md.getTypeInfo(), "TYPE_NAME", "DATA_TYPE", "PRECISION", "LITERAL_PREFIX",
                "CREATE_PARAMS", "NULLABLE", "CASE_SENSITIVE", "SEARCHABLE", "UNSIGNED_ATTRIBUTE", "AUTO_INCREMENT",
                "MINIMUM_SCALE", "MAXIMUM_SCALE"), "TYPE_NAME");
        assertEquals(17, types.size(), types.toString());
    }
}
