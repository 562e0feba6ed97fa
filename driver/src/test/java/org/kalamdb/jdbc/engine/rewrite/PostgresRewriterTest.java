package org.kalamdb.jdbc.engine.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** PostgreSQL syntax the engine's parser lacks, respelled; and the parameter bookkeeping. */
class PostgresRewriterTest {

    private static String sql(String in) {
        return PostgresRewriter.rewrite(in).sql();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "SELECT a::text FROM t                 | SELECT CAST(a AS VARCHAR) FROM t",
        "SELECT t.a::int8 + 1                  | SELECT CAST(t.a AS BIGINT) + 1",
        "SELECT '1.5'::numeric                 | SELECT CAST('1.5' AS DECIMAL(38, 10))",
        "SELECT x::numeric(10,2)               | SELECT CAST(x AS DECIMAL(10, 2))",
        "SELECT x::double precision            | SELECT CAST(x AS DOUBLE)",
        "SELECT x::timestamp with time zone    | SELECT CAST(x AS TIMESTAMP)",
        "SELECT f(x)::text                     | SELECT CAST(f(x) AS VARCHAR)",
        "SELECT (a + b)::int4::text            | SELECT CAST(CAST((a + b) AS INTEGER) AS VARCHAR)",
        "SELECT CASE WHEN a THEN 1 END::text   | SELECT CAST(CASE WHEN a THEN 1 END AS VARCHAR)",
        "SELECT CAST(a AS int8), CAST(b AS jsonb) | SELECT CAST(a AS BIGINT), CAST(b AS VARCHAR)",
        "SELECT doc->'a'                       | SELECT json_get_json(doc, 'a')",
        "SELECT doc->'a'->>'b'                 | SELECT json_as_text(json_get_json(doc, 'a'), 'b')",
        "SELECT doc -> 0 ->> -1                | SELECT json_as_text(json_get_json(doc, 0), -1)",
        "SELECT t.doc->>'n' = 'x'              | SELECT json_as_text(t.doc, 'n') = 'x'",
        "SELECT (doc->>'n')::int               | SELECT CAST((json_as_text(doc, 'n')) AS INTEGER)",
        "SELECT * FROM t WHERE doc ? 'k'       | SELECT * FROM t WHERE json_contains(doc, 'k')",
        "SELECT * FROM t WHERE doc ?? 'k'      | SELECT * FROM t WHERE json_contains(doc, 'k')",
        "SELECT * FROM t WHERE doc->'a' ? 'k' AND x = ? | SELECT * FROM t WHERE json_contains(json_get_json(doc, 'a'), 'k') AND x = ?",
        "SELECT E'it''s\\n'                    | `SELECT 'it''s\n'`",
        "SELECT $$a 'quoted' text$$            | SELECT 'a ''quoted'' text'",
        "SELECT now()                          | SELECT CURRENT_TIMESTAMP",
        "SELECT date_trunc('month', ts)        | SELECT FLOOR(ts TO MONTH)",
        "SELECT trunc(x, 2)                    | SELECT TRUNCATE(x, 2)",
        "SELECT ts + interval '2 days'         | SELECT ts + INTERVAL '2' DAY",
        "SELECT ts - INTERVAL '3 hours'        | SELECT ts - INTERVAL '3' HOUR",
        "SELECT ts + interval '1' day          | SELECT ts + interval '1' day",
        "SELECT '2 weeks'::interval            | SELECT INTERVAL '14' DAY",
        "SELECT day, t.value FROM t            | SELECT \"day\", t.\"value\" FROM t",
        "SELECT x AS date FROM t GROUP BY day  | SELECT x AS \"date\" FROM t GROUP BY \"day\"",
        "SELECT DATE '2024-01-01', extract(day FROM d) | SELECT DATE '2024-01-01', extract(day FROM d)",
        "SELECT 1 FROM t WHERE a LIKE 'x\\_y'  | SELECT 1 FROM t WHERE a LIKE 'x\\_y' ESCAPE '\\'",
        "SELECT 1 FROM t WHERE a LIKE 'a\\b'   | SELECT 1 FROM t WHERE a LIKE 'ab' ESCAPE '\\'",
        "SELECT a FROM t;                      | SELECT a FROM t",
        "SELECT a /* note */ FROM t -- end     | SELECT a FROM t",
    })
    void rewrites(String in, String out) {
        assertEquals(out, sql(in));
    }

    @Test
    void coalesceBecomesTheCaseCalcitePlansCorrectly() {
        assertEquals("SELECT (CASE WHEN (a) IS NULL THEN (CASE WHEN (b) IS NULL THEN (0) ELSE (b) END) ELSE (a) END)",
                sql("SELECT coalesce(a, b, 0)"));
        // A parameter would be repeated: left as written.
        assertEquals("SELECT coalesce(?, b)", sql("SELECT coalesce(?, b)"));
    }

    @Test
    void questionMarksAreNumberedInOrder() {
        RewrittenSql r = PostgresRewriter.rewrite("SELECT ? FROM t WHERE doc ? 'k' AND a = ? AND b::text = ?");
        assertEquals(List.of(1, 2, 3), r.parameterSources());
        assertEquals(3, r.parameterCount());
    }

    @Test
    void dollarParametersMapBackToTheirIndex() {
        RewrittenSql r = PostgresRewriter.rewrite("SELECT $2, $1 FROM t WHERE a = $2");
        assertEquals("SELECT ?, ? FROM t WHERE a = ?", r.sql());
        assertEquals(List.of(2, 1, 2), r.parameterSources());
        assertEquals(2, r.parameterCount());
    }

    @Test
    void mixedParameterStylesAreRejected() {
        assertThrows(SqlRewriteException.class, () -> PostgresRewriter.rewrite("SELECT ? , $1"));
    }

    @Test
    void unterminatedLiteralsAreRejected() {
        assertThrows(SqlRewriteException.class, () -> PostgresRewriter.rewrite("SELECT 'abc"));
        assertThrows(SqlRewriteException.class, () -> PostgresRewriter.rewrite("SELECT \"abc"));
        assertThrows(SqlRewriteException.class, () -> PostgresRewriter.rewrite("SELECT a /* b"));
    }

    @Test
    void operatorWithoutOperandIsRejected() {
        assertThrows(SqlRewriteException.class, () -> PostgresRewriter.rewrite("->'a'"));
        assertThrows(SqlRewriteException.class, () -> PostgresRewriter.rewrite("SELECT doc->"));
    }

    @Test
    void textOperandCastAtAPosition() {
        RewrittenSql r = new RewrittenSql("SELECT ?,\n  NULL", List.of(1), 1);
        RewrittenSql first = r.withTextOperandAt(r.offsetOf(1, 8));
        assertEquals("SELECT CAST(? AS VARCHAR),\n  NULL", first.sql());
        RewrittenSql second = first.withTextOperandAt(first.offsetOf(2, 3));
        assertEquals("SELECT CAST(? AS VARCHAR),\n  CAST(NULL AS VARCHAR)", second.sql());
        assertNull(r.withTextOperandAt(0));
    }
}
