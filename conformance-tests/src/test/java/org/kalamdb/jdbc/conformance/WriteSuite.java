package org.kalamdb.jdbc.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue item 5: INSERT, UPDATE and DELETE (design.md D4, D5), verified through a second connection. */
public abstract class WriteSuite extends ConformanceSupport {

    @Test
    void multiRowInsertReturnsTheRowCountAndIsVisibleElsewhere() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "items", "id BIGINT PRIMARY KEY, name TEXT");
            assertEquals(3, update(c, "INSERT INTO " + ns + ".items (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c')"));
            assertEquals(1, update(c, "INSERT INTO " + ns + ".items VALUES (4, 'd')"));
        }
        try (Connection other = connect()) {
            assertEquals(List.of(row("1", "a"), row("2", "b"), row("3", "c"), row("4", "d")),
                    rows(other, "SELECT id, name FROM " + ns + ".items ORDER BY id"));
        }
    }

    @Test
    void defaultsAreAppliedOnTheClient() throws Exception {
        long before = System.currentTimeMillis();
        try (Connection c = connect()) {
            createShared(c, "orders", "id BIGINT PRIMARY KEY DEFAULT SNOWFLAKE_ID(), status TEXT DEFAULT 'pending', "
                    + "qty INT DEFAULT 1, paid BOOLEAN DEFAULT false, created TIMESTAMP DEFAULT NOW(), note TEXT");
            exec(c, "INSERT INTO " + ns + ".orders DEFAULT VALUES");
            exec(c, "INSERT INTO " + ns + ".orders (status, qty, note) VALUES ('shipped', DEFAULT, 'n')");
        }
        try (Connection other = connect();
             ResultSet rs = other.createStatement().executeQuery(
                     "SELECT id, status, qty, paid, created, note FROM " + ns + ".orders ORDER BY status")) {
            assertTrue(rs.next());
            assertEquals("pending", rs.getString("status"));
            assertEquals(1, rs.getInt("qty"));
            assertFalse(rs.getBoolean("paid"));
            assertEquals(null, rs.getString("note"));
            long id1 = rs.getLong("id");
            Timestamp created = rs.getTimestamp("created");
            assertTrue(rs.next());
            assertEquals("shipped", rs.getString("status"));
            assertEquals(1, rs.getInt("qty"));
            assertEquals("n", rs.getString("note"));
            long id2 = rs.getLong("id");
            assertNotEquals(id1, id2);
            long idMillis = (id1 >> 22) + 1_704_067_200_000L;
            assertTrue(Math.abs(idMillis - before) < 120_000, "snowflake time " + idMillis);
            assertTrue(created != null && Math.abs(created.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC)
                    .toEpochMilli() - before) < 120_000, "NOW() default " + created);
        }
    }

    @Test
    void missingNotNullColumnWithoutDefaultIs23502AndWritesNothing() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "items", "id BIGINT PRIMARY KEY, name TEXT NOT NULL");
            SQLException e = assertSqlState("23502", () -> exec(c, "INSERT INTO " + ns
                    + ".items (id) VALUES (1), (2)"));
            assertTrue(e.getMessage().contains("name"), e.getMessage());
            assertSqlState("23502", () -> exec(c, "INSERT INTO " + ns + ".items (id, name) VALUES (3, NULL)"));
        }
        try (Connection other = connect()) {
            assertEquals(List.of(), rows(other, "SELECT id FROM " + ns + ".items"));
        }
    }

    @Test
    void seqValuesAreIgnoredOnInsertAndUpdate() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "items", "id BIGINT PRIMARY KEY, name TEXT");
            exec(c, "INSERT INTO " + ns + ".items (id, name, _seq) VALUES (1, 'a', 42)");
            String seq = scalar(c, "SELECT _seq FROM " + ns + ".items WHERE id = 1");
            assertNotEquals("42", seq);
            assertEquals(1, update(c, "UPDATE " + ns + ".items SET name = 'b', _seq = 7 WHERE id = 1"));
            assertNotEquals("7", scalar(c, "SELECT _seq FROM " + ns + ".items WHERE id = 1"));
            assertEquals("b", scalar(c, "SELECT name FROM " + ns + ".items WHERE id = 1"));
        }
    }

    @Test
    void useridOverridesTheTenantOnInsert() throws Exception {
        try (Connection c = connect("userId", "alice")) {
            createUser(c, "notes", "id BIGINT PRIMARY KEY, body TEXT");
            exec(c, "INSERT INTO " + ns + ".notes (id, body, _userid) VALUES (1, 'for bob', 'bob')");
            exec(c, "INSERT INTO " + ns + ".notes (id, body) VALUES (2, 'for alice')");
            SQLException e = assertSqlState("22023", () -> exec(c, "INSERT INTO " + ns
                    + ".notes (id, body, _userid) VALUES (3, 'x', 'bob'), (4, 'y', 'carol')"));
            assertTrue(e.getMessage().contains("_userid"), e.getMessage());
        }
        try (Connection bob = connect("userId", "bob")) {
            assertEquals(List.of(row("1", "for bob", "bob")), rows(bob, "SELECT id, body, _userid FROM " + ns + ".notes"));
        }
        try (Connection alice = connect("userId", "alice")) {
            assertEquals(List.of(row("2", "for alice")), rows(alice, "SELECT id, body FROM " + ns + ".notes"));
        }
        try (Connection locked = connect("userId", "alice", "userIdLocked", "true")) {
            assertSqlState("42501", () -> exec(locked, "INSERT INTO " + ns
                    + ".notes (id, body, _userid) VALUES (5, 'x', 'bob')"));
            exec(locked, "INSERT INTO " + ns + ".notes (id, body, _userid) VALUES (5, 'same tenant', 'alice')");
            assertEquals("same tenant", scalar(locked, "SELECT body FROM " + ns + ".notes WHERE id = 5"));
        }
    }

    @Test
    void generatedKeysAndReturningGiveTheWrittenValues() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "items", "id BIGSERIAL PRIMARY KEY, name TEXT, qty INT DEFAULT 3");
            long generated;
            try (Statement s = c.createStatement()) {
                assertEquals(1, s.executeUpdate("INSERT INTO " + ns + ".items (name) VALUES ('a')",
                        Statement.RETURN_GENERATED_KEYS));
                try (ResultSet keys = s.getGeneratedKeys()) {
                    assertTrue(keys.next());
                    assertEquals("id", keys.getMetaData().getColumnName(1));
                    generated = keys.getLong(1);
                    assertFalse(keys.next());
                }
            }
            assertEquals("a", scalar(c, "SELECT name FROM " + ns + ".items WHERE id = " + generated));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + ns + ".items (name) VALUES (?)",
                    new String[] {"id", "qty"})) {
                ps.setString(1, "b");
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    assertTrue(keys.next());
                    long id = keys.getLong("id");
                    assertEquals(3, keys.getInt("qty"));
                    assertEquals("b", scalar(c, "SELECT name FROM " + ns + ".items WHERE id = " + id));
                }
            }
            List<List<String>> returned = rows(c, "INSERT INTO " + ns + ".items (id, name) VALUES (10, 'x'), (11, 'y') "
                    + "RETURNING id, upper(name) AS shout, qty");
            assertEquals(List.of(row("10", "X", "3"), row("11", "Y", "3")), returned);
        }
    }

    @Test
    void batchesAreSentInChunksUnderTheRequestLimit() throws Exception {
        int rows = 2500;
        String filler = "x".repeat(2000);
        try (Connection c = connect()) {
            createShared(c, "bulk", "id BIGINT PRIMARY KEY, body TEXT");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + ns + ".bulk (id, body) VALUES (?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, filler + i);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                assertEquals(rows, counts.length);
                int[] ones = new int[rows];
                Arrays.fill(ones, 1);
                assertArrayEquals(ones, counts);
            }
        }
        try (Connection other = connect()) {
            assertEquals(String.valueOf(rows), String.valueOf(rows(other, "SELECT id FROM " + ns + ".bulk").size()));
            assertEquals(filler + 2499, scalar(other, "SELECT body FROM " + ns + ".bulk WHERE id = 2499"));
        }
    }

    @Test
    void updateEvaluatesExpressionsOverTheOldRow() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "accounts", "id BIGINT PRIMARY KEY, owner TEXT, amount INT, price NUMERIC(8,2), total NUMERIC(10,2)");
            exec(c, "INSERT INTO " + ns + ".accounts (id, owner, amount, price) VALUES (1, 'ann', 10, 2.50), "
                    + "(2, 'ben', 20, 1.25), (3, 'cid', 30, 4.00)");
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + ns + ".accounts SET amount = amount + ? WHERE id = ?")) {
                ps.setInt(1, 5);
                ps.setLong(2, 2);
                assertEquals(1, ps.executeUpdate());
            }
            assertEquals(3, update(c, "UPDATE " + ns + ".accounts SET total = price * amount, owner = upper(owner)"));
            assertEquals(0, update(c, "UPDATE " + ns + ".accounts SET amount = 0 WHERE id = 99"));
            assertEquals(2, update(c, "UPDATE " + ns + ".accounts SET amount = amount * 2 WHERE amount >= 25"));
        }
        try (Connection other = connect()) {
            assertEquals(List.of(row("1", "ANN", "10", "25.00"), row("2", "BEN", "50", "31.25"),
                    row("3", "CID", "60", "120.00")),
                    rows(other, "SELECT id, owner, amount, total FROM " + ns + ".accounts ORDER BY id"));
        }
    }

    @Test
    void updatesAndDeletesFindRowsByTheDeclaredPrimaryKey() throws Exception {
        try (Connection c = connect()) {
            // The key is not the first column: pg_kalam's "first column" heuristic would hit the wrong rows.
            createShared(c, "people", "name TEXT, code TEXT PRIMARY KEY, age INT");
            exec(c, "INSERT INTO " + ns + ".people (name, code, age) VALUES ('same', 'p1', 30), ('same', 'p2', 40)");
            assertEquals(1, update(c, "UPDATE " + ns + ".people SET age = 31 WHERE code = 'p1'"));
            assertEquals(1, update(c, "DELETE FROM " + ns + ".people WHERE age = 40"));
        }
        try (Connection other = connect()) {
            assertEquals(List.of(row("same", "p1", "31")), rows(other, "SELECT name, code, age FROM " + ns + ".people"));
        }
    }

    @Test
    void deleteCountsTheRowsReallyDeleted() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "items", "id BIGINT PRIMARY KEY, qty INT");
            exec(c, "INSERT INTO " + ns + ".items (id, qty) VALUES (1, 1), (2, 2), (3, 3), (4, 4)");
            assertEquals(2, update(c, "DELETE FROM " + ns + ".items WHERE qty % 2 = 0"));
            assertEquals(0, update(c, "DELETE FROM " + ns + ".items WHERE qty = 2"));
            assertEquals(List.of(row("3")), rows(c, "DELETE FROM " + ns + ".items WHERE id = 3 RETURNING id"));
            try (Statement s = c.createStatement()) {
                assertEquals(1L, s.executeLargeUpdate("DELETE FROM " + ns + ".items"));
            }
        }
        try (Connection other = connect()) {
            assertEquals(List.of(), rows(other, "SELECT id FROM " + ns + ".items"));
        }
    }

    @Test
    void updatingTheKeyOrTheOwnerIsRefused() throws Exception {
        try (Connection c = connect("userId", "alice")) {
            createUser(c, "notes", "id BIGINT PRIMARY KEY, body TEXT");
            exec(c, "INSERT INTO " + ns + ".notes (id, body) VALUES (1, 'x')");
            SQLException pk = assertSqlState("0A000", () -> exec(c, "UPDATE " + ns + ".notes SET id = 2 WHERE id = 1"));
            assertTrue(pk.getMessage().contains("primary key"), pk.getMessage());
            SQLException owner = assertSqlState("0A000", () -> exec(c, "UPDATE " + ns
                    + ".notes SET _userid = 'bob' WHERE id = 1"));
            assertTrue(owner.getMessage().contains("_userid"), owner.getMessage());
            assertEquals(List.of(row("1", "x", "alice")), rows(c, "SELECT id, body, _userid FROM " + ns + ".notes"));
        }
    }

    @Test
    void insertSelectCopiesRows() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "src", "id BIGINT PRIMARY KEY, name TEXT");
            createShared(c, "dst", "id BIGINT PRIMARY KEY, name TEXT");
            exec(c, "INSERT INTO " + ns + ".src (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
            assertEquals(2, update(c, "INSERT INTO " + ns + ".dst (id, name) SELECT id, name FROM " + ns
                    + ".src WHERE id >= 2"));
        }
        try (Connection other = connect()) {
            assertEquals(List.of(row("2", "b"), row("3", "c")), rows(other, "SELECT id, name FROM " + ns
                    + ".dst ORDER BY id"));
        }
    }

    @Test
    void valuesAreCoercedToTheColumnTypes() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "conv", "id BIGINT PRIMARY KEY, n INT, d DATE, flag BOOLEAN");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + ns + ".conv (id, n, d, flag) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, "1");
                ps.setString(2, "42");
                ps.setString(3, "2024-03-01");
                ps.setString(4, "yes");
                ps.executeUpdate();
            }
            List<String> got = new ArrayList<>(rows(c, "SELECT id, n, d, flag FROM " + ns + ".conv").get(0));
            assertEquals(row("1", "42", "2024-03-01", "true"), got);
        }
    }
}
