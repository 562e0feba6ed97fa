package org.kalamdb.jdbc.sql.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.sql.SqlParser;
import org.kalamdb.jdbc.sql.expr.Conjuncts.ColumnEquality;
import org.kalamdb.jdbc.sql.plan.Delete;

class ConjunctsTest {

    private static Conjuncts.Split split(String where) {
        return Conjuncts.split(((Delete) SqlParser.parse("DELETE FROM t WHERE " + where).plan()).where());
    }

    @Test
    void equalitiesInBothOrdersArePushed() {
        Conjuncts.Split s = split("a = 1 AND 'x' = b AND c = ? AND ? = d AND e = TRUE");
        assertEquals(List.of(new ColumnEquality("a", Expr.Literal.of(1L)), new ColumnEquality("b", Expr.Literal.of("x")),
                new ColumnEquality("c", new Expr.Parameter(1)), new ColumnEquality("d", new Expr.Parameter(2)),
                new ColumnEquality("e", Expr.Literal.TRUE)), s.equalities());
        assertNull(s.residual());
        assertTrue(s.fullyPushed());
    }

    @Test
    void everythingElseIsResidual() {
        Conjuncts.Split s = split("a = 1 AND (b = 2 OR c = 3) AND d > 4 AND e = f AND g = NULL AND h = -1"
                + " AND lower(i) = 'x' AND j = 1 + 1 AND _seq = 5 AND _deleted = false AND _userid = 'u'");
        assertEquals(List.of(new ColumnEquality("a", Expr.Literal.of(1L)), new ColumnEquality("h", Expr.Literal.of(-1L))),
                s.equalities());
        assertEquals("((b = 2) OR (c = 3)) AND (d > 4) AND (e = f) AND (g = NULL) AND (lower(i) = 'x')"
                + " AND (j = (1 + 1)) AND (_seq = 5) AND (_deleted = FALSE) AND (_userid = 'u')", s.residual().toSql());
    }

    @Test
    void noWhereMeansNothingToPush() {
        Conjuncts.Split s = Conjuncts.split(null);
        assertEquals(List.of(), s.equalities());
        assertNull(s.residual());
    }

    @Test
    void flattenAndRebuild() {
        Expr e = ((Delete) SqlParser.parse("DELETE FROM t WHERE (a = 1 AND b = 2) AND (c = 3 AND d = 4)").plan()).where();
        List<Expr> parts = Conjuncts.flatten(e);
        assertEquals(4, parts.size());
        assertEquals("(a = 1) AND (b = 2) AND (c = 3) AND (d = 4)", Conjuncts.and(parts).toSql());
        assertNull(Conjuncts.and(List.of()));
    }

    @Test
    void referencedColumnsAndParameters() {
        Expr e = ((Delete) SqlParser.parse("DELETE FROM t WHERE a + b > ? OR coalesce(c, a) IS NULL").plan()).where();
        assertEquals(List.of("a", "b", "c"), List.copyOf(e.referencedColumns()));
        assertTrue(e.hasParameters());
    }
}
