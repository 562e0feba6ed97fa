package org.kalamdb.jdbc.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random SELECTs over the differential dataset's customers and orders: filters made of nested
 * AND/OR/NOT over comparisons, NULL tests, IN lists (with NULLs, for three-valued logic),
 * BETWEEN, LIKE/ILIKE, CASE and COALESCE; computed select lists; GROUP BY with aggregates and
 * HAVING; inner and left joins; DISTINCT. Literals are kept small so no arithmetic overflows.
 * The same seed gives the same queries.
 */
final class RandomQueryGenerator {

    static final int COUNT = 200;

    record Generated(String sql, boolean ordered) {
    }

    private static final String[] EXACT_C = {"c.id", "c.age", "c.balance"};
    private static final String[] INT_C = {"c.id", "c.age"};
    private static final String[] APPROX_C = {"c.score", "c.rating"};
    private static final String[] TEXT_C = {"c.name", "c.email", "c.city"};
    private static final String[] EXACT_O = {"o.id", "o.customer_id", "o.product_id", "o.quantity", "o.unit_price"};
    private static final String[] TEXT_O = {"o.status", "o.note"};
    private static final String[] PATTERNS = {"'%a%'", "'A%'", "'_o%'", "'%n'", "'paris'", "'%i%'", "'%'", "'%\\_%'",
        "'%$%'", "'b%'"};
    private static final String[] CMP = {"=", "<>", "<", "<=", ">", ">="};

    private final Random r;
    private boolean joined;

    RandomQueryGenerator(long seed) {
        this.r = new Random(seed);
    }

    Generated next() {
        joined = false;
        return switch (r.nextInt(5)) {
            case 0, 1 -> filter();
            case 2 -> aggregate();
            case 3 -> join();
            default -> distinct();
        };
    }

