package org.kalamdb.server.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * SELECT as pg-extension (server.md 0, 4, 6, 10.1, 10.2): projection, WHERE, ORDER BY, LIMIT/OFFSET,
 * the hidden LIMIT 50 and 1000 cap, the default PK order, tombstones, name resolution and errors.
 */
class SelectTest extends SqlTestSupport {

    @BeforeEach
    void data() {
        itemsTable();
        affected("INSERT INTO app.items (id, name, qty) VALUES (3, 'cherry', 7), (1, 'apple', 5), (2, 'banana', NULL)");
    }

    @Test
    void selectStarReturnsUserAndSystemColumnsInPkOrder() {
        ResultTable t = query("SELECT * FROM app.items");
        assertEquals(List.of("id", "name", "qty", "_seq", "_deleted"), names(t));
        assertEquals(List.of(1L, 2L, 3L), t.column("id"));
        assertEquals(Arrays.asList(5, null, 7), t.column("qty"));
        assertEquals(List.of(false, false, false), t.column("_deleted"));
        assertFalse(t.batchWhenEmpty());
    }

    @Test
    void plainColumnsKeepKalamFieldMetadata() {
        ResultTable t = query("SELECT id, name AS label, qty + 1 FROM app.items");
        Field id = t.fields().get(0);
        assertEquals("\"BigInt\"", id.metadata().get(KalamType.META_DATA_TYPE));
        assertEquals("[\"pk\",\"nn\",\"uq\"]", id.metadata().get(KalamType.META_COLUMN_FLAGS));
        assertFalse(id.nullable());
        Field label = t.fields().get(1);
        assertEquals("label", label.name());
        assertEquals("\"Text\"", label.metadata().get(KalamType.META_DATA_TYPE));
        Field computed = t.fields().get(2);
        assertEquals("app.items.qty + Int64(1)", computed.name());
        assertEquals(ArrowType.INT64, computed.type());
        assertTrue(computed.metadata().isEmpty());
        assertEquals(Arrays.asList(6L, null, 8L), t.column("app.items.qty + Int64(1)"));
    }

    @Test
    void whereOperators() {
        assertEquals(List.of(3L), query("SELECT id FROM app.items WHERE qty > 5").column("id"));
        assertEquals(List.of(1L, 3L), query("SELECT id FROM app.items WHERE qty IS NOT NULL").column("id"));
        assertEquals(List.of(2L), query("SELECT id FROM app.items WHERE qty IS NULL").column("id"));
        assertEquals(List.of(1L, 2L), query("SELECT id FROM app.items WHERE id IN (1, 2, 9)").column("id"));
        assertEquals(List.of(3L), query("SELECT id FROM app.items WHERE id NOT IN (1, 2)").column("id"));
        assertEquals(List.of(1L, 2L), query("SELECT id FROM app.items WHERE id BETWEEN 1 AND 2").column("id"));
        assertEquals(List.of(2L), query("SELECT id FROM app.items WHERE name LIKE 'b%'").column("id"));
        assertEquals(List.of(2L), query("SELECT id FROM app.items WHERE name ILIKE 'BAN_NA'").column("id"));
        assertEquals(List.of(1L, 3L), query("SELECT id FROM app.items WHERE NOT name LIKE 'b%'").column("id"));
        assertEquals(List.of(1L, 2L), query("SELECT id FROM app.items WHERE qty < 6 OR qty IS NULL").column("id"));
        assertEquals(List.of(1L), query("SELECT id FROM app.items WHERE qty = 5 AND name <> 'x'").column("id"));
        // A number compared with a string compares as text (DataFusion's string_numeric_coercion).
        assertEquals(List.of(3L), query("SELECT id FROM app.items WHERE id = '3'").column("id"));
        // ... so '5' and '7' sort after '10'.
        assertEquals(List.of(1L, 3L), query("SELECT id FROM app.items WHERE qty > '10'").column("id"));
    }

    @Test
    void aDoubledQuoteInAStringLiteralIsOneQuote() {
        affected("INSERT INTO app.items (id, name, qty) VALUES (4, 'it''s', 1)");
        ResultTable literal = query("SELECT 'it''s' AS s, '''' AS q, '' AS e");
        assertEquals(List.of("it's"), literal.column("s"));
        assertEquals(List.of("'"), literal.column("q"));
        assertEquals(List.of(""), literal.column("e"));
        assertEquals(List.of("it's"), query("SELECT name FROM app.items WHERE id = 4").column("name"));
        assertEquals(List.of(4L), query("SELECT id FROM app.items WHERE name = 'it''s'").column("id"));
        assertEquals(List.of("Utf8(\"it's\")"), names(query("SELECT 'it''s'")));
    }

