package org.kalamdb.jdbc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 9: every SELECT shape the fast path cannot serve runs in the driver's query engine —
 * joins, aggregates, DISTINCT, subqueries, set operations, WITH, window functions, JSON operators,
 * ORDER BY expressions, LIMIT/OFFSET and parameters — on shared and user tables, with results
 * through the same ResultSet and metadata as scans. Data: {@link QueryData} (queries run as tenant
 * alice unless said otherwise).
 */
public abstract class QuerySuite extends ConformanceSupport {

    /** Creates the data; returns alice's connection, the one the tests query with. */
    private Connection data() throws Exception {
        Connection alice = connect("userId", QueryData.ALICE);
        try (Connection bob = connect("userId", QueryData.BOB)) {
            QueryData.create(this, alice, alice, bob);
        }
        exec(alice, "SET search_path TO " + ns);
        return alice;
    }

    @Test
    void joins() throws Exception {
        try (Connection c = data()) {
            assertEquals(List.of(row("1", "apple", "3"), row("2", "carrot", "10"), row("3", "apple", "2")),
                    rows(c, "SELECT o.id, p.name, o.qty FROM orders o JOIN products p ON p.id = o.product_id "
                            + "ORDER BY o.id"), "user table joined with a shared table");
            assertEquals(List.of(row("apple", "2"), row("banana", "0"), row("carrot", "1"), row("daikon", "0"),
                    row("eclair", "0")), rows(c, "SELECT p.name, count(o.id) FROM products p LEFT JOIN orders o "
                    + "ON o.product_id = p.id GROUP BY p.name ORDER BY p.name"));
            assertEquals(List.of(row("banana", "apple"), row("carrot", "daikon")), rows(c,
                    "SELECT a.name, b.name FROM products a JOIN products b ON a.category = b.category "
                            + "AND a.id <> b.id WHERE a.price < b.price ORDER BY a.name"), "self join");
            assertEquals(List.of(row("15")), rows(c, "SELECT count(*) FROM products CROSS JOIN orders"));
        }
    }

    @Test
    void aggregatesGroupByAndHaving() throws Exception {
        try (Connection c = data()) {
            assertEquals(List.of(row("fruit", "2", "50", "0.50", "1.20"), row("veg", "2", "20", "0.80", "2.50")),
                    rows(c, "SELECT category, count(*), sum(stock), min(price), max(price) FROM products "
                            + "GROUP BY category HAVING count(*) > 1 ORDER BY category"));
            assertEquals(List.of(row("5", "4", "3", "8.75")), rows(c,
                    "SELECT count(*), count(stock), count(DISTINCT category), sum(price) FROM products"));
            assertEquals(0, new BigDecimal("1.75").compareTo(new BigDecimal(scalar(c,
                    "SELECT avg(price) FROM products"))), "avg of NUMERIC(8,2)");
            assertEquals(List.of(row("1", "5"), row("3", "10")), rows(c,
                    "SELECT product_id, sum(qty) FROM orders GROUP BY product_id ORDER BY product_id"));
            assertEquals(List.of(row("veg")), rows(c,
                    "SELECT category FROM products GROUP BY category HAVING bool_or(stock IS NULL)"));
            assertEquals(List.of(row("6", "5", "15")), rows(c,
                    "SELECT sum(id), sum(product_id), sum(qty) FROM orders"), "sums of BIGINT and INT columns");
            assertEquals(List.of(row("0")), rows(c, "SELECT count(*) FROM products WHERE id > 100"),
                    "an aggregate over no rows gives one row");
        }
    }

    @Test
    void distinct() throws Exception {
        try (Connection c = data()) {
            assertEquals(List.of(row("fruit"), row("sweet"), row("veg")),
                    rows(c, "SELECT DISTINCT category FROM products ORDER BY category"));
            assertEquals(List.of(row("1"), row("3")), rows(c, "SELECT DISTINCT product_id FROM orders ORDER BY 1"));
            assertEquals(List.of(row("fruit", "1.20"), row("fruit", "0.50")), rows(c,
                    "SELECT DISTINCT category, price FROM products WHERE category = 'fruit' ORDER BY price DESC"));
        }
    }

