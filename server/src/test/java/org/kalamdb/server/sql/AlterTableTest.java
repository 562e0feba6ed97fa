package org.kalamdb.server.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.ColumnDefault;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;

/** server.md 2.6 (ALTER TABLE): one operation per statement, version bumps, column ids, messages. */
class AlterTableTest extends SqlTestSupport {

    @BeforeEach
    void table() {
        itemsTable();
    }

    private TableDef items() {
        return catalog.table(new TableId("app", "items"));
    }

    private List<String> columnNames() {
        return items().columns().stream().map(ColumnDef::name).toList();
    }

    @Test
    void addColumnGoesAfterSystemColumnsWithANewId() {
        assertEquals("Table app.items altered successfully: ADD COLUMN Price DECIMAL(10, 2) (version 2)",
                message("ALTER TABLE app.items ADD COLUMN Price DECIMAL(10,2) NOT NULL DEFAULT 0"));
        assertEquals(List.of("id", "name", "qty", "_seq", "_deleted", "price"), columnNames());
        ColumnDef price = items().column("price");
        assertEquals(6, price.columnId());
        assertEquals(6, price.ordinal());
        assertFalse(price.nullable());
        assertEquals(new ColumnDefault.Literal(0L), price.defaultValue());
        assertEquals(2, items().version());
        assertError("Invalid operation: Column 'price' already exists", "ALTER TABLE app.items ADD COLUMN price INT");
        assertError("Invalid operation: Cannot add column '_seq': reserved system column name",
                "ALTER TABLE app.items ADD _seq BIGINT");
        assertError("Invalid SQL: Column position modifiers (FIRST/AFTER) are not supported",
                "ALTER TABLE app.items ADD COLUMN x INT AFTER id");
    }

    @Test
    void dropColumnRenumbersAndNeverReusesIds() {
        assertEquals("Table app.items altered successfully: DROP COLUMN name (version 2)",
                message("ALTER TABLE app.items DROP COLUMN name"));
        assertEquals(List.of("id", "qty", "_seq", "_deleted"), columnNames());
        assertEquals(List.of(1, 2, 3, 4), items().columns().stream().map(ColumnDef::ordinal).toList());
        assertEquals(List.of(1, 3, 4, 5), items().columns().stream().map(ColumnDef::columnId).toList());
        message("ALTER TABLE app.items ADD COLUMN extra TEXT");
        assertEquals(6, items().column("extra").columnId());
        assertError("Invalid operation: Column 'NAME' does not exist", "ALTER TABLE app.items DROP COLUMN NAME");
        assertError("Invalid operation: Cannot drop column '_seq': system column cannot be modified",
                "ALTER TABLE app.items DROP COLUMN _seq");
        assertError("Invalid SQL: ALTER TABLE only supports dropping one column at a time",
                "ALTER TABLE app.items DROP COLUMN qty, extra");
        assertError("Invalid SQL: DROP COLUMN CASCADE/RESTRICT is not supported",
                "ALTER TABLE app.items DROP COLUMN qty CASCADE");
    }

    @Test
    void modifyAndNullabilityAndDefaults() {
        assertEquals("Table app.items altered successfully: MODIFY COLUMN qty BIGINT (version 2)",
                message("ALTER TABLE app.items MODIFY COLUMN qty BIGINT NOT NULL"));
        assertEquals(KalamType.BIGINT, items().column("qty").type());
        assertFalse(items().column("qty").nullable());
        assertEquals("Table app.items unchanged: MODIFY COLUMN qty BIGINT (version 2 - no changes needed)",
                message("ALTER TABLE app.items MODIFY qty BIGINT"));
        assertEquals("Table app.items altered successfully: ALTER COLUMN qty DROP NOT NULL (version 3)",
                message("ALTER TABLE app.items ALTER COLUMN qty DROP NOT NULL"));
        assertTrue(items().column("qty").nullable());
        assertEquals("Table app.items altered successfully: ALTER COLUMN name SET NOT NULL (version 4)",
                message("ALTER TABLE app.items ALTER COLUMN name SET NOT NULL"));
        assertError("Invalid operation: Column 'id' is a PRIMARY KEY and cannot be nullable",
                "ALTER TABLE app.items ALTER COLUMN id DROP NOT NULL");
        assertEquals("Table app.items altered successfully: ALTER COLUMN name SET DEFAULT 'n/a' (version 5)",
                message("ALTER TABLE app.items ALTER COLUMN name SET DEFAULT 'n/a'"));
        assertEquals(new ColumnDefault.Literal("n/a"), items().column("name").defaultValue());
        assertEquals("Table app.items altered successfully: ALTER COLUMN name DROP DEFAULT (version 6)",
                message("ALTER TABLE app.items ALTER COLUMN name DROP DEFAULT"));
        assertNull(items().column("name").defaultValue());
        assertEquals("Table app.items unchanged: ALTER COLUMN name DROP DEFAULT (version 6 - no changes needed)",
                message("ALTER TABLE app.items ALTER COLUMN name DROP DEFAULT"));
        assertError("Invalid SQL: Unsupported ALTER COLUMN operation", "ALTER TABLE app.items ALTER COLUMN qty TYPE TEXT");
        assertError("Invalid operation: Cannot modify column '_deleted': system column cannot be altered",
                "ALTER TABLE app.items ALTER COLUMN _deleted DROP DEFAULT");
    }

