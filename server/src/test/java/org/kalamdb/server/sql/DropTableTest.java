package org.kalamdb.server.sql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.kalamdb.server.catalog.TableId;

/** server.md 2.7 (DROP TABLE): messages, IF EXISTS, data discarded, system tables blocked. */
class DropTableTest extends SqlTestSupport {

    @Test
    void dropRemovesDefinitionAndData() {
        itemsTable();
        affected("INSERT INTO app.items (id, name) VALUES (1, 'a')");
        String msg = message("DROP TABLE app.items");
        assertTrue(msg.matches("Table app\\.items dropped successfully\\. Cleanup job: CL-[0-9a-f]{12}"), msg);
        assertNull(catalog.table(new TableId("app", "items")));
        assertFalse(data.hasData(new TableId("app", "items")));
        assertError("Table not found: Error during planning: table 'kalam.app.items' not found", "SELECT * FROM app.items");
    }

    @Test
    void typedKeywordIsNotCheckedAgainstTheTable() {
        itemsTable();
        assertTrue(message("DROP STREAM TABLE app.items").startsWith("Table app.items dropped successfully."));
    }

    @Test
    void missingTables() {
        message("CREATE NAMESPACE app");
        assertError("Not found: Table 'nope' not found in namespace 'app'", "DROP TABLE app.nope");
        assertError("Not found: Table 'nope' not found in namespace 'default'", "DROP USER TABLE nope");
        assertTrue(message("DROP TABLE IF EXISTS app.nope;").equals("Table app.nope does not exist (skipped)"));
        assertError("Invalid operation: Cannot drop system table 'system.users'. System tables are managed internally.",
                "DROP TABLE system.users");
    }
}