    @Test
    void subqueries() throws Exception {
        try (Connection c = data()) {
            assertEquals(List.of(row("apple"), row("carrot")), rows(c,
                    "SELECT name FROM products WHERE id IN (SELECT product_id FROM orders) ORDER BY name"));
            assertEquals(List.of(row("banana"), row("daikon"), row("eclair")), rows(c,
                    "SELECT name FROM products WHERE id NOT IN (SELECT product_id FROM orders) ORDER BY name"));
            assertEquals(List.of(row("carrot")), rows(c, "SELECT name FROM products p WHERE EXISTS "
                    + "(SELECT 1 FROM orders o WHERE o.product_id = p.id AND o.qty > 5)"), "correlated EXISTS");
            assertEquals(List.of(row("apple", "5"), row("banana", null), row("carrot", "10"), row("daikon", null),
                    row("eclair", null)), rows(c, "SELECT name, (SELECT sum(qty) FROM orders o "
                    + "WHERE o.product_id = p.id) AS ordered FROM products p ORDER BY id"), "scalar subquery");
            assertEquals(List.of(row("sweet", "1")), rows(c, "SELECT t.category, t.n FROM (SELECT category, "
                    + "count(*) AS n FROM products GROUP BY category) t WHERE t.n = 1"), "derived table");
            assertEquals(List.of(row("eclair")), rows(c,
                    "SELECT name FROM products WHERE price = (SELECT max(price) FROM products)"));
            assertEquals(List.of(row("daikon"), row("eclair")), rows(c,
                    "SELECT name FROM products WHERE price > ALL (SELECT price FROM products WHERE category = 'fruit')"
                            + " ORDER BY name"));
        }
    }

    @Test
    void setOperations() throws Exception {
        try (Connection c = data()) {
            assertEquals(List.of(row("fruit"), row("sweet"), row("veg")), rows(c, "SELECT category FROM products "
                    + "WHERE price > 1 UNION SELECT category FROM products WHERE stock = 0 ORDER BY 1"));
            assertEquals(List.of(row("8")), rows(c, "SELECT count(*) FROM (SELECT id FROM products UNION ALL "
                    + "SELECT product_id FROM orders) u"));
            assertEquals(List.of(row("1"), row("3")), rows(c,
                    "SELECT id FROM products INTERSECT SELECT product_id FROM orders ORDER BY 1"));
            assertEquals(List.of(row("2"), row("4"), row("5")), rows(c,
                    "SELECT id FROM products EXCEPT SELECT product_id FROM orders ORDER BY 1"));
        }
    }

    @Test
    void withClauses() throws Exception {
        try (Connection c = data()) {
            assertEquals(List.of(row("carrot", "10"), row("apple", "5")), rows(c,
                    "WITH totals AS (SELECT product_id, sum(qty) AS total FROM orders GROUP BY product_id) "
                            + "SELECT p.name, t.total FROM totals t JOIN products p ON p.id = t.product_id "
                            + "ORDER BY t.total DESC"));
            assertEquals(List.of(row("veg", "3.30")), rows(c,
                    "WITH cheap AS (SELECT * FROM products WHERE price < 3), "
                            + "by_category AS (SELECT category, sum(price) AS total FROM cheap GROUP BY category) "
                            + "SELECT category, total FROM by_category WHERE total > 2"));
        }
    }

    @Test
    void windowFunctions() throws Exception {
        try (Connection c = data()) {
            assertEquals(List.of(row("apple", "1", "1"), row("banana", "2", "1"), row("carrot", "2", "4"),
                    row("daikon", "1", "4"), row("eclair", "1", "3")), rows(c,
                    "SELECT name, row_number() OVER (PARTITION BY category ORDER BY price DESC) AS rn, "
                            + "rank() OVER (ORDER BY category) FROM products ORDER BY id"));
            assertEquals(List.of(row("1", "50", null), row("2", "50", "apple"), row("3", "70", "banana"),
                    row("4", "70", "carrot"), row("5", "75", "daikon")), rows(c,
                    "SELECT id, sum(stock) OVER (ORDER BY id), lag(name) OVER (ORDER BY id) FROM products "
                            + "ORDER BY id"), "running sum skips NULL; lag");
            assertEquals(List.of(row("1", "5"), row("2", "10"), row("3", "5")), rows(c,
                    "SELECT id, sum(qty) OVER (PARTITION BY product_id) FROM orders ORDER BY id"));
        }
    }