    private Generated filter() {
        List<String> items = new ArrayList<>(List.of("c.id"));
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            items.add(selectExpression() + " AS e" + i);
        }
        boolean ordered = r.nextBoolean();
        String sql = "SELECT " + String.join(", ", items) + " FROM customers c WHERE " + predicate(3)
                + (ordered ? " ORDER BY c.id" + (r.nextBoolean() ? " DESC" : "") : "");
        if (ordered && r.nextInt(3) == 0) {
            sql += " LIMIT " + (1 + r.nextInt(10)) + (r.nextBoolean() ? " OFFSET " + r.nextInt(5) : "");
        }
        return new Generated(sql, ordered);
    }

    private Generated aggregate() {
        String group = pick("c.city", "c.active", "c.age % 3", "upper(c.name)", "c.joined < DATE '2021-06-01'");
        String agg = pick("sum(c.age)", "avg(c.balance)", "min(c.name)", "max(c.score)", "count(c.email)",
                "count(DISTINCT c.city)", "sum(c.balance)", "avg(c.age)", "max(c.last_login)", "min(c.joined)");
        String sql = "SELECT " + group + " AS g, count(*) AS n, " + agg + " AS a FROM customers c"
                + (r.nextBoolean() ? " WHERE " + predicate(2) : "") + " GROUP BY " + group
                + (r.nextInt(3) == 0 ? " HAVING count(*) > " + r.nextInt(4) : "");
        return new Generated(sql, false);
    }

    private Generated join() {
        joined = true;
        String kind = pick("JOIN", "LEFT JOIN", "INNER JOIN");
        String extra = pick("o.quantity * o.unit_price", "o.status", "coalesce(o.note, 'none')",
                "o.unit_price + c.balance", "c.name || '/' || o.status", "o.ordered_at");
        String sql = "SELECT c.id, o.id AS oid, " + extra + " AS x FROM customers c " + kind
                + " orders o ON o.customer_id = c.id WHERE " + predicate(2);
        return new Generated(sql, false);
    }

    private Generated distinct() {
        String col = pick("c.city", "c.active", "upper(c.name)", "c.age / 10", "coalesce(c.city, c.name)");
        return new Generated("SELECT DISTINCT " + col + " AS d FROM customers c WHERE " + predicate(2), false);
    }

    private String selectExpression() {
        return switch (r.nextInt(12)) {
            case 0 -> "upper(c.name)";
            case 1 -> "length(c.name)";
            case 2 -> "c.age + " + r.nextInt(10);
            case 3 -> "coalesce(c.city, 'none')";
            case 4 -> "CASE WHEN c.age > " + (20 + r.nextInt(40)) + " THEN 'old' WHEN c.age IS NULL THEN NULL ELSE 'young' END";
            case 5 -> "c.balance * " + (1 + r.nextInt(4));
            case 6 -> "substr(c.name, 1, " + (1 + r.nextInt(3)) + ")";
            case 7 -> "c.name || '-' || coalesce(c.city, '?')";
            case 8 -> "c.score - " + r.nextInt(20);
            case 9 -> "nullif(c.age, " + (18 + r.nextInt(60)) + ")";
            case 10 -> "c.active IS TRUE";
            default -> "lower(c.email)";
        };
    }

    private String predicate(int depth) {
        if (depth == 0 || r.nextInt(3) == 0) {
            return atom();
        }
        return switch (r.nextInt(4)) {
            case 0 -> "(" + predicate(depth - 1) + " AND " + predicate(depth - 1) + ")";
            case 1 -> "(" + predicate(depth - 1) + " OR " + predicate(depth - 1) + ")";
            case 2 -> "NOT (" + predicate(depth - 1) + ")";
            default -> atom();
        };
    }

    private String atom() {
        if (joined && r.nextInt(3) == 0) {
            return switch (r.nextInt(3)) {
                case 0 -> pick(EXACT_O) + " " + pick(CMP) + " " + r.nextInt(60);
                case 1 -> pick(TEXT_O) + " " + pick("LIKE", "NOT LIKE", "ILIKE") + " " + pick(PATTERNS);
                default -> pick(EXACT_O) + pick(" IS NULL", " IS NOT NULL");
            };
        }
        return switch (r.nextInt(14)) {
            case 0 -> pick(EXACT_C) + " " + pick(CMP) + " " + (r.nextInt(80) - 5);
            case 1 -> pick(APPROX_C) + " " + pick("<", ">", "<=", ">=") + " " + (r.nextInt(100) - 20);
            case 2 -> pick(TEXT_C) + pick(" IS NULL", " IS NOT NULL");
            case 3 -> pick(INT_C) + pick(" IN ", " NOT IN ") + "(" + r.nextInt(60) + ", " + r.nextInt(60) + ", "
                    + (r.nextInt(4) == 0 ? "NULL" : Integer.toString(r.nextInt(60))) + ")";
            case 4 -> pick(EXACT_C) + pick(" BETWEEN ", " NOT BETWEEN ") + r.nextInt(30) + " AND " + (20 + r.nextInt(40));
            case 5 -> pick(TEXT_C) + " " + pick("LIKE", "NOT LIKE", "ILIKE", "NOT ILIKE") + " " + pick(PATTERNS);
            case 6 -> pick("c.active", "NOT c.active", "c.active IS TRUE", "c.active IS NOT FALSE", "c.active IS NULL");
            case 7 -> "c.joined " + pick(CMP) + " DATE '202" + r.nextInt(4) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(9) + "'";
            case 8 -> "c.last_login " + pick("<", ">=") + " TIMESTAMP '2023-0" + (1 + r.nextInt(9)) + "-15 12:00:00'";
            case 9 -> "COALESCE(c.age, " + r.nextInt(50) + ") " + pick(CMP) + " " + (20 + r.nextInt(40));
            case 10 -> "CASE WHEN c.age > " + (20 + r.nextInt(40)) + " THEN c.city ELSE c.name END " + pick("=", "<>", "<")
                    + " " + pick("'Paris'", "'bob'", "'Oslo'", "'Ann'");
            case 11 -> pick(TEXT_C) + " " + pick(CMP) + " " + pick("'Paris'", "'bob'", "'M'", "''", "'O''Brien'");
            case 12 -> "c.balance " + pick(CMP) + " " + (r.nextInt(20000) - 5000) + "." + r.nextInt(10) + r.nextInt(10);
            default -> "c.age % " + (2 + r.nextInt(5)) + " = " + r.nextInt(2);
        };
    }

    private String pick(String... options) {
        return options[r.nextInt(options.length)];
    }
}
