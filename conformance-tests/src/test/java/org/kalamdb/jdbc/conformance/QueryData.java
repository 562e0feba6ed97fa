package org.kalamdb.jdbc.conformance;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The data the query suites run on, written out so that every expected result can be checked by
 * hand.
 *
 * <pre>
 * products (shared)
 *   id | name   | category | price | stock | attrs
 *    1 | apple  | fruit    |  1.20 |    50 | {"color":"red","tags":["fresh","local"]}
 *    2 | banana | fruit    |  0.50 |     0 | {"color":"yellow"}
 *    3 | carrot | veg      |  0.80 |    20 | {"color":"orange","organic":true}
 *    4 | daikon | veg      |  2.50 |  NULL | NULL
 *    5 | eclair | sweet    |  3.75 |     5 | {"color":"brown"}
 *
 * orders (user table, one set of rows per tenant)
 *   tenant alice:  id | product_id | qty | note      tenant bob:  id | product_id | qty | note
 *                   1 |          1 |   3 | first                    1 |          5 |   1 | bob only
 *                   2 |          3 |  10 | NULL                     2 |          2 |   7 | NULL
 *                   3 |          1 |   2 | again
 * </pre>
 */
final class QueryData {

    static final String ALICE = "alice";
    static final String BOB = "bob";

    private QueryData() {
    }

    /** Creates and fills {@code <ns>.products} and {@code <ns>.orders}; {@code c} may have any tenant. */
    static void create(ConformanceSupport suite, Connection c, Connection alice, Connection bob)
            throws SQLException {
        String ns = suite.ns;
        suite.createShared(c, "products", "id BIGINT PRIMARY KEY, name TEXT, category TEXT, price NUMERIC(8,2), "
                + "stock INT, attrs JSONB");
        ConformanceSupport.exec(c, "INSERT INTO " + ns + ".products (id, name, category, price, stock, attrs) VALUES "
                + "(1, 'apple', 'fruit', 1.20, 50, '{\"color\":\"red\",\"tags\":[\"fresh\",\"local\"]}'), "
                + "(2, 'banana', 'fruit', 0.50, 0, '{\"color\":\"yellow\"}'), "
                + "(3, 'carrot', 'veg', 0.80, 20, '{\"color\":\"orange\",\"organic\":true}'), "
                + "(4, 'daikon', 'veg', 2.50, NULL, NULL), "
                + "(5, 'eclair', 'sweet', 3.75, 5, '{\"color\":\"brown\"}')");
        suite.createUser(c, "orders", "id BIGINT PRIMARY KEY, product_id BIGINT, qty INT, note TEXT");
        ConformanceSupport.exec(alice, "INSERT INTO " + ns + ".orders (id, product_id, qty, note) VALUES "
                + "(1, 1, 3, 'first'), (2, 3, 10, NULL), (3, 1, 2, 'again')");
        ConformanceSupport.exec(bob, "INSERT INTO " + ns + ".orders (id, product_id, qty, note) VALUES "
                + "(1, 5, 1, 'bob only'), (2, 2, 7, NULL)");
    }
}