    @Test
    void jsonOperators() throws Exception {
        try (Connection c = data()) {
            assertEquals(List.of(row("apple", "red"), row("banana", "yellow"), row("carrot", "orange"),
                    row("eclair", "brown")), rows(c, "SELECT name, attrs->>'color' AS color FROM products "
                    + "WHERE attrs ? 'color' ORDER BY id"));
            assertEquals(List.of(row("carrot")), rows(c,
                    "SELECT name FROM products WHERE attrs->>'organic' = 'true'"));
            assertEquals(List.of(row("local")), rows(c, "SELECT attrs->'tags'->>1 FROM products WHERE id = 1"));
            assertEquals(List.of(row("red", "2")), rows(c, "SELECT p.attrs->>'color', count(*) FROM orders o "
                    + "JOIN products p ON p.id = o.product_id WHERE p.attrs ? 'tags' GROUP BY p.attrs->>'color'"));
            assertEquals(List.of(row("1")), rows(c, "SELECT count(*) FROM products WHERE attrs IS NULL"));
        }
    }

    @Test
    void orderByExpressionsWithNullsFirstAndLast() throws Exception {
        try (Connection c = data()) {
            assertEquals(List.of(row("daikon"), row("banana"), row("eclair"), row("carrot"), row("apple")),
                    rows(c, "SELECT name FROM products ORDER BY stock * 2 NULLS FIRST, id"));
            assertEquals(List.of(row("apple"), row("carrot"), row("eclair"), row("banana"), row("daikon")),
                    rows(c, "SELECT name FROM products ORDER BY stock + 0 DESC NULLS LAST"));
            assertEquals(List.of(row("daikon"), row("apple"), row("carrot"), row("eclair"), row("banana")),
                    rows(c, "SELECT name FROM products ORDER BY stock * 1 DESC"), "DESC puts NULLs first");
            assertEquals(List.of(row("apple", "60.00"), row("eclair", "18.75"), row("carrot", "16.00"),
                    row("banana", "0.00"), row("daikon", null)), rows(c, "SELECT name, price * stock AS stock_value "
                    + "FROM products ORDER BY price * stock DESC NULLS LAST, name"));
            assertEquals(List.of(row("banana"), row("carrot"), row("daikon"), row("eclair"), row("apple")),
                    rows(c, "SELECT name FROM products ORDER BY length(name) DESC, upper(name) LIMIT 5 OFFSET 0"));
        }
    }

    @Test
    void limitAndOffset() throws Exception {
        try (Connection c = data()) {
            assertEquals(List.of(row("daikon"), row("apple")), rows(c,
                    "SELECT name FROM products ORDER BY price * 1 DESC LIMIT 2 OFFSET 1"));
            assertEquals(List.of(row("sweet", "1")), rows(c, "SELECT category, count(*) FROM products "
                    + "GROUP BY category ORDER BY category LIMIT 1 OFFSET 1"));
            assertEquals(List.of(row("APPLE"), row("BANANA")), rows(c,
                    "SELECT upper(name) FROM products ORDER BY id FETCH FIRST 2 ROWS ONLY"));
            assertEquals(List.of(), rows(c, "SELECT upper(name) FROM products ORDER BY id OFFSET 10"));
            try (Statement s = c.createStatement()) {
                s.setMaxRows(2);
                assertEquals(List.of(row("apple", "3"), row("carrot", "10")), rows(s.executeQuery(
                        "SELECT p.name, o.qty FROM orders o JOIN products p ON p.id = o.product_id ORDER BY o.id")),
                        "Statement.setMaxRows");
            }
        }
    }