    @Test
    void orderByLimitOffset() {
        assertEquals(List.of(3L, 2L, 1L), query("SELECT id FROM app.items ORDER BY name DESC").column("id"));
        assertEquals(List.of(2L, 3L, 1L), query("SELECT id, qty FROM app.items ORDER BY qty DESC").column("id"));
        assertEquals(List.of(1L, 3L, 2L), query("SELECT id FROM app.items ORDER BY qty ASC").column("id"));
        assertEquals(List.of(2L, 1L, 3L), query("SELECT id FROM app.items ORDER BY qty NULLS FIRST").column("id"));
        assertEquals(List.of("banana", "apple"), query("SELECT name FROM app.items ORDER BY 1 DESC LIMIT 2 OFFSET 1")
                .column("name"));
        assertEquals(List.of(2L), query("SELECT id AS k FROM app.items ORDER BY k LIMIT 1 OFFSET 1").column("k"));
        assertEquals(List.of(1L, 2L), query("SELECT id FROM app.items ORDER BY id FETCH FIRST 2 ROWS ONLY").column("id"));
    }

    @Test
    void userLimitWithoutOrderByIsAppliedBeforeTheDefaultPkSort() {
        // Scan order is insertion order (3, 1, 2): LIMIT 2 keeps 3 and 1, then the PK sort applies.
        assertEquals(List.of(1L, 3L), query("SELECT id, name FROM app.items LIMIT 2").column("id"));
        // Without the PK in the output there is no default order.
        assertEquals(List.of("cherry", "apple", "banana"), query("SELECT name FROM app.items").column("name"));
    }

    @Test
    void hiddenLimitFiftyAndThousandRowCap() {
        message("CREATE TABLE app.many (id BIGINT PRIMARY KEY)");
        StringBuilder insert = new StringBuilder("INSERT INTO app.many (id) VALUES ");
        for (int i = 1; i <= 1100; i++) {
            insert.append(i > 1 ? "," : "").append('(').append(i).append(')');
        }
        assertEquals(1100, affected(insert.toString()));
        ResultTable noLimit = query("SELECT id FROM app.many");
        assertEquals(50, noLimit.rows().size());
        assertEquals(1L, noLimit.rows().get(0)[0]);
        assertEquals(50L, noLimit.rows().get(49)[0]);
        assertEquals(1000, query("SELECT id FROM app.many LIMIT 5000").rows().size());
        assertEquals(1000, query("SELECT id FROM app.many OFFSET 10").rows().size());
        assertEquals(List.of(List.of(1100L)), rows(query("SELECT count(*) FROM app.many")));
    }

    @Test
    void tombstonesAreVisibleOnlyWhenTheFilterMentionsDeleted() {
        assertEquals(1, affected("DELETE FROM app.items WHERE id = 2"));
        assertEquals(List.of(1L, 3L), query("SELECT id FROM app.items").column("id"));
        ResultTable withDeleted = query("SELECT id, _deleted FROM app.items WHERE _deleted = true");
        assertEquals(List.of(List.of(2L, true)), rows(withDeleted));
        assertEquals(List.of(1L, 2L, 3L), query("SELECT id FROM app.items WHERE _deleted OR NOT _deleted").column("id"));
    }

    @Test
    void userTablesAreScopedToPgExtension() {
        message("CREATE USER TABLE app.notes (id INT PRIMARY KEY, body TEXT)");
        affected("INSERT INTO app.notes (id, body) VALUES (1, 'mine')");
        assertEquals(List.of("mine"), query("SELECT body FROM app.notes").column("body"));
        assertTrue(data.scanLog.contains("app.notes user=pg-extension deleted=false"), data.scanLog.toString());
        query("SELECT id FROM app.items");
        assertTrue(data.scanLog.contains("app.items user=null deleted=false"), data.scanLog.toString());
    }

