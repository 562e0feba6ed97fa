package org.kalamdb.jdbc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 3: UPDATE ... SET expressions and UPDATE/DELETE with any WHERE (subqueries, JSON
 * operators, functions the driver's own evaluator lacks) and INSERT ... SELECT of any query have
 * their target rows and values computed by the query engine; the driver then writes one row per
 * primary key with true counts, and the fast path's rules still hold. Every write is checked
 * through a second connection. Data: {@link QueryData}.
 */
public abstract class ComputedWriteSuite extends ConformanceSupport {

    private Connection alice;
    private Connection bob;

    private Connection data() throws SQLException {
        alice = connect("userId", QueryData.ALICE);
        bob = connect("userId", QueryData.BOB);
        QueryData.create(this, alice, alice, bob);
        exec(alice, "SET search_path TO " + ns);
        exec(bob, "SET search_path TO " + ns);
        return alice;
    }

    private void closeAll() throws SQLException {
        alice.close();
        bob.close();
    }

    private List<List<String>> productsFromAnotherConnection(String columns) throws SQLException {
        try (Connection other = connect()) {
            return rows(other, "SELECT " + columns + " FROM " + ns + ".products ORDER BY id");
        }
    }

    @Test
    void updateWithSubqueriesInSetAndWhere() throws Exception {
        Connection c = data();
        try {
            assertEquals(2, update(c, "UPDATE products SET stock = stock + (SELECT sum(qty) FROM orders o "
                    + "WHERE o.product_id = products.id) WHERE id IN (SELECT product_id FROM orders)"));
            assertEquals(List.of(row("1", "55"), row("2", "0"), row("3", "30"), row("4", null), row("5", "5")),
                    productsFromAnotherConnection("id, stock"));
            assertEquals(0, update(c, "UPDATE products SET stock = 0 WHERE id IN (SELECT product_id FROM orders "
                    + "WHERE qty > 100)"), "no row matched");
        } finally {
            closeAll();
        }
    }

    @Test
    void updateWithJsonOperatorsAndFunctions() throws Exception {
        Connection c = data();
        try {
            assertEquals(4, update(c, "UPDATE products SET category = upper(attrs->>'color') || '-' || category "
                    + "WHERE attrs ? 'color'"));
            assertEquals(1, update(c, "UPDATE products p SET price = round(p.price * 1.1, 1) "
                    + "WHERE p.attrs->>'organic' = 'true'"));
            assertEquals(List.of(row("1", "RED-fruit", "1.20"), row("2", "YELLOW-fruit", "0.50"),
                    row("3", "ORANGE-veg", "0.90"), row("4", "veg", "2.50"), row("5", "BROWN-sweet", "3.75")),
                    productsFromAnotherConnection("id, category, price"));
        } finally {
            closeAll();
        }
    }

    @Test
    void deleteWithExistsSubquery() throws Exception {
        Connection c = data();
        try {
            assertEquals(2, update(c, "DELETE FROM products p WHERE NOT EXISTS (SELECT 1 FROM orders o "
                    + "WHERE o.product_id = p.id) AND stock IS NOT NULL"), "banana and eclair: not ordered by alice");
            assertEquals(List.of(row("1"), row("3"), row("4")), productsFromAnotherConnection("id"));
            assertEquals(1, update(c, "DELETE FROM products WHERE price = (SELECT max(price) FROM products)"));
            assertEquals(List.of(row("1"), row("3")), productsFromAnotherConnection("id"));
        } finally {
            closeAll();
        }
    }

    @Test
    void insertSelectOfAnyQuery() throws Exception {
        Connection c = data();
        try {
            createShared(c, "summary", "category TEXT PRIMARY KEY, n BIGINT, total NUMERIC(10,2), top_name TEXT");
            assertEquals(3, update(c, "INSERT INTO summary (category, n, total, top_name) SELECT category, count(*), "
                    + "sum(price), max(name) FROM products GROUP BY category"));
            try (Connection other = connect()) {
                assertEquals(List.of(row("fruit", "2", "1.70", "banana"), row("sweet", "1", "3.75", "eclair"),
                        row("veg", "2", "3.30", "daikon")), rows(other, "SELECT category, n, total, top_name FROM " + ns
                        + ".summary ORDER BY category"));
            }
            try (Statement s = c.createStatement()) {
                assertTrue(s.execute("INSERT INTO summary (category, n) SELECT p.name, o.qty FROM orders o "
                        + "JOIN products p ON p.id = o.product_id WHERE o.qty > 2 RETURNING category, n"));
                assertEquals(List.of(row("apple", "3"), row("carrot", "10")), sorted(rows(s.getResultSet())),
                        "RETURNING the rows the engine computed");
            }
            assertEquals(2, update(c, "INSERT INTO orders (id, product_id, qty) SELECT id + 100, id, stock "
                    + "FROM products WHERE category = 'fruit'"), "into a user table, for the tenant");
            assertEquals(List.of(row("101", "50"), row("102", "0")), rows(alice,
                    "SELECT id, qty FROM orders WHERE id > 100 ORDER BY id"));
            assertEquals("0", scalar(bob, "SELECT count(*) FROM orders WHERE id > 100"));
        } finally {
            closeAll();
        }
    }

    @Test
    void aScriptMixesComputedAndFastPathStatements() throws Exception {
        Connection c = data();
        try (Statement s = c.createStatement()) {
            assertFalse(s.execute("INSERT INTO products (id, name, category, price, stock) VALUES "
                    + "(7, 'grape', 'fruit', 2.00, 3); UPDATE products SET stock = (SELECT max(stock) FROM products) "
                    + "WHERE id = 7; SELECT id, stock FROM products WHERE id = 7"));
            assertEquals(1, s.getUpdateCount());
            assertFalse(s.getMoreResults());
            assertEquals(1, s.getUpdateCount());
            assertTrue(s.getMoreResults());
            assertEquals(List.of(row("7", "50")), rows(s.getResultSet()));
        } finally {
            closeAll();
        }
    }

    @Test
    void preparedComputedUpdateIsReusedWithNewParameters() throws Exception {
        Connection c = data();
        try (PreparedStatement ps = c.prepareStatement("UPDATE products SET price = price * ? "
                + "WHERE category = (SELECT category FROM products WHERE id = ?)")) {
            ps.setBigDecimal(1, new BigDecimal("2"));
            ps.setLong(2, 1);
            assertEquals(2, ps.executeUpdate());
            ps.setBigDecimal(1, new BigDecimal("0.5"));
            ps.setLong(2, 5);
            assertEquals(1, ps.executeUpdate());
            assertEquals(List.of(row("1", "2.40"), row("2", "1.00"), row("3", "0.80"), row("4", "2.50"),
                    row("5", "1.88")), productsFromAnotherConnection("id, price"), "3.75 * 0.5 rounds half up");
        } finally {
            closeAll();
        }
    }

    @Test
    void userTableWritesStayWithinTheTenant() throws Exception {
        data();
        try {
            assertEquals(1, update(bob, "DELETE FROM orders WHERE qty > (SELECT avg(qty) FROM orders)"),
                    "bob's average is 4: only bob's order 2 goes");
            assertEquals(3, update(alice, "UPDATE orders SET note = (SELECT name FROM products p "
                    + "WHERE p.id = orders.product_id) WHERE note IS NULL OR note <> 'x'"));
            assertEquals(0, update(alice, "DELETE FROM orders WHERE _userid = 'bob' AND id IN (SELECT 1)"));
            try (Connection otherAlice = connect("userId", QueryData.ALICE);
                 Connection otherBob = connect("userId", QueryData.BOB)) {
                assertEquals(List.of(row("1", "apple"), row("2", "carrot"), row("3", "apple")), rows(otherAlice,
                        "SELECT id, note FROM " + ns + ".orders ORDER BY id"));
                assertEquals(List.of(row("1", "bob only")), rows(otherBob,
                        "SELECT id, note FROM " + ns + ".orders ORDER BY id"));
            }
        } finally {
            closeAll();
        }
    }

    /**
     * KalamDB binds a transaction to one data group: shared tables, or one tenant's user tables
     * (protocol.md 7.6), so each transaction here stays within one of them.
     */
    @Test
    void computedWritesInsideATransaction() throws Exception {
        Connection c = data();
        try (Connection other = connect("userId", QueryData.ALICE)) {
            c.setAutoCommit(false);
            exec(c, "INSERT INTO products (id, name, category, price, stock) VALUES (6, 'fig', 'fruit', 4.00, 1)");
            assertEquals(2, update(c, "UPDATE products SET stock = (SELECT max(stock) FROM products) + 1 "
                    + "WHERE id = (SELECT max(id) FROM products) OR price = (SELECT min(price) FROM products)"),
                    "the engine sees the uncommitted product");
            assertEquals(List.of(row("2", "51"), row("6", "51")), rows(c,
                    "SELECT id, stock FROM products WHERE stock = 51 ORDER BY id"));
            assertEquals("0", scalar(other, "SELECT stock FROM " + ns + ".products WHERE id = 2"));
            c.rollback();
            assertEquals(List.of(row("1", "50"), row("2", "0"), row("3", "20"), row("4", null), row("5", "5")),
                    productsFromAnotherConnection("id, stock"));

            exec(c, "INSERT INTO orders (id, product_id, qty) VALUES (9, 5, 40)");
            assertEquals(3, update(c, "DELETE FROM orders WHERE qty < (SELECT avg(qty) FROM orders)"),
                    "the average over the four orders, the uncommitted one included, is 13.75");
            assertEquals(List.of(row("9", "40")), rows(c, "SELECT id, qty FROM orders WHERE qty > 4 ORDER BY id"));
            assertEquals("3", scalar(other, "SELECT count(*) FROM " + ns + ".orders"));
            c.commit();
            assertEquals(List.of(row("9")), rows(other, "SELECT id FROM " + ns + ".orders ORDER BY id"));
            c.setAutoCommit(true);
        } finally {
            closeAll();
        }
    }

    @Test
    void theFastPathsRulesStillApply() throws Exception {
        Connection c = data();
        try {
            SQLException pk = assertSqlState("0A000", () -> exec(c,
                    "UPDATE products SET id = id + 100 WHERE id IN (SELECT product_id FROM orders)"));
            assertTrue(pk.getMessage().contains("primary key"), pk.getMessage());
            SQLException owner = assertSqlState("0A000", () -> exec(c,
                    "UPDATE orders SET _userid = 'bob' WHERE id IN (SELECT 1)"));
            assertTrue(owner.getMessage().contains("_userid"), owner.getMessage());
            SQLException returning = assertSqlState("0A000", () -> exec(c,
                    "UPDATE products SET stock = (SELECT 1) RETURNING id"));
            assertTrue(returning.getMessage().contains("query engine"), returning.getMessage());
            assertSqlState("0A000", () -> exec(c, "INSERT INTO products (id, name) VALUES (9, 'x') "
                    + "ON CONFLICT DO NOTHING"));
            assertSqlState("42P01", () -> exec(c, "UPDATE nosuch SET a = 1 WHERE b IN (SELECT 1)"));
            c.setReadOnly(true);
            assertSqlState("25006", () -> exec(c, "DELETE FROM products WHERE id IN (SELECT product_id FROM orders)"));
            c.setReadOnly(false);
            createStream(c, "events", "id BIGINT PRIMARY KEY, kind TEXT");
            SQLException stream = assertSqlState("0A000", () -> exec(c, "UPDATE events SET kind = upper(kind) "
                    + "WHERE id IN (SELECT 1)"));
            assertTrue(stream.getMessage().contains("stream"), stream.getMessage());
            assertEquals(List.of(row("1", "50"), row("2", "0"), row("3", "20"), row("4", null), row("5", "5")),
                    productsFromAnotherConnection("id, stock"), "nothing was written");
        } finally {
            closeAll();
        }
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> copy = new java.util.ArrayList<>(rows);
        copy.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return copy;
    }
}