    @Test
    void parametersEverywhereALiteralMayStand() throws Exception {
        try (Connection c = data()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT p.name, o.qty * ? AS scaled FROM orders o "
                    + "JOIN products p ON p.id = o.product_id WHERE o.qty >= ? AND p.category = ? ORDER BY o.id")) {
                ps.setInt(1, 10);
                ps.setInt(2, 2);
                ps.setString(3, "fruit");
                assertEquals(List.of(row("apple", "30"), row("apple", "20")), rows(ps.executeQuery()));
                ps.setInt(1, 1);
                ps.setInt(2, 3);
                ps.setString(3, "veg");
                assertEquals(List.of(row("carrot", "10")), rows(ps.executeQuery()), "the plan is reused");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM products WHERE price BETWEEN ? AND ? AND name <> upper(name)")) {
                ps.setBigDecimal(1, new BigDecimal("0.5"));
                ps.setBigDecimal(2, new BigDecimal("1.2"));
                assertEquals(List.of(row("3")), rows(ps.executeQuery()));
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT upper(name) FROM products ORDER BY id LIMIT ? OFFSET ?")) {
                ps.setInt(1, 2);
                ps.setInt(2, 1);
                assertEquals(List.of(row("BANANA"), row("CARROT")), rows(ps.executeQuery()));
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT category FROM products GROUP BY category "
                    + "HAVING sum(stock) > ? AND category IN (SELECT category FROM products WHERE price < ?) "
                    + "ORDER BY 1")) {
                ps.setInt(1, 10);
                ps.setBigDecimal(2, new BigDecimal("1.00"));
                assertEquals(List.of(row("fruit"), row("veg")), rows(ps.executeQuery()));
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, $1::int + stock AS s FROM products WHERE category = $2 ORDER BY id")) {
                ps.setInt(1, 1000);
                ps.setString(2, "fruit");
                assertEquals(List.of(row("apple", "1050"), row("banana", "1000")), rows(ps.executeQuery()));
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name FROM products WHERE attrs ? 'organic' OR attrs->>'color' = ? ORDER BY id")) {
                ps.setString(1, "brown");
                assertEquals(List.of(row("carrot"), row("eclair")), rows(ps.executeQuery()),
                        "the JSON ? operator next to a ? placeholder");
            }
        }
    }

    @Test
    void computedColumnsHaveTheirTypesInResultSetMetaData() throws Exception {
        try (Connection c = data()) {
            String sql = "SELECT count(*), sum(price) AS total, max(name) AS last_name, bool_or(stock > 10) AS big, "
                    + "avg(stock) AS mean, price * 2, upper(category), p.attrs, p.id "
                    + "FROM products p GROUP BY p.id, price, category, p.attrs ORDER BY p.id LIMIT 1";
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                ResultSetMetaData md = rs.getMetaData();
                assertEquals(9, md.getColumnCount());
                assertEquals(List.of("count", "total", "last_name", "big", "mean", "?column?", "upper", "attrs", "id"),
                        labels(md));
                assertEquals(Types.BIGINT, md.getColumnType(1));
                assertEquals(ResultSetMetaData.columnNoNulls, md.isNullable(1), "count(*) is never NULL");
                assertEquals(Types.DECIMAL, md.getColumnType(2));
                assertEquals(2, md.getScale(2), "sum of NUMERIC(8,2) keeps scale 2");
                assertEquals(Types.VARCHAR, md.getColumnType(3));
                assertEquals(Types.BOOLEAN, md.getColumnType(4));
                assertEquals(Types.DECIMAL, md.getColumnType(5));
                assertEquals(Types.DECIMAL, md.getColumnType(6));
                assertEquals(2, md.getScale(6));
                assertEquals(Types.VARCHAR, md.getColumnType(7));
                assertEquals("JSON", md.getColumnTypeName(8), "a plain column keeps its KalamDB type");
                assertEquals(Types.BIGINT, md.getColumnType(9));
                assertEquals("java.lang.Long", md.getColumnClassName(9));
                assertTrue(rs.next());
                assertEquals(1L, rs.getLong(1));
                assertEquals(new BigDecimal("1.20"), rs.getBigDecimal(2));
                assertEquals("apple", rs.getString("last_name"));
                assertTrue(rs.getBoolean("big"));
                assertEquals(new BigDecimal("2.40"), rs.getBigDecimal(6));
                assertEquals("FRUIT", rs.getString(7));
                assertEquals("{\"color\":\"red\",\"tags\":[\"fresh\",\"local\"]}", rs.getString("attrs"));
                assertEquals(1, rs.getInt("id"));
                assertFalse(rs.next());
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT category, count(*) AS n, sum(price) FROM products "
                    + "WHERE stock > ? GROUP BY category")) {
                ResultSetMetaData md = ps.getMetaData();
                assertEquals(List.of("category", "n", "sum"), labels(md), "described before execution");
                assertEquals(Types.VARCHAR, md.getColumnType(1));
                assertEquals(Types.BIGINT, md.getColumnType(2));
                assertEquals(Types.DECIMAL, md.getColumnType(3));
                ParameterMetaData pmd = ps.getParameterMetaData();
                assertEquals(1, pmd.getParameterCount());
                assertEquals(Types.INTEGER, pmd.getParameterType(1), "inferred from stock > ?");
            }
        }
    }

    @Test
    void systemTablesJoinAndAggregate() throws Exception {
        try (Connection c = data()) {
            assertEquals(List.of(row("orders", "4"), row("products", "6")), rows(c,
                    "SELECT t.table_name, count(*) FROM system.tables t JOIN system.columns k "
                            + "ON k.namespace_id = t.namespace_id AND k.table_name = t.table_name "
                            + "WHERE t.namespace_id = '" + ns + "' AND k.column_name NOT LIKE '\\_%' "
                            + "GROUP BY t.table_name ORDER BY 1"));
        }
    }

    private static List<String> labels(ResultSetMetaData md) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            out.add(md.getColumnLabel(i));
        }
        return out;
    }
}
