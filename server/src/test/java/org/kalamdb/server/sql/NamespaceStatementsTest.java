package org.kalamdb.server.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.kalamdb.server.catalog.TableId;

/** server.md 1 (namespaces): syntax, naming rules, reserved names and every message. */
class NamespaceStatementsTest extends SqlTestSupport {

    @Test
    void createReportsSuccessAndStoresLowercase() {
        assertEquals("Namespace 'app' created successfully", message("CREATE NAMESPACE App"));
        assertNotNull(catalog.namespace("app"));
        assertEquals("Namespace 'app2' created successfully", message("create namespace app2;"));
    }

    @Test
    void createExistingFailsUnlessIfNotExists() {
        message("CREATE NAMESPACE app");
        assertError("Already exists: Namespace 'app' already exists", "CREATE NAMESPACE app");
        assertEquals("Namespace 'app' already exists", message("CREATE NAMESPACE IF NOT EXISTS app"));
    }

    @Test
    void reservedAndInvalidNamesGiveTheBareValidationText() {
        assertError("Namespace 'system' is reserved and cannot be used", "CREATE NAMESPACE system");
        assertError("Namespace 'default' is reserved and cannot be used", "CREATE NAMESPACE DEFAULT");
        assertError("Namespace 'information_schema' is reserved and cannot be used",
                "CREATE NAMESPACE information_schema");
        assertError("Name cannot start with underscore (reserved for system columns)", "CREATE NAMESPACE _hidden");
        assertError("Name cannot start with a number", "CREATE NAMESPACE 1abc");
        assertError("Name 'my-ns' contains invalid characters (only alphanumeric and underscore allowed)",
                "CREATE NAMESPACE my-ns");
        assertError("Name ''quoted'' contains invalid characters (only alphanumeric and underscore allowed)",
                "CREATE NAMESPACE 'quoted'");
        assertError("Name is too long (65 characters, max 64)", "CREATE NAMESPACE " + "a".repeat(65));
        assertError("Name 'select' is a reserved SQL keyword and cannot be used", "CREATE NAMESPACE select");
        assertError("Name 'table' is a reserved SQL keyword and cannot be used", "CREATE NAMESPACE table");
    }

    @Test
    void missingNameIsInvalidSql() {
        assertError("Invalid SQL: Entity name is required after CREATE NAMESPACE", "CREATE NAMESPACE");
    }

    @Test
    void dropMessagesAndCascadeOfTables() {
        message("CREATE NAMESPACE app");
        message("CREATE TABLE app.t (id INT PRIMARY KEY)");
        affected("INSERT INTO app.t (id) VALUES (1)");
        assertTrue(data.hasData(new TableId("app", "t")));
        // CASCADE is parsed and ignored: tables are always dropped with their namespace.
        assertEquals("Namespace 'app' dropped successfully", message("DROP NAMESPACE app"));
        assertNull(catalog.namespace("app"));
        assertNull(catalog.table(new TableId("app", "t")));
        assertFalse(data.hasData(new TableId("app", "t")));
        assertError("Not found: Namespace 'app' not found", "DROP NAMESPACE app CASCADE");
        assertEquals("Namespace 'app' does not exist", message("DROP NAMESPACE IF EXISTS app CASCADE"));
    }

    @Test
    void alterSetsOptionsMergedAndSorted() {
        message("CREATE NAMESPACE app");
        assertEquals("Namespace 'app' altered successfully",
                message("ALTER NAMESPACE app SET OPTIONS (owner = 'team', max_tables = 10, enabled = true)"));
        message("ALTER NAMESPACE app SET OPTIONS (ratio = 1.5)");
        ResultTable ns = query("SELECT options FROM system.namespaces WHERE namespace_id = 'app'");
        assertEquals(List.of(List.of("{\"enabled\":true,\"max_tables\":10,\"owner\":\"team\",\"ratio\":1.5}")), rows(ns));
        assertError("Not found: Namespace 'nope' not found", "ALTER NAMESPACE nope SET OPTIONS (a = 1)");
        // The real parser only knows SET OPTIONS (docs mention SET DESCRIPTION).
        assertError("Invalid SQL: Expected SET OPTIONS clause", "ALTER NAMESPACE app SET DESCRIPTION 'x'");
        assertError("Invalid SQL: Invalid value format: x", "ALTER NAMESPACE app SET OPTIONS (a = x)");
        assertError("Invalid SQL: Options must be enclosed in parentheses", "ALTER NAMESPACE app SET OPTIONS a = 1");
    }

    @Test
    void useChecksExistenceOnly() {
        message("CREATE NAMESPACE app");
        assertEquals("Namespace switched to 'app'", message("USE app"));
        assertEquals("Namespace switched to 'app'", message("USE NAMESPACE APP"));
        assertEquals("Namespace switched to 'app'", message("SET NAMESPACE 'app'"));
        assertError("Not found: Namespace 'nope' does not exist", "USE nope");
        assertError("Invalid SQL: USE NAMESPACE requires a namespace name", "USE NAMESPACE");
        // gRPC SQL is stateless: unqualified names still resolve in namespace default.
        assertError("Table not found: Error during planning: table 'kalam.default.t' not found", "SELECT * FROM t");
    }

    @Test
    void showNamespacesReturnsTheSystemNamespacesBatch() {
        message("CREATE NAMESPACE app");
        ResultTable t = query("SHOW NAMESPACES");
        assertTrue(t.batchWhenEmpty());
        assertEquals(List.of("namespace_id", "name", "created_at", "options", "table_count"), names(t));
        assertEquals(List.of("app", "dba", "default"), t.column("namespace_id"));
        assertEquals(List.of(0, 0, 0), t.column("table_count"));
        assertEquals("{}", t.column("options").get(0));
        assertError("Invalid SQL: Expected SHOW NAMESPACES statement", "SHOW NAMESPACES x");
    }
}
