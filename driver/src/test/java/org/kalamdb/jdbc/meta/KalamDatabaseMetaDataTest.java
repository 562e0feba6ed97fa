package org.kalamdb.jdbc.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DatabaseMetaData against the in-process server: a namespace with a shared, a user and a stream
 * table, read back through every catalog method with the argument shapes tools pass.
 */
class KalamDatabaseMetaDataTest {

    private static final String URL = "jdbc:kalam:mem:meta-test";
    private static final String NS = "meta_app";

    private static Connection connection;
    private static DatabaseMetaData md;

    @BeforeAll
    static void createTables() throws SQLException {
        connection = DriverManager.getConnection(URL);
        md = connection.getMetaData();
        exec("CREATE SCHEMA " + NS,
                // Column comments are KalamDB DDL: sent as written through kalam_exec.
                "SELECT kalam_exec('CREATE SHARED TABLE " + NS + ".orders (id BIGINT PRIMARY KEY DEFAULT SNOWFLAKE_ID() "
                        + "COMMENT ''order id'', status TEXT NOT NULL DEFAULT ''new'', paid BOOLEAN DEFAULT FALSE, "
                        + "total DECIMAL(10, 2), placed TIMESTAMP DEFAULT NOW(), vec EMBEDDING(3))')",
                "CREATE TABLE " + NS + ".profiles (user_key TEXT PRIMARY KEY, name TEXT) "
                        + "USING kalamdb WITH (type = 'user')",
                "CREATE TABLE " + NS + ".events (id BIGINT PRIMARY KEY, body JSON) "
                        + "USING kalamdb WITH (type = 'stream', ttl_seconds = '60')");
    }

    @AfterAll
    static void dropTables() throws SQLException {
        exec("DROP SCHEMA IF EXISTS " + NS + " CASCADE");
        connection.close();
    }