    @Test
    void nameResolution() {
        assertEquals(3, query("SELECT * FROM kalam.app.items").rows().size());
        assertEquals(3, query("SELECT i.id FROM app.items AS i").rows().size());
        assertEquals(3, query("SELECT items.id, app.items.name FROM app.items").rows().size());
        message("CREATE TABLE d (id INT PRIMARY KEY)");
        affected("INSERT INTO d (id) VALUES (1)");
        assertEquals(List.of(1), query("SELECT id FROM d").column("id"));
        assertEquals(List.of(1), query("SELECT id FROM \"default\".d").column("id"));
    }

    @Test
    void missingTablesAndColumns() {
        assertError("Table not found: Error during planning: table 'kalam.app.nope' not found", "SELECT * FROM app.nope");
        assertError("Table not found: Error during planning: table 'kalam.nons.t' not found", "SELECT * FROM nons.t");
        assertError("Table not found: Error during planning: table 'kalam.App.Items' not found",
                "SELECT * FROM \"App\".\"Items\"");
        assertError("Invalid operation: Schema error: No field named nope. Valid fields are app.items.id, app.items.name, "
                + "app.items.qty, app.items._seq, app.items._deleted.", "SELECT nope FROM app.items");
        assertError("Invalid operation: Schema error: No field named \"Name\". Valid fields are app.items.id, "
                + "app.items.name, app.items.qty, app.items._seq, app.items._deleted.", "SELECT \"Name\" FROM app.items");
        assertError("Invalid operation: Schema error: No field named x.", "SELECT x");
    }

    @Test
    void selectWithoutTable() {
        ResultTable one = query("SELECT 1");
        assertEquals(List.of("Int64(1)"), names(one));
        assertEquals(List.of(List.of(1L)), rows(one));
        ResultTable user = query("SELECT CURRENT_USER(), CURRENT_USER AS u, current_role()");
        assertEquals(List.of("pg-extension", "pg-extension", "dba"), Arrays.asList(user.rows().get(0)));
        assertEquals(List.of("kdb_current_user()", "u", "kdb_current_role()"), names(user));
        // Both spellings are KDB_CURRENT_USER() after KalamDB's rewrite, hence the same name.
        assertTrue(error("SELECT CURRENT_USER(), CURRENT_USER").contains("Projections require unique expression names"));
        ResultTable exprs = query("SELECT 'a' || 'b' AS s, 7 / 2 AS d, 7.0 / 2 AS f, -3 AS n, upper('x') AS u");
        assertEquals(List.of("ab", 3L, 3.5, -3L, "X"), Arrays.asList(exprs.rows().get(0)));
        ResultTable id = query("SELECT SNOWFLAKE_ID()");
        assertEquals("snowflake_id()", names(id).get(0));
        long value = (Long) id.rows().get(0)[0];
        long unixMillis = value >>> 22;
        assertTrue(Math.abs(unixMillis - System.currentTimeMillis()) < 60_000, "Unix-epoch snowflake: " + value);
    }

    @Test
    void duplicateOutputNamesAreRejected() {
        assertError("Execution error: Error during planning: Projections require unique expression names but the "
                + "expression \"app.items.id\" at position 0 and \"app.items.id\" at position 1 have the same name. "
                + "Consider aliasing (\"AS\") one of them.", "SELECT id, id FROM app.items");
    }

    @Test
    void unsupportedShapesFailAsNotImplemented() {
        message("CREATE TABLE app.other (id BIGINT PRIMARY KEY)");
        assertError("Execution error: This feature is not implemented: JOIN in this server's SQL engine",
                "SELECT * FROM app.items JOIN app.other ON app.items.id = app.other.id");
        assertError("Execution error: This feature is not implemented: The context currently only supports a single "
                + "SQL statement", "SELECT 1; SELECT 2");
        String parse = error("SELECT * FROM");
        assertTrue(parse.startsWith("Execution error: SQL error: ParserError(\""), parse);
    }

    @Test
    void systemTablesAreNotDefaultSorted() {
        List<Object> names = query("SELECT table_name FROM system.tables WHERE namespace_id = 'system'").column("table_name");
        assertEquals(List.of("namespaces", "schemas", "users"), names);
        Map<String, Object> seen = new java.util.HashMap<>();
        List<Object> ids = new ArrayList<>(query("SELECT namespace_id FROM system.namespaces").column("namespace_id"));
        ids.forEach(i -> seen.put((String) i, i));
        assertTrue(seen.containsKey("app"));
    }
}
