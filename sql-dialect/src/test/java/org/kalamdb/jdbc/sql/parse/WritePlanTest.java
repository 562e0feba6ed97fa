package org.kalamdb.jdbc.sql.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.kalamdb.jdbc.sql.Assertions2.parseFails;
import static org.kalamdb.jdbc.sql.Assertions2.plan;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamdb.jdbc.sql.SqlParser;
import org.kalamdb.jdbc.sql.expr.Conjuncts;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.expr.Expr.ArithmeticOp;
import org.kalamdb.jdbc.sql.expr.Expr.ColumnRef;
import org.kalamdb.jdbc.sql.expr.Expr.Literal;
import org.kalamdb.jdbc.sql.expr.Expr.Parameter;
import org.kalamdb.jdbc.sql.plan.Assignment;
import org.kalamdb.jdbc.sql.plan.Delete;
import org.kalamdb.jdbc.sql.plan.FunctionCall;
import org.kalamdb.jdbc.sql.plan.GeneralSelect;
import org.kalamdb.jdbc.sql.plan.Insert;
import org.kalamdb.jdbc.sql.plan.InsertSource;
import org.kalamdb.jdbc.sql.plan.QualifiedName;
import org.kalamdb.jdbc.sql.plan.Select;
import org.kalamdb.jdbc.sql.plan.SelectItem;
import org.kalamdb.jdbc.sql.plan.TableRef;
import org.kalamdb.jdbc.sql.plan.Update;
import org.kalamdb.jdbc.sql.plan.WritePlan;

class WritePlanTest {

    @Test
    void insertValues() {
        Insert p = plan("INSERT INTO app.items (title, doc, id, created) VALUES ('a', '{}', SNOWFLAKE_ID(), NOW()),"
                + " (?, DEFAULT, -5, CURRENT_TIMESTAMP) RETURNING id, title AS t", Insert.class);
        assertEquals(new TableRef(QualifiedName.of("app", "items"), null), p.table());
        assertEquals(List.of("title", "doc", "id", "created"), p.columns());
        InsertSource.Values values = assertInstanceOf(InsertSource.Values.class, p.source());
        assertEquals(List.of(
                List.of(Literal.of("a"), Literal.of("{}"), Expr.Call.of("snowflake_id"), Expr.Call.of("now")),
                List.of(new Parameter(1), Expr.Default.INSTANCE, Literal.of(-5L), Expr.Call.of("current_timestamp"))),
                values.rows());
        assertEquals(List.of(new SelectItem.ExprItem(ColumnRef.of("id"), "id"),
                new SelectItem.ExprItem(ColumnRef.of("title"), "t")), p.returning());
    }

    @Test
    void insertForms() {
        Insert single = plan("INSERT INTO t VALUES (1, 'x')", Insert.class);
        assertEquals(List.of(), single.columns());
        assertEquals(List.of(List.of(Literal.of(1L), Literal.of("x"))), ((InsertSource.Values) single.source()).rows());
        Insert oneColumn = plan("INSERT INTO t (a) VALUES ((1 + 2))", Insert.class);
        assertEquals(List.of(List.of(new Expr.Arithmetic(ArithmeticOp.ADD, Literal.of(1L), Literal.of(2L)))),
                ((InsertSource.Values) oneColumn.source()).rows());
        assertInstanceOf(InsertSource.DefaultValues.class, plan("INSERT INTO t DEFAULT VALUES", Insert.class).source());
        Insert star = plan("INSERT INTO t AS x (a) VALUES (1) RETURNING *, x.a * 2", Insert.class);
        assertEquals("x", star.table().alias());
        assertEquals(List.of(new SelectItem.AllColumns(), new SelectItem.ExprItem(
                new Expr.Arithmetic(ArithmeticOp.MULTIPLY, ColumnRef.of("a"), Literal.of(2L)), "?column?")),
                star.returning());
    }

