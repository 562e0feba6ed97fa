package org.kalamdb.server.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.kalamdb.server.sql.query.IdGenerators;

/** SQL DML as pg-extension (server.md 2.3–2.5, 3 coercion, 4 UPDATE/_deleted): INSERT with DEFAULTs, UPDATE, DELETE. */
class DmlTest extends SqlTestSupport {

    @BeforeEach
    void schema() {
        message("CREATE NAMESPACE app");
    }

    @Test
    void insertAppliesDefaults() {
        message("CREATE TABLE app.d (id BIGINT PRIMARY KEY DEFAULT SNOWFLAKE_ID(), created TIMESTAMP DEFAULT NOW(), "
                + "who TEXT DEFAULT CURRENT_USER(), u UUID DEFAULT UUID_V7(), l TEXT DEFAULT ULID(), "
                + "n INT DEFAULT 42, s TEXT DEFAULT 'hi', m INT DEFAULT -1, note TEXT)");
        long before = System.currentTimeMillis();
        assertEquals(2, affected("INSERT INTO app.d (note) VALUES ('a'), ('b')"));
        ResultTable t = query("SELECT id, created, who, u, l, n, s, m, note FROM app.d ORDER BY note");
        Object[] a = t.rows().get(0);
        Object[] b = t.rows().get(1);
        long id = (Long) a[0];
        assertTrue((id >>> 22) + IdGenerators.EPOCH_2024_MS >= before - 1000, "2024-epoch snowflake " + id);
        assertTrue((Long) b[0] > id, "strictly increasing");
        long createdMicros = (Long) a[1];
        assertTrue(Math.abs(createdMicros / 1000 - before) < 60_000, "NOW() in µs: " + createdMicros);
        assertEquals("pg-extension", a[2]);
        assertEquals(7, ((UUID) a[3]).version());
        assertEquals(26, ((String) a[4]).length());
        // The stored "-1" (a text literal upstream) coerces back to the INT column.
        assertEquals(Arrays.asList(42, "hi", -1, "a"), Arrays.asList(a).subList(5, 9));
        affected("INSERT INTO app.d (id, n, note) VALUES (DEFAULT, DEFAULT, DEFAULT)");
        assertEquals(Arrays.asList(42, null), Arrays.asList(
                query("SELECT n, note FROM app.d WHERE note IS NULL").rows().get(0)));
    }

