package org.kalamdb.jdbc.sql.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.jdbc.sql.Assertions2.parseFails;
import static org.kalamdb.jdbc.sql.Assertions2.plan;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamdb.jdbc.sql.ParsedStatement;
import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlParser;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.expr.Conjuncts;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.expr.Expr.ColumnRef;
import org.kalamdb.jdbc.sql.expr.Expr.Literal;
import org.kalamdb.jdbc.sql.expr.Expr.Parameter;
import org.kalamdb.jdbc.sql.plan.FunctionCall;
import org.kalamdb.jdbc.sql.plan.GeneralSelect;
import org.kalamdb.jdbc.sql.plan.OrderItem;
import org.kalamdb.jdbc.sql.plan.QualifiedName;
import org.kalamdb.jdbc.sql.plan.Select;
import org.kalamdb.jdbc.sql.plan.SelectItem;
import org.kalamdb.jdbc.sql.plan.TableRef;

class QueryPlanTest {

    @Test
    void fastPathSelect() {
        Select s = plan("SELECT id, title AS t, _seq FROM app.items WHERE id = ? AND 'x' = title"
                + " ORDER BY created DESC, title NULLS FIRST LIMIT 10 OFFSET ?", Select.class);
        assertEquals(new TableRef(QualifiedName.of("app", "items"), null), s.table());
        assertEquals(List.of(new SelectItem.ExprItem(ColumnRef.of("id"), "id"),
                new SelectItem.ExprItem(ColumnRef.of("title"), "t"),
                new SelectItem.ExprItem(ColumnRef.of("_seq"), "_seq")), s.projection());
        assertEquals(List.of("id", "title", "_seq"), s.projectedColumns());
        assertFalse(s.selectsAllColumns());
        assertEquals(List.of(new OrderItem("created", true, true), new OrderItem("title", false, true)), s.orderBy());
        assertEquals(Literal.of(10L), s.limit());
        assertEquals(new Parameter(1 + 1), s.offset());
        Conjuncts.Split split = s.conjuncts();
        assertEquals(List.of(new Conjuncts.ColumnEquality("id", new Parameter(1)),
                new Conjuncts.ColumnEquality("title", Literal.of("x"))), split.equalities());
        assertTrue(split.fullyPushed());
    }

    @Test
    void starAliasesAndQualifiers() {
        Select s = plan("SELECT i.*, i.title FROM app.items AS i WHERE i.id = 5 ORDER BY i.title", Select.class);
        assertEquals(List.of(new OrderItem("title", false, false)), s.orderBy());
        assertEquals(new TableRef(QualifiedName.of("app", "items"), "i"), s.table());
        assertTrue(s.selectsAllColumns());
        assertEquals(List.of(new SelectItem.AllColumns(), new SelectItem.ExprItem(ColumnRef.of("title"), "title")),
                s.projection());
        assertEquals(new Expr.Comparison(Expr.ComparisonOp.EQ, ColumnRef.of("id"), Literal.of(5L)), s.where());
        // ORDER BY 2 needs to know where * ends: not a fast path when a star comes first
        assertInstanceOf(GeneralSelect.class, SqlParser.parse("SELECT *, a FROM t ORDER BY 2").plan());
        Select byOrdinal = plan("SELECT a, b FROM t ORDER BY 2 DESC", Select.class);
        assertEquals(List.of(new OrderItem("b", true, true)), byOrdinal.orderBy());
        Select byLabel = plan("SELECT a AS b, b AS a FROM t ORDER BY a", Select.class);
        assertEquals(List.of(new OrderItem("b", false, false)), byLabel.orderBy());
        Select qualifiedName = plan("SELECT items.id FROM app.items WHERE app.items.id = 1", Select.class);
        assertEquals(ColumnRef.of("id"), ((SelectItem.ExprItem) qualifiedName.projection().get(0)).expr());
        Select quoted = plan("SELECT \"Title\" FROM \"Items\"", Select.class);
        assertEquals(QualifiedName.of("Items"), quoted.table().name());
        assertEquals(List.of("Title"), quoted.projectedColumns());
    }

