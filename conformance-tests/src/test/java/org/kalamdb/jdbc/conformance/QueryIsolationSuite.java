package org.kalamdb.jdbc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 9: the query engine reads through the connection's session like the fast path — user
 * tables for the connection's tenant only (two tenants never see each other's rows, whatever the
 * query says about {@code _userid}), and inside a transaction with its own uncommitted writes.
 * Data: {@link QueryData}.
 */
public abstract class QueryIsolationSuite extends ConformanceSupport {

    private static final String PER_PRODUCT = "SELECT p.name, sum(o.qty) FROM orders o JOIN products p "
            + "ON p.id = o.product_id GROUP BY p.name ORDER BY p.name";

    private void data(Connection alice, Connection bob) throws SQLException {
        try (Connection c = connect()) {
            QueryData.create(this, c, alice, bob);
        }
        exec(alice, "SET search_path TO " + ns);
        exec(bob, "SET search_path TO " + ns);
    }

    @Test
    void twoTenantsNeverSeeEachOthersRows() throws Exception {
        try (Connection alice = connect("userId", QueryData.ALICE); Connection bob = connect("userId", QueryData.BOB)) {
            data(alice, bob);
            assertEquals(List.of(row("apple", "5"), row("carrot", "10")), rows(alice, PER_PRODUCT));
            assertEquals(List.of(row("banana", "7"), row("eclair", "1")), rows(bob, PER_PRODUCT));
            assertEquals(List.of(row("alice", "3")), rows(alice,
                    "SELECT _userid, count(*) FROM orders GROUP BY _userid"));
            assertEquals(List.of(row("bob", "2")), rows(bob, "SELECT _userid, count(*) FROM orders GROUP BY _userid"));
            for (String sql : List.of("SELECT count(*) FROM orders WHERE _userid = 'bob'",
                    "SELECT count(*) FROM orders WHERE _userid <> 'alice'",
                    "SELECT count(*) FROM orders WHERE _userid IN ('bob', 'carol')",
                    "SELECT count(*) FROM orders o WHERE o.note = 'bob only'",
                    "SELECT count(*) FROM (SELECT id FROM orders WHERE _userid = 'bob' UNION ALL "
                            + "SELECT id FROM orders WHERE qty = 7) u")) {
                assertEquals("0", scalar(alice, sql), sql);
            }
            assertEquals("1", scalar(bob, "SELECT count(*) FROM orders o WHERE o.note = 'bob only'"));
            assertEquals(List.of(row("1", "bob"), row("2", "bob")), rows(bob,
                    "SELECT o.id, o._userid FROM orders o JOIN orders o2 ON o2.id = o.id ORDER BY o.id"),
                    "a self join of a user table");
        }
    }

    @Test
    void theTenantIsReadAtEachExecution() throws Exception {
        try (Connection alice = connect("userId", QueryData.ALICE); Connection bob = connect("userId", QueryData.BOB)) {
            data(alice, bob);
            try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*), sum(qty) FROM " + ns + ".orders WHERE qty > ?")) {
                assertSqlState("55000", () -> {
                    ps.setInt(1, 0);
                    ps.executeQuery();
                });
                exec(c, "SET kalam.user_id = 'alice'");
                ps.setInt(1, 0);
                assertEquals(List.of(row("3", "15")), rows(ps.executeQuery()));
                exec(c, "SET kalam.user_id = 'bob'");
                assertEquals(List.of(row("2", "8")), rows(ps.executeQuery()), "same plan, other tenant");
                exec(c, "SET kalam.user_id = 'carol'");
                assertEquals(List.of(row("0", null)), rows(ps.executeQuery()));
            }
        }
    }

    /**
     * KalamDB binds a transaction to one data group: shared tables, or one tenant's user tables
     * (protocol.md 7.6), so each transaction here stays within one of them.
     */
    @Test
    void transactionsSeeTheirOwnUncommittedWrites() throws Exception {
        String perProduct = "SELECT product_id, sum(qty), count(*) FROM orders GROUP BY product_id ORDER BY 1";
        try (Connection alice = connect("userId", QueryData.ALICE); Connection bob = connect("userId", QueryData.BOB);
             Connection observer = connect("userId", QueryData.ALICE)) {
            data(alice, bob);
            exec(observer, "SET search_path TO " + ns);
            alice.setAutoCommit(false);
            exec(alice, "INSERT INTO orders (id, product_id, qty, note) VALUES (4, 2, 6, 'in tx')");
            exec(alice, "INSERT INTO orders (id, product_id, qty, note) VALUES (5, 1, 1, 'in tx')");
            assertEquals(List.of(row("1", "6", "3"), row("2", "6", "1"), row("3", "10", "1")), rows(alice, perProduct),
                    "the buffered rows are sent before the engine reads the table");
            assertEquals(List.of(row("4"), row("5")), rows(alice, "SELECT id FROM orders o WHERE note = 'in tx' "
                    + "AND EXISTS (SELECT 1 FROM orders p WHERE p.product_id = o.product_id) ORDER BY id"));
            assertEquals(List.of(row("1", "5"), row("3", "10")), rows(observer,
                    "SELECT product_id, sum(qty) FROM orders GROUP BY product_id ORDER BY 1"),
                    "another connection of the same tenant does not see them");
            exec(alice, "UPDATE orders SET qty = qty + (SELECT count(*) FROM orders WHERE note = 'in tx') "
                    + "WHERE note = 'in tx' OR id IN (SELECT id FROM orders WHERE qty > 9)");
            assertEquals(List.of(row("2", "12"), row("4", "8"), row("5", "3")), rows(alice,
                    "SELECT id, qty FROM orders WHERE qty > 2 AND id > 1 ORDER BY id"), "an engine UPDATE in the transaction");
            alice.rollback();
            assertEquals(List.of(row("1", "5", "2"), row("3", "10", "1")), rows(alice, perProduct));
            alice.commit(); // that read began a user-table transaction; the next one is on shared tables

            exec(alice, "INSERT INTO products (id, name, category, price, stock) VALUES (6, 'fig', 'fruit', 4.00, 1)");
            assertEquals(List.of(row("fig")), rows(alice, "SELECT name FROM products WHERE price = "
                    + "(SELECT max(price) FROM products)"), "a shared-table transaction");
            assertEquals("5", scalar(observer, "SELECT count(*) FROM products WHERE name <> 'x'"));
            alice.commit();
            assertEquals("6", scalar(observer, "SELECT count(*) FROM products WHERE name <> 'x'"));
            assertEquals(List.of(row("banana", "7"), row("eclair", "1")), rows(bob, PER_PRODUCT),
                    "bob's rows are untouched");
        }
    }

    @Test
    void streamTablesAreRefusedInsideTransactionsAsOnTheFastPath() throws Exception {
        try (Connection c = connect("userId", "u1")) {
            createStream(c, "events", "id BIGINT PRIMARY KEY, kind TEXT");
            exec(c, "INSERT INTO " + ns + ".events (id, kind) VALUES (1, 'a'), (2, 'b'), (3, 'a')");
            assertEquals(List.of(row("a", "2"), row("b", "1")), rows(c, "SELECT kind, count(*) FROM " + ns
                    + ".events GROUP BY kind ORDER BY kind"));
            c.setAutoCommit(false);
            SQLException e = assertSqlState("0A000", () -> rows(c, "SELECT kind, count(*) FROM " + ns
                    + ".events GROUP BY kind"));
            assertTrue(e.getMessage().contains("stream"), e.getMessage());
            c.rollback();
        }
    }
}