    @Test
    void insertWithoutColumnListUsesUserColumnsAndCoercesLiterals() {
        message("CREATE TABLE app.v (id INT PRIMARY KEY, d DATE, ts TIMESTAMP, dec DECIMAL(6, 2), u UUID, b BOOLEAN, "
                + "f FLOAT, bytes BYTES, e EMBEDDING(2))");
        affected("INSERT INTO app.v VALUES (1, '2024-03-01', '2024-03-01T10:00:00Z', 12.5, "
                + "'0190b6f2-7f3c-7c4e-8a5e-123456789abc', 'yes', 1, 'ab', '[0.5, 1.5]')");
        affected("INSERT INTO app.v (id, ts) VALUES (2, 1700000000000000)");
        ResultTable t = query("SELECT * FROM app.v WHERE id = 1");
        Object[] r = t.rows().get(0);
        assertEquals((int) LocalDate.of(2024, 3, 1).toEpochDay(), r[1]);
        assertEquals(1_709_287_200_000_000L, r[2]);
        assertEquals(new BigDecimal("12.50"), r[3]);
        assertEquals(UUID.fromString("0190b6f2-7f3c-7c4e-8a5e-123456789abc"), r[4]);
        assertEquals(true, r[5]);
        assertEquals(1.0f, r[6]);
        assertEquals("ab", new String((byte[]) r[7], java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(Arrays.equals(new float[] {0.5f, 1.5f}, (float[]) r[8]));
        // An integer written to TIMESTAMP is microseconds.
        assertEquals(List.of(1_700_000_000_000_000L), query("SELECT ts FROM app.v WHERE id = 2").column("ts"));
        assertEquals(List.of(2), query("SELECT id FROM app.v WHERE ts < '2024-01-01'").column("id"));
    }

    @Test
    void insertErrors() {
        message("CREATE TABLE app.t (id INT PRIMARY KEY, name TEXT NOT NULL, u UUID, e EMBEDDING(2))");
        assertError("Invalid operation: Column 'Name' does not exist", "INSERT INTO app.t (id, Name) VALUES (1, 'x')");
        assertError("Invalid operation: Column '_seq' does not exist", "INSERT INTO app.t (id, _seq) VALUES (1, 2)");
        assertError("Invalid operation: Schema coercion failed: Unable to cast value Utf8 to Int32 for column 'id': "
                + "Cast error: Cannot cast string 'abc' to value of Int32 type", "INSERT INTO app.t (id, name) VALUES ('abc', 'x')");
        assertError("Invalid operation: Schema coercion failed: Unable to cast value Int64 to Int32 for column 'id': "
                + "Cast error: Can't cast value 3000000000 to type Int32", "INSERT INTO app.t (id, name) VALUES (3000000000, 'x')");
        assertTrue(error("INSERT INTO app.t (id, name, u) VALUES (1, 'x', 'not-a-uuid')")
                .startsWith("Invalid operation: Schema coercion failed: Invalid UUID literal 'not-a-uuid' for column 'u': "));
        assertError("Invalid operation: Schema coercion failed: Embedding dimension mismatch for column 'e': expected 2, got 3",
                "INSERT INTO app.t (id, name, e) VALUES (1, 'x', '[1,2,3]')");
        assertError("Execution error: Error during planning: Column count doesn't match insert query!",
                "INSERT INTO app.t (id, name) VALUES (1)");
        assertError("Table not found: Error during planning: table 'kalam.app.nope' not found",
                "INSERT INTO app.nope (id) VALUES (1)");
        // NOT NULL and primary keys are enforced by the row store; its texts pass through.
        assertError("Constraint violation: NOT NULL constraint violation: column 'name' cannot be NULL (row 1)",
                "INSERT INTO app.t (id, name) VALUES (1, NULL)");
        affected("INSERT INTO app.t (id, name) VALUES (1, 'x')");
        assertError("Already exists: Primary key violation: value '1' already exists in column 'id'",
                "INSERT INTO app.t (id, name) VALUES (1, 'y')");
        String parse = error("INSERT INTO app.t (id VALUES");
        assertTrue(parse.startsWith("Invalid SQL: sql parser error: "), parse);
    }

    @Test
    void updateByWhere() {
        message("CREATE TABLE app.t (id INT PRIMARY KEY, name TEXT, qty INT)");
        affected("INSERT INTO app.t (id, name, qty) VALUES (1, 'a', 1), (2, 'b', 2), (3, 'c', 3)");
        assertEquals(2, affected("UPDATE app.t SET qty = qty * 10, name = 'big' WHERE id >= 2"));
        assertEquals(List.of(List.of(1, "a", 1), List.of(2, "big", 20), List.of(3, "big", 30)),
                rows(query("SELECT id, name, qty FROM app.t")));
        // A no-op update writes nothing and counts 0; no match counts 0.
        assertEquals(0, affected("UPDATE app.t SET name = 'a' WHERE id = 1"));
        assertEquals(0, affected("UPDATE app.t SET name = 'z' WHERE id = 99"));
        assertError("Execution error: Error during planning: UPDATE requires a WHERE clause", "UPDATE app.t SET qty = 0");
        assertError("Already exists: Error during planning: UPDATE cannot modify primary key column 'id'",
                "UPDATE app.t SET id = 5 WHERE id = 1");
        assertError("Invalid operation: Schema error: No field named nope. Valid fields are app.t.id, app.t.name, "
                + "app.t.qty, app.t._seq, app.t._deleted.", "UPDATE app.t SET nope = 1 WHERE id = 1");
    }

    @Test
    void deleteByWhereLeavesTombstones() {
        message("CREATE TABLE app.t (id INT PRIMARY KEY, name TEXT)");
        affected("INSERT INTO app.t (id, name) VALUES (1, 'a'), (2, 'b')");
        assertEquals(1, affected("DELETE FROM app.t WHERE name = 'a'"));
        assertEquals(0, affected("DELETE FROM app.t WHERE name = 'a'"));
        assertEquals(List.of(2), query("SELECT id FROM app.t").column("id"));
        assertError("Execution error: Error during planning: DELETE requires a WHERE clause", "DELETE FROM app.t");
        // A deleted key may be inserted again.
        assertEquals(1, affected("INSERT INTO app.t (id, name) VALUES (1, 'again')"));
        assertEquals(List.of("again", "b"), query("SELECT name FROM app.t ORDER BY id").column("name"));
    }

    @Test
    void userTableRowsBelongToPgExtension() {
        message("CREATE USER TABLE app.notes (id INT PRIMARY KEY, body TEXT)");
        affected("INSERT INTO app.notes (id, body) VALUES (1, 'x')");
        assertEquals(1, data.scan(catalog.table(new org.kalamdb.server.catalog.TableId("app", "notes")), "pg-extension",
                false).size());
        assertTrue(data.scan(catalog.table(new org.kalamdb.server.catalog.TableId("app", "notes")), "alice", false).isEmpty());
    }
}