    @Test
    void residualPredicatesStayOnTheFastPath() {
        Select s = plan("SELECT * FROM t WHERE id = 1 AND (a > 2 OR b IS NULL) AND lower(name) LIKE 'x%'"
                + " AND _userid = 'u' AND c = NULL", Select.class);
        Conjuncts.Split split = s.conjuncts();
        assertEquals(List.of(new Conjuncts.ColumnEquality("id", Literal.of(1L))), split.equalities());
        assertEquals(4, Conjuncts.flatten(split.residual()).size());
        assertFalse(split.fullyPushed());
        assertEquals("((a > 2) OR (b IS NULL)) AND (lower(name) LIKE 'x%') AND (_userid = 'u') AND (c = NULL)",
                split.residual().toSql());
    }

    @Test
    void limitOffsetFetchForms() {
        assertNull(plan("SELECT * FROM t LIMIT ALL", Select.class).limit());
        assertNull(plan("SELECT * FROM t LIMIT NULL", Select.class).limit());
        assertEquals(Literal.of(5L), plan("SELECT * FROM t FETCH FIRST 5 ROWS ONLY", Select.class).limit());
        assertEquals(Literal.of(1L), plan("SELECT * FROM t FETCH FIRST ROW ONLY", Select.class).limit());
        Select fetch = plan("SELECT * FROM t OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", Select.class);
        assertEquals(new Parameter(1), fetch.offset());
        assertEquals(new Parameter(2), fetch.limit());
        Select offsetOnly = plan("SELECT * FROM t OFFSET 3", Select.class);
        assertNull(offsetOnly.limit());
        assertEquals(Literal.of(3L), offsetOnly.offset());
        assertInstanceOf(GeneralSelect.class, SqlParser.parse("SELECT * FROM t FETCH FIRST 3 ROWS WITH TIES").plan());
        assertInstanceOf(GeneralSelect.class, SqlParser.parse("SELECT * FROM t LIMIT 1 + 1").plan());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "SELECT DISTINCT a FROM t",
            "SELECT count(*) FROM t",
            "SELECT a, count(*) FROM t GROUP BY a",
            "SELECT a + 1 FROM t",
            "SELECT a FROM t JOIN u ON t.id = u.id",
            "SELECT a FROM t, u",
            "SELECT a FROM (SELECT a FROM t) x",
            "SELECT a FROM t WHERE a IN (SELECT b FROM u)",
            "SELECT a FROM t WHERE EXISTS (SELECT 1 FROM u)",
            "SELECT a FROM t UNION SELECT b FROM u",
            "WITH x AS (SELECT a FROM t) SELECT a FROM x",
            "VALUES (1, 2), (3, 4)",
            "SELECT payload->>'kind' AS kind FROM app.events WHERE payload ? 'kind'",
            "SELECT * FROM t WHERE doc ?? 'k'",
            "SELECT a FROM t WHERE substring(a, 1, 2) = 'ab'",
            "SELECT a FROM t FOR UPDATE",
            "SELECT a FROM ONLY t",
            "SELECT a FROM t ORDER BY lower(a)",
            "SELECT row_number() OVER () FROM t",
            "SELECT a FROM t WHERE other.a = 1",
            "SELECT * FROM generate_series(1, 3)",
            "TABLE t",
            "(SELECT a FROM t)",
            "SELECT a FROM t WHERE (a, b) = (1, 2)",
            "SELECT a FROM t WHERE a = ANY(?)",
            "SELECT a FROM t WHERE a::regclass IS NOT NULL",
            "SELECT (SELECT 1)",
            "SELECT substring('abc', 1, 2)",
            "SELECT * FROM t WHERE a::vector(3) = b",
    })
    void everythingElseIsAGeneralSelect(String sql) {
        assertInstanceOf(GeneralSelect.class, SqlParser.parse(sql).plan());
    }

    @Test
    void generalSelectKeepsTextTablesAndAst() {
        ParsedStatement st = SqlParser.parse(
                "WITH r AS (SELECT * FROM app.orders WHERE total > ?) SELECT c.name, sum(r.total) FROM r"
                        + " JOIN \"Customers\" c ON c.id = r.customer_id WHERE c.region = E'north\\'s' GROUP BY c.name");
        GeneralSelect g = assertInstanceOf(GeneralSelect.class, st.plan());
        assertEquals(1, st.parameterCount());
        assertEquals(java.util.Set.of(QualifiedName.of("app", "orders"), QualifiedName.of("Customers")),
                java.util.Set.copyOf(g.tables()));
        assertTrue(g.normalizedSql().contains("total > $1"), g.normalizedSql());
        assertTrue(g.normalizedSql().contains("'north''s'"), g.normalizedSql());
        assertTrue(g.sql().withQuestionMarks().contains("total > ?"));
        assertInstanceOf(net.sf.jsqlparser.statement.select.Select.class, g.ast());
    }

    @Test
    void functionCallSelects() {
        FunctionCall f = plan("SELECT kalam_version(), kalam_compiled_mode() AS mode, kalam_user_id()", FunctionCall.class);
        assertEquals(List.of("kalam_version", "mode", "kalam_user_id"),
                f.items().stream().map(SelectItem.ExprItem::label).toList());
        assertEquals(Expr.Call.of("kalam_exec", Literal.of("SELECT * FROM system.tables")),
                plan("SELECT kalam_exec('SELECT * FROM system.tables')", FunctionCall.class).items().get(0).expr());
        assertTrue(plan("SELECT kalam_exec('x')", FunctionCall.class).calls("kalam_exec"));
        assertFalse(plan("SELECT 1", FunctionCall.class).calls("kalam_exec"));
        assertEquals("?column?", plan("SELECT 1", FunctionCall.class).items().get(0).label());
        assertEquals("snowflake_id", plan("SELECT SNOWFLAKE_ID()", FunctionCall.class).items().get(0).label());
        assertEquals("current_timestamp", plan("SELECT CURRENT_TIMESTAMP", FunctionCall.class).items().get(0).label());
        assertEquals("current_user", plan("SELECT current_user", FunctionCall.class).items().get(0).label());
        assertEquals("current_schema", plan("SELECT current_schema()", FunctionCall.class).items().get(0).label());
        assertEquals("version", plan("SELECT version()", FunctionCall.class).items().get(0).label());
        assertEquals("int4", plan("SELECT '1'::int", FunctionCall.class).items().get(0).label());
        assertEquals("now", plan("SELECT now()::date", FunctionCall.class).items().get(0).label());
        assertEquals("current_setting", plan("SELECT current_setting('search_path')", FunctionCall.class)
                .items().get(0).label());
        assertEquals(new Parameter(1), plan("SELECT ?", FunctionCall.class).items().get(0).expr());
        assertInstanceOf(GeneralSelect.class, SqlParser.parse("SELECT 1 WHERE false").plan());
    }

    @Test
    void jsqlParserErrorsAreReportedAgainstTheOriginalText() {
        SqlDialectException e = parseFails(SqlStates.SYNTAX_ERROR, "SELECT a FROM t WHERE /* c */ a = = 1");
        assertEquals("syntax error at or near \"=\"", e.getMessage());
        assertEquals(35, e.position());
        // the rebuilt text JSqlParser reads has $1/$2 and 'x': positions still refer to what was written
        SqlDialectException afterMarker = parseFails(SqlStates.SYNTAX_ERROR, "SELECT ?, E'x', ? FROM WHERE");
        assertEquals("syntax error at or near \"FROM\"", afterMarker.getMessage());
        assertEquals(19, afterMarker.position());
    }

    @Test
    void multipleStatementsNeedParseScript() {
        parseFails(SqlStates.SYNTAX_ERROR, "SELECT 1; SELECT 2");
        assertInstanceOf(FunctionCall.class, SqlParser.parse("SELECT 1;").plan());
    }
}