    @Test
    void renameKeepsTheColumnId() {
        assertEquals("Table app.items altered successfully: RENAME COLUMN name TO title (version 2)",
                message("ALTER TABLE app.items RENAME COLUMN name TO title"));
        assertEquals(2, items().column("title").columnId());
        assertError("Invalid operation: Column 'qty' already exists", "ALTER TABLE app.items RENAME COLUMN title TO qty");
        assertError("Invalid operation: Column 'nope' does not exist", "ALTER TABLE app.items RENAME COLUMN nope TO x");
        assertError("Invalid operation: Cannot rename column to '_deleted': reserved system column name",
                "ALTER TABLE app.items RENAME COLUMN title TO _deleted");
    }

    @Test
    void accessLevelOnlyOnSharedTables() {
        assertEquals("Table app.items altered successfully: SET ACCESS LEVEL Public (version 2)",
                message("ALTER TABLE app.items SET ACCESS LEVEL PUBLIC"));
        assertEquals("public", items().options().get("access_level"));
        assertEquals("Table app.items altered successfully: SET ACCESS LEVEL Dba (version 3)",
                message("ALTER SHARED TABLE app.items SET TBLPROPERTIES (ACCESS_LEVEL = 'dba')"));
        assertEquals("Table app.items unchanged: SET ACCESS LEVEL Dba (version 3 - no changes needed)",
                message("ALTER TABLE app.items SET TBLPROPERTIES (ACCESS_LEVEL = 'DBA')"));
        assertError("Invalid SQL: Invalid ACCESS_LEVEL 'OPEN'. Supported values: PUBLIC, PRIVATE, RESTRICTED, DBA",
                "ALTER TABLE app.items SET TBLPROPERTIES (ACCESS_LEVEL = 'open')");
        message("CREATE USER TABLE app.u (id INT PRIMARY KEY)");
        assertError("Invalid operation: ACCESS LEVEL can only be set on SHARED tables",
                "ALTER USER TABLE app.u SET ACCESS LEVEL PRIVATE");
    }

    @Test
    void historyKeepsEveryVersion() {
        message("ALTER TABLE app.items ADD COLUMN a INT");
        message("ALTER TABLE app.items ADD COLUMN b INT");
        ResultTable schemas = query("SELECT schema_version, is_latest FROM system.schemas WHERE table_name = 'items'");
        assertEquals(List.of(List.of(1, false), List.of(2, false), List.of(3, true)), rows(schemas));
    }

    @Test
    void errorsForMissingTablesAndStatementShape() {
        assertError("Not found: Table 'nope' not found in namespace 'app'", "ALTER TABLE app.nope ADD COLUMN x INT");
        assertError("Not found: Table 'items' not found in namespace 'default'", "ALTER TABLE items ADD COLUMN x INT");
        assertError("Invalid SQL: Only one ALTER TABLE operation is supported per statement",
                "ALTER TABLE app.items ADD COLUMN x INT, ADD COLUMN y INT");
        assertError("Invalid operation: Cannot alter system table 'system.users'. System tables are managed internally.",
                "ALTER TABLE system.users ADD COLUMN x INT");
    }

    @Test
    void vectorIndexesNeedAnEmbeddingColumn() {
        message("ALTER TABLE app.items ADD COLUMN vec EMBEDDING(3)");
        assertEquals("Vector index enabled on app.items.vec (L2)",
                message("ALTER TABLE app.items CREATE VECTOR INDEX vec USING L2"));
        assertEquals("Vector index disabled on app.items.vec", message("ALTER TABLE app.items DROP INDEX vec"));
        assertError("Invalid operation: Column 'name' is not EMBEDDING", "ALTER TABLE app.items CREATE INDEX name");
    }
}
