package org.kalamdb.server.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.kalamdb.jdbc.types.arrow.ArrowType;

/** server.md 6 (SQL surface): COUNT(*) and count/sum/min/max/avg with GROUP BY, HAVING, DISTINCT, DataFusion names. */
class AggregateTest extends SqlTestSupport {

    @BeforeEach
    void data() {
        message("CREATE NAMESPACE app");
        message("CREATE TABLE app.sales (id INT PRIMARY KEY, region TEXT, amount DECIMAL(10, 2), units INT, rate DOUBLE)");
        affected("INSERT INTO app.sales (id, region, amount, units, rate) VALUES "
                + "(1, 'east', 10.50, 2, 0.5), (2, 'west', 4.25, 1, 1.5), (3, 'east', 1.00, NULL, 2.0), "
                + "(4, 'north', NULL, 7, NULL)");
    }

    @Test
    void countStarWithoutGroupBy() {
        ResultTable t = query("SELECT COUNT(*) FROM app.sales");
        assertEquals(List.of("count(*)"), names(t));
        assertEquals(ArrowType.INT64, t.fields().get(0).type());
        assertFalse(t.fields().get(0).nullable());
        assertEquals(List.of(List.of(4L)), rows(t));
        assertEquals(List.of(List.of(0L)), rows(query("SELECT count(*) FROM app.sales WHERE id > 100")));
    }

    @Test
    void aggregatesHaveDataFusionTypesAndNames() {
        ResultTable t = query("SELECT count(units), sum(units), sum(amount), avg(units), avg(amount), min(region), "
                + "max(rate) FROM app.sales");
        assertEquals(List.of("count(app.sales.units)", "sum(app.sales.units)", "sum(app.sales.amount)",
                "avg(app.sales.units)", "avg(app.sales.amount)", "min(app.sales.region)", "max(app.sales.rate)"), names(t));
        assertEquals(ArrowType.INT64, t.fields().get(1).type());
        assertEquals(new ArrowType.Decimal(20, 2, 128), t.fields().get(2).type());
        assertEquals(ArrowType.FLOAT64, t.fields().get(3).type());
        assertEquals(new ArrowType.Decimal(14, 6, 128), t.fields().get(4).type());
        assertEquals(Arrays.asList(3L, 10L, new BigDecimal("15.75"), 10.0 / 3, new BigDecimal("5.250000"), "east", 2.0),
                Arrays.asList(t.rows().get(0)));
    }

    @Test
    void groupByHavingAndOrder() {
        ResultTable t = query("SELECT region, count(*) AS n, sum(amount) FROM app.sales GROUP BY region "
                + "HAVING count(*) >= 1 ORDER BY n DESC, region");
        assertEquals(List.of("region", "n", "sum(app.sales.amount)"), names(t));
        assertEquals(List.of(List.of("east", 2L, new BigDecimal("11.50")), List.of("north", 1L),
                List.of("west", 1L, new BigDecimal("4.25"))).get(0), rows(t).get(0));
        assertEquals(Arrays.asList("north", 1L, null), rows(t).get(1));
        assertEquals(List.of("east"), query("SELECT region FROM app.sales GROUP BY region HAVING count(*) > 1")
                .column("region"));
        assertEquals(List.of(3L), query("SELECT count(DISTINCT region) FROM app.sales").column("count(DISTINCT app.sales.region)"));
    }

    @Test
    void groupingByThePrimaryKeyGetsTheDefaultOrder() {
        ResultTable t = query("SELECT id, count(*) FROM app.sales GROUP BY id");
        assertEquals(List.of(1, 2, 3, 4), t.column("id"));
    }

    @Test
    void nonGroupedColumnsAreRejected() {
        String e = error("SELECT region, count(*) FROM app.sales");
        assertTrue(e.startsWith("Execution error: Error during planning: Column in SELECT must be in GROUP BY or an "
                + "aggregate function"), e);
        String where = error("SELECT id FROM app.sales WHERE count(*) > 1");
        assertTrue(where.contains("Aggregate functions are not allowed in the WHERE clause"), where);
    }

    @Test
    void distinctRows() {
        assertEquals(List.of("east", "west", "north"), query("SELECT DISTINCT region FROM app.sales").column("region"));
    }
}