    private static void exec(String... sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    /** Every row, the named columns joined by {@code |}. */
    private static List<String> rows(ResultSet rs, String... columns) throws SQLException {
        List<String> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                StringJoiner j = new StringJoiner("|");
                for (String c : columns) {
                    j.add(String.valueOf(rs.getString(c)));
                }
                out.add(j.toString());
            }
        }
        return out;
    }

    /** The result's columns as {@code NAME:type}. */
    private static String shape(ResultSet rs) throws SQLException {
        try (rs) {
            ResultSetMetaData m = rs.getMetaData();
            StringJoiner j = new StringJoiner(",");
            for (int i = 1; i <= m.getColumnCount(); i++) {
                String type = switch (m.getColumnType(i)) {
                    case Types.VARCHAR -> "S";
                    case Types.INTEGER -> "I";
                    case Types.SMALLINT -> "H";
                    case Types.BIGINT -> "L";
                    case Types.BOOLEAN -> "B";
                    default -> "?" + m.getColumnType(i);
                };
                j.add(m.getColumnName(i) + ":" + type);
            }
            return j.toString();
        }
    }

    @Test
    void identityIsKalamDb() throws SQLException {
        assertEquals("KalamDB", md.getDatabaseProductName());
        assertTrue(md.getDatabaseProductVersion().startsWith("0.4.3-rc.4"), md.getDatabaseProductVersion());
        assertEquals(0, md.getDatabaseMajorVersion());
        assertEquals(4, md.getDatabaseMinorVersion());
        assertEquals("0.1.0-SNAPSHOT", md.getDriverVersion());
        assertEquals(4, md.getJDBCMajorVersion());
        assertEquals(URL, md.getURL());
        assertTrue(md.storesLowerCaseIdentifiers());
        assertTrue(md.storesLowerCaseQuotedIdentifiers());
        assertFalse(md.supportsMixedCaseQuotedIdentifiers());
    }

    @Test
    void oneCatalogAndNamespacesAsSchemas() throws SQLException {
        assertEquals(List.of("kalam"), rows(md.getCatalogs(), "TABLE_CAT"));
        List<String> schemas = rows(md.getSchemas(), "TABLE_SCHEM", "TABLE_CATALOG");
        assertTrue(schemas.contains(NS + "|kalam"), schemas.toString());
        assertTrue(schemas.contains("system|kalam"), schemas.toString());
        assertEquals(List.of(NS + "|kalam"), rows(md.getSchemas("kalam", "meta\\_a%"), "TABLE_SCHEM",
                "TABLE_CATALOG"));
        assertEquals(List.of(NS), rows(md.getSchemas(null, NS.toUpperCase()), "TABLE_SCHEM"));
        assertEquals(List.of(), rows(md.getSchemas("other", null), "TABLE_SCHEM"));
        assertEquals(List.of(), rows(md.getSchemas("", null), "TABLE_SCHEM"));
        assertEquals(List.of("SYSTEM TABLE", "TABLE"), rows(md.getTableTypes(), "TABLE_TYPE"));
    }

    @Test
    void everyKalamTableIsTypeTableWithItsKalamTypeAlongside() throws SQLException {
        String[] columns = {"TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS", "KALAM_TABLE_TYPE"};
        List<String> expected = List.of(
                "kalam|meta_app|events|TABLE|KalamDB STREAM table|STREAM",
                "kalam|meta_app|orders|TABLE|KalamDB SHARED table|SHARED",
                "kalam|meta_app|profiles|TABLE|KalamDB USER table|USER");
        assertEquals(expected, rows(md.getTables(null, NS, "%", null), columns));
        assertEquals(expected, rows(md.getTables("kalam", NS, null, new String[] {"TABLE"}), columns));
        assertEquals(List.of(), rows(md.getTables(null, NS, "%", new String[] {"SYSTEM TABLE"}), columns));
        assertEquals(List.of(), rows(md.getTables(null, NS, "%", new String[] {"VIEW"}), columns));
        assertEquals(List.of(expected.get(1)), rows(md.getTables(null, "meta%", "ORD_RS", null), columns));
    }

    @Test
    void systemTablesAreSystemTablesWithTheirComments() throws SQLException {
        List<String> rows = rows(md.getTables(null, "system", "namespaces", null), "TABLE_TYPE", "REMARKS",
                "KALAM_TABLE_TYPE");
        assertEquals(List.of("SYSTEM TABLE|Database namespaces for multi-tenancy (KalamDB SYSTEM table)|SYSTEM"),
                rows);
        List<String> all = rows(md.getTables(null, null, null, null), "TABLE_TYPE", "TABLE_SCHEM");
        // SYSTEM TABLE sorts before TABLE.
        assertTrue(all.indexOf("SYSTEM TABLE|system") < all.indexOf("TABLE|" + NS), all.toString());
    }

    @Test
    void columnsShowThePostgresSurfaceWithTypesDefaultsAndComments() throws SQLException {
        List<String> rows = rows(md.getColumns(null, NS, "orders", "%"), "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME",
                "COLUMN_SIZE", "DECIMAL_DIGITS", "NULLABLE", "REMARKS", "COLUMN_DEF", "ORDINAL_POSITION",
                "IS_NULLABLE", "IS_AUTOINCREMENT", "IS_GENERATEDCOLUMN");
        assertEquals(List.of(
                "id|" + Types.BIGINT + "|BIGINT|19|0|0|order id|SNOWFLAKE_ID()|1|NO|YES|NO",
                "status|" + Types.VARCHAR + "|TEXT|2147483647|null|0|null|'new'|2|NO|NO|NO",
                "paid|" + Types.BOOLEAN + "|BOOLEAN|1|null|1|null|FALSE|3|YES|NO|NO",
                "total|" + Types.DECIMAL + "|DECIMAL|10|2|1|null|null|4|YES|NO|NO",
                "placed|" + Types.TIMESTAMP + "|TIMESTAMP|26|6|1|null|NOW()|5|YES|NO|NO",
                "vec|" + Types.OTHER + "|EMBEDDING|3|null|1|null|null|6|YES|NO|NO",
                // The server's own comment on _seq.
                "_seq|" + Types.BIGINT + "|BIGINT|19|0|0|Version ID (MVCC) with embedded timestamp|null|7|NO|NO|YES"),
                rows);
    }

    @Test
    void userTablesEndWithUserIdAndStreamTablesDoNot() throws SQLException {
        assertEquals(List.of("profiles|user_key|1", "profiles|name|2", "profiles|_seq|3", "profiles|_userid|4"),
                rows(md.getColumns(null, NS, "profiles", null), "TABLE_NAME", "COLUMN_NAME", "ORDINAL_POSITION"));
        assertEquals(List.of("events|id|1", "events|body|2", "events|_seq|3"),
                rows(md.getColumns(null, NS, "events", null), "TABLE_NAME", "COLUMN_NAME", "ORDINAL_POSITION"));
        // A column pattern keeps the positions of the full list.
        assertEquals(List.of("_userid|4|NO|" + SurfaceColumn.USER_ID_REMARKS),
                rows(md.getColumns(null, NS, "prof%", "\\_user%"), "COLUMN_NAME", "ORDINAL_POSITION", "IS_NULLABLE",
                        "REMARKS"));
    }

    @Test
    void aWholeSchemaInOneCallIsOrderedByTableThenPosition() throws SQLException {
        List<String> rows = rows(md.getColumns(null, NS, "%", "%"), "TABLE_NAME", "ORDINAL_POSITION");
        assertEquals(7 + 3 + 4, rows.size());
        assertEquals("events|1", rows.get(0));
        assertEquals("profiles|4", rows.get(rows.size() - 1));
    }

    @Test
    void primaryKeysAndIndexesAcceptPatterns() throws SQLException {
        List<String> keys = List.of("meta_app|events|id|1|events_pkey", "meta_app|orders|id|1|orders_pkey",
                "meta_app|profiles|user_key|1|profiles_pkey");
        assertEquals(keys, rows(md.getPrimaryKeys(null, NS, "%"), "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
                "KEY_SEQ", "PK_NAME"));
        assertEquals(keys, rows(md.getPrimaryKeys("kalam", NS, null), "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
                "KEY_SEQ", "PK_NAME"));
        assertEquals(List.of(keys.get(1)), rows(md.getPrimaryKeys(null, NS, "orders"), "TABLE_SCHEM", "TABLE_NAME",
                "COLUMN_NAME", "KEY_SEQ", "PK_NAME"));
        assertEquals(List.of("orders|false|orders_pkey|3|1|id|A"), rows(md.getIndexInfo(null, NS, "orders", true,
                true), "TABLE_NAME", "NON_UNIQUE", "INDEX_NAME", "TYPE", "ORDINAL_POSITION", "COLUMN_NAME",
                "ASC_OR_DESC"));
        assertEquals(3, rows(md.getIndexInfo(null, NS, "%", false, false), "INDEX_NAME").size());
        assertEquals(List.of("2|user_key|" + Types.VARCHAR + "|TEXT|1"), rows(md.getBestRowIdentifier(null, NS,
                "profiles", DatabaseMetaData.bestRowTransaction, false), "SCOPE", "COLUMN_NAME", "DATA_TYPE",
                "TYPE_NAME", "PSEUDO_COLUMN"));
        assertEquals(List.of("_seq|" + Types.BIGINT), rows(md.getVersionColumns(null, NS, "orders"), "COLUMN_NAME",
                "DATA_TYPE"));
        assertEquals(List.of(), rows(md.getImportedKeys(null, NS, "%"), "PKTABLE_NAME"));
        assertEquals(List.of(), rows(md.getExportedKeys(null, NS, "orders"), "PKTABLE_NAME"));
    }

    @Test
    void typeInfoHasOneRowPerKalamType() throws SQLException {
        List<String> rows = rows(md.getTypeInfo(), "TYPE_NAME", "DATA_TYPE", "PRECISION", "CREATE_PARAMS",
                "MAXIMUM_SCALE");
        assertEquals(17, rows.size(), rows.toString());
        List<String> names = new ArrayList<>();
        List<Integer> dataTypes = new ArrayList<>();
        for (String r : rows) {
            String[] p = r.split("\\|");
            names.add(p[0]);
            dataTypes.add(Integer.parseInt(p[1]));
        }
        assertTrue(names.containsAll(List.of("BOOLEAN", "SMALLINT", "INT", "BIGINT", "FLOAT", "DOUBLE", "DECIMAL",
                "TEXT", "BYTES", "JSON", "TIMESTAMP", "DATE", "DATETIME", "TIME", "UUID", "EMBEDDING", "FILE")), names.toString());
        List<Integer> sorted = new ArrayList<>(dataTypes);
        sorted.sort(null);
        assertEquals(sorted, dataTypes);
        assertTrue(rows.contains("DECIMAL|" + Types.DECIMAL + "|38|precision,scale|38"), rows.toString());
        assertTrue(rows.contains("EMBEDDING|" + Types.OTHER + "|8192|dimension|0"), rows.toString());
        // TEXT is the closest VARCHAR.
        assertTrue(names.indexOf("TEXT") < names.indexOf("JSON"));
    }

    @Test
    void functionsAreTheKalamHelpers() throws SQLException {
        List<String> names = rows(md.getFunctions(null, null, "%"), "FUNCTION_NAME");
        assertEquals(List.of("kalam_compiled_mode", "kalam_exec", "kalam_user_id", "kalam_user_id_guc_name",
                "kalam_version", "snowflake_id", "ulid", "uuid_v7"), names);
        assertEquals(List.of("kalam_exec"), rows(md.getFunctions("kalam", "%", "kalam\\_exec"), "FUNCTION_NAME"));
        assertEquals(List.of(), rows(md.getFunctions(null, NS, "%"), "FUNCTION_NAME"));
        assertEquals(List.of("kalam_exec||4|" + Types.VARCHAR + "|0", "kalam_exec|sql|1|" + Types.VARCHAR + "|1"),
                rows(md.getFunctionColumns(null, null, "kalam_exec", null), "FUNCTION_NAME", "COLUMN_NAME",
                        "COLUMN_TYPE", "DATA_TYPE", "ORDINAL_POSITION"));
        assertEquals(List.of(), rows(md.getProcedures(null, null, "%"), "PROCEDURE_NAME"));
    }

    @Test
    void everyResultSetHasItsJdbcColumnSet() throws SQLException {
        assertEquals("TABLE_CAT:S", shape(md.getCatalogs()));
        assertEquals("TABLE_SCHEM:S,TABLE_CATALOG:S", shape(md.getSchemas()));
        assertEquals("TABLE_CAT:S,TABLE_SCHEM:S,TABLE_NAME:S,TABLE_TYPE:S,REMARKS:S,TYPE_CAT:S,TYPE_SCHEM:S,"
                + "TYPE_NAME:S,SELF_REFERENCING_COL_NAME:S,REF_GENERATION:S,KALAM_TABLE_TYPE:S",
                shape(md.getTables(null, null, null, null)));
        assertEquals("TABLE_CAT:S,TABLE_SCHEM:S,TABLE_NAME:S,COLUMN_NAME:S,DATA_TYPE:I,TYPE_NAME:S,COLUMN_SIZE:I,"
                + "BUFFER_LENGTH:I,DECIMAL_DIGITS:I,NUM_PREC_RADIX:I,NULLABLE:I,REMARKS:S,COLUMN_DEF:S,"
                + "SQL_DATA_TYPE:I,SQL_DATETIME_SUB:I,CHAR_OCTET_LENGTH:I,ORDINAL_POSITION:I,IS_NULLABLE:S,"
                + "SCOPE_CATALOG:S,SCOPE_SCHEMA:S,SCOPE_TABLE:S,SOURCE_DATA_TYPE:H,IS_AUTOINCREMENT:S,"
                + "IS_GENERATEDCOLUMN:S", shape(md.getColumns(null, "nothing_here", null, null)));
        assertEquals("TABLE_CAT:S,TABLE_SCHEM:S,TABLE_NAME:S,COLUMN_NAME:S,KEY_SEQ:H,PK_NAME:S",
                shape(md.getPrimaryKeys(null, null, null)));
        assertEquals("TABLE_CAT:S,TABLE_SCHEM:S,TABLE_NAME:S,NON_UNIQUE:B,INDEX_QUALIFIER:S,INDEX_NAME:S,TYPE:H,"
                + "ORDINAL_POSITION:H,COLUMN_NAME:S,ASC_OR_DESC:S,CARDINALITY:L,PAGES:L,FILTER_CONDITION:S",
                shape(md.getIndexInfo(null, null, null, false, true)));
        String keys = "PKTABLE_CAT:S,PKTABLE_SCHEM:S,PKTABLE_NAME:S,PKCOLUMN_NAME:S,FKTABLE_CAT:S,FKTABLE_SCHEM:S,"
                + "FKTABLE_NAME:S,FKCOLUMN_NAME:S,KEY_SEQ:H,UPDATE_RULE:H,DELETE_RULE:H,FK_NAME:S,PK_NAME:S,"
                + "DEFERRABILITY:H";
        assertEquals(keys, shape(md.getImportedKeys(null, null, null)));
        assertEquals(keys, shape(md.getExportedKeys(null, null, null)));
        assertEquals(keys, shape(md.getCrossReference(null, null, "a", null, null, "b")));
        assertEquals("TYPE_NAME:S,DATA_TYPE:I,PRECISION:I,LITERAL_PREFIX:S,LITERAL_SUFFIX:S,CREATE_PARAMS:S,"
                + "NULLABLE:H,CASE_SENSITIVE:B,SEARCHABLE:H,UNSIGNED_ATTRIBUTE:B,FIXED_PREC_SCALE:B,AUTO_INCREMENT:B,"
                + "LOCAL_TYPE_NAME:S,MINIMUM_SCALE:H,MAXIMUM_SCALE:H,SQL_DATA_TYPE:I,SQL_DATETIME_SUB:I,"
                + "NUM_PREC_RADIX:I", shape(md.getTypeInfo()));
        assertEquals("PROCEDURE_CAT:S,PROCEDURE_SCHEM:S,PROCEDURE_NAME:S,RESERVED1:S,RESERVED2:S,RESERVED3:S,"
                + "REMARKS:S,PROCEDURE_TYPE:H,SPECIFIC_NAME:S", shape(md.getProcedures(null, null, null)));
        assertEquals(20, md.getProcedureColumns(null, null, null, null).getMetaData().getColumnCount());
        assertEquals("FUNCTION_CAT:S,FUNCTION_SCHEM:S,FUNCTION_NAME:S,REMARKS:S,FUNCTION_TYPE:H,SPECIFIC_NAME:S",
                shape(md.getFunctions(null, null, null)));
        assertEquals("FUNCTION_CAT:S,FUNCTION_SCHEM:S,FUNCTION_NAME:S,COLUMN_NAME:S,COLUMN_TYPE:H,DATA_TYPE:I,"
                + "TYPE_NAME:S,PRECISION:I,LENGTH:I,SCALE:H,RADIX:H,NULLABLE:H,REMARKS:S,CHAR_OCTET_LENGTH:I,"
                + "ORDINAL_POSITION:I,IS_NULLABLE:S,SPECIFIC_NAME:S", shape(md.getFunctionColumns(null, null, null, null)));
        assertEquals("TABLE_CAT:S,TABLE_SCHEM:S,TABLE_NAME:S,GRANTOR:S,GRANTEE:S,PRIVILEGE:S,IS_GRANTABLE:S",
                shape(md.getTablePrivileges(null, null, null)));
        assertEquals("TABLE_CAT:S,TABLE_SCHEM:S,TABLE_NAME:S,COLUMN_NAME:S,GRANTOR:S,GRANTEE:S,PRIVILEGE:S,"
                + "IS_GRANTABLE:S", shape(md.getColumnPrivileges(null, null, "t", null)));
        assertEquals("SCOPE:H,COLUMN_NAME:S,DATA_TYPE:I,TYPE_NAME:S,COLUMN_SIZE:I,BUFFER_LENGTH:I,DECIMAL_DIGITS:H,"
                + "PSEUDO_COLUMN:H", shape(md.getBestRowIdentifier(null, null, "t", 0, true)));
        assertEquals("SCOPE:H,COLUMN_NAME:S,DATA_TYPE:I,TYPE_NAME:S,COLUMN_SIZE:I,BUFFER_LENGTH:I,DECIMAL_DIGITS:H,"
                + "PSEUDO_COLUMN:H", shape(md.getVersionColumns(null, null, "t")));
        assertEquals("TABLE_CAT:S,TABLE_SCHEM:S,TABLE_NAME:S,COLUMN_NAME:S,DATA_TYPE:I,COLUMN_SIZE:I,"
                + "DECIMAL_DIGITS:I,NUM_PREC_RADIX:I,COLUMN_USAGE:S,REMARKS:S,CHAR_OCTET_LENGTH:I,IS_NULLABLE:S",
                shape(md.getPseudoColumns(null, null, null, null)));
        assertEquals("TYPE_CAT:S,TYPE_SCHEM:S,TYPE_NAME:S,CLASS_NAME:S,DATA_TYPE:I,REMARKS:S,BASE_TYPE:H",
                shape(md.getUDTs(null, null, null, null)));
        assertEquals("TYPE_CAT:S,TYPE_SCHEM:S,TYPE_NAME:S,SUPERTYPE_CAT:S,SUPERTYPE_SCHEM:S,SUPERTYPE_NAME:S",
                shape(md.getSuperTypes(null, null, null)));
        assertEquals("TABLE_CAT:S,TABLE_SCHEM:S,TABLE_NAME:S,SUPERTABLE_NAME:S", shape(md.getSuperTables(null, null,
                null)));
        assertEquals(21, md.getAttributes(null, null, null, null).getMetaData().getColumnCount());
        assertEquals("NAME:S,MAX_LEN:I,DEFAULT_VALUE:S,DESCRIPTION:S", shape(md.getClientInfoProperties()));
    }

    @Test
    void noCatalogMethodThrowsForTheShapesToolsPass() throws SQLException {
        String[] catalogs = {null, "", "kalam", "KALAM", "other"};
        String[] patterns = {null, "", "%", "_%", NS, "o'brien", "a\\", "\\%", "%\\_%"};
        for (String cat : catalogs) {
            for (String p : patterns) {
                md.getSchemas(cat, p).close();
                md.getTables(cat, p, p, null).close();
                md.getTables(cat, p, p, new String[] {"TABLE", null, "VIEW"}).close();
                md.getTables(cat, p, p, new String[0]).close();
                md.getColumns(cat, p, p, p).close();
                md.getPrimaryKeys(cat, p, p).close();
                md.getIndexInfo(cat, p, p, true, false).close();
                md.getBestRowIdentifier(cat, p, p, DatabaseMetaData.bestRowSession, true).close();
                md.getVersionColumns(cat, p, p).close();
                md.getImportedKeys(cat, p, p).close();
                md.getFunctions(cat, p, p).close();
                md.getFunctionColumns(cat, p, p, p).close();
                md.getProcedures(cat, p, p).close();
                md.getProcedureColumns(cat, p, p, p).close();
                md.getTablePrivileges(cat, p, p).close();
                md.getColumnPrivileges(cat, p, p, p).close();
                md.getPseudoColumns(cat, p, p, p).close();
                md.getUDTs(cat, p, p, null).close();
            }
        }
    }

    @Test
    void catalogReadsPageBeyondTheServerCaps() throws SQLException {
        String ns = "meta_wide";
        // 60 tables (past the hidden LIMIT 50) of 18 declared columns: 1140 system.columns rows, past the cap of 1000.
        StringJoiner cols = new StringJoiner(", ");
        cols.add("id BIGINT PRIMARY KEY");
        for (int i = 1; i < 18; i++) {
            cols.add("c" + i + " INT");
        }
        try {
            exec("CREATE SCHEMA " + ns);
            for (int t = 0; t < 60; t++) {
                exec(String.format("CREATE TABLE %s.t%02d (%s) USING kalamdb WITH (type = 'shared')", ns, t, cols));
            }
            List<String> tables = rows(md.getTables(null, ns, "%", new String[] {"TABLE"}), "TABLE_NAME");
            assertEquals(60, tables.size());
            assertEquals("t59", tables.get(59));
            List<String> columns = rows(md.getColumns(null, ns, null, null), "TABLE_NAME", "COLUMN_NAME");
            assertEquals(60 * 19, columns.size());
            assertEquals("t59|_seq", columns.get(columns.size() - 1));
            assertEquals(60, rows(md.getPrimaryKeys(null, ns, "%"), "TABLE_NAME").size());
        } finally {
            exec("DROP SCHEMA IF EXISTS " + ns + " CASCADE");
        }
    }

    @Test
    void anEmptyPatternMatchesNothing() throws SQLException {
        assertEquals(List.of(), rows(md.getTables(null, NS, "", null), "TABLE_NAME"));
        assertEquals(List.of(), rows(md.getTables(null, "", "%", null), "TABLE_NAME"));
    }
}