    @Test
    void insertSelectIsASubPlanSharingParameterIndexes() {
        Insert fast = plan("INSERT INTO archive (id, v) SELECT id, v FROM items WHERE owner = ?", Insert.class);
        Select q = assertInstanceOf(Select.class, ((InsertSource.Query) fast.source()).query());
        assertEquals(List.of(new Conjuncts.ColumnEquality("owner", new Parameter(1))), q.conjuncts().equalities());
        Insert general = plan("INSERT INTO totals SELECT owner, sum(v) FROM items WHERE v > ? GROUP BY owner", Insert.class);
        GeneralSelect g = assertInstanceOf(GeneralSelect.class, ((InsertSource.Query) general.source()).query());
        assertEquals(1, g.sql().parameterCount());
        assertEquals(List.of(QualifiedName.of("items")), g.tables());
        assertInstanceOf(FunctionCall.class,
                ((InsertSource.Query) plan("INSERT INTO t SELECT 1, now()", Insert.class).source()).query());
        assertEquals(1, SqlParser.parse("INSERT INTO t SELECT ?").parameterCount());
    }

    @Test
    void update() {
        Update p = plan("UPDATE accounts AS a SET amount = a.amount + ?, note = DEFAULT"
                + " WHERE a.id = ? AND amount > 0 RETURNING amount", Update.class);
        assertEquals(new TableRef(QualifiedName.of("accounts"), "a"), p.table());
        assertEquals(List.of(
                new Assignment("amount", new Expr.Arithmetic(ArithmeticOp.ADD, ColumnRef.of("amount"), new Parameter(1))),
                new Assignment("note", Expr.Default.INSTANCE)), p.assignments());
        assertEquals(List.of(new Assignment("x", Literal.of(1L)), new Assignment("y", Literal.of(2L))),
                plan("UPDATE t SET (x, y) = (1, 2) WHERE id = 3", Update.class).assignments());
        Conjuncts.Split split = p.conjuncts();
        assertEquals(List.of(new Conjuncts.ColumnEquality("id", new Parameter(2))), split.equalities());
        assertEquals("amount > 0", split.residual().toSql());
        assertEquals(List.of(new SelectItem.ExprItem(ColumnRef.of("amount"), "amount")), p.returning());
        assertNull(plan("UPDATE t SET a = 1", Update.class).where());
    }

    @Test
    void delete() {
        Delete p = plan("DELETE FROM app.items i WHERE i.id IN (1, 2) OR title LIKE 'tmp%' RETURNING *", Delete.class);
        assertEquals(new TableRef(QualifiedName.of("app", "items"), "i"), p.table());
        assertEquals("(id IN (1, 2)) OR (title LIKE 'tmp%')", p.where().toSql());
        assertEquals(List.of(new SelectItem.AllColumns()), p.returning());
        assertNull(plan("DELETE FROM t", Delete.class).where());
        WritePlan w = plan("DELETE FROM t WHERE id = 1", WritePlan.class);
        assertEquals(List.of(), w.returning());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO NOTHING|0A000",
            "INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET a = 2|0A000",
            "WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x|0A000",
            "INSERT INTO t (a) VALUES ((SELECT 1))|0A000",
            "INSERT INTO t (a) VALUES (my_function(1))|0A000",
            "INSERT INTO t (a, a) VALUES (1, 2)|42701",
            "INSERT INTO t (a, b) VALUES (1)|42601",
            "INSERT INTO t (a) VALUES (1, 2)|42601",
            "INSERT INTO t VALUES (1, 2), (3)|42601",
            "UPDATE t SET a = u.a FROM u WHERE t.id = u.id|0A000",
            "UPDATE t SET a = 1 WHERE id IN (SELECT id FROM u)|0A000",
            "UPDATE t SET a = 1, a = 2|42601",
            "UPDATE t SET (a, b) = (1)|42601",
            "UPDATE t SET a = 1 WHERE other.id = 1|0A000",
            "UPDATE t SET a = 1 WHERE b = DEFAULT|42601",
            "DELETE FROM t USING u WHERE t.id = u.id|0A000",
            "DELETE FROM t WHERE doc ? 'k'|0A000",
            "DELETE FROM t RETURNING (SELECT 1)|0A000",
            "INSERT INTO t VALUES (1) RETURNING DEFAULT|42601",
            "INSERT INTO t VALUES ()|42601",
            "INSERT INTO t VALUES (DEFAULT + 1)|42601",
            "UPDATE t SET a = DEFAULT + 1|42601",
            "DELETE|42601",
            "UPDATE t SET a = b::vector(3)|0A000",
    })
    void refusedWrites(String sql, String sqlState) {
        parseFails(sqlState, sql);
    }
}
