package org.kalamdb.jdbc.sql.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.jdbc.sql.Assertions2.fails;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamdb.jdbc.sql.SqlParser;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.plan.Update;

class ExprEvaluatorTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2024, 1, 15, 10, 30, 0, 0, ZoneOffset.UTC);

    private final AtomicLong ids = new AtomicLong(100);
    private final ExprEvaluator evaluator = new ExprEvaluator(new EvaluationContext() {
        @Override
        public OffsetDateTime now() {
            return NOW;
        }

        @Override
        public long nextSnowflakeId() {
            return ids.incrementAndGet();
        }

        @Override
        public Object call(String name, List<Object> args) {
            if (name.equals("kalam_user_id")) {
                return "alice";
            }
            return EvaluationContext.super.call(name, args);
        }
    });

    /** The row every expression sees: a few typed columns and a NULL. */
    private static final Map<String, Object> ROW = new HashMap<>();

    static {
        ROW.put("i", 7);
        ROW.put("big", Long.MAX_VALUE);
        ROW.put("d", new BigDecimal("2.50"));
        ROW.put("f", 1.5d);
        ROW.put("s", "Hello");
        ROW.put("b", true);
        ROW.put("n", null);
        ROW.put("day", LocalDate.of(2024, 1, 15));
        ROW.put("ts", LocalDateTime.of(2024, 1, 15, 10, 0));
        ROW.put("tz", OffsetDateTime.of(2024, 1, 15, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
        ROW.put("u", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        ROW.put("bytes", new byte[] {1, 2});
    }

    /** Parses {@code sql} as an UPDATE assignment, the way the driver gets its expressions. */
    private static Expr expr(String sql) {
        Update u = (Update) SqlParser.parse("UPDATE t SET x = " + sql).plan();
        return u.assignments().get(0).value();
    }

    private Object eval(String sql, Object... params) {
        return evaluator.evaluate(expr(sql), RowValues.of(ROW), Arrays.asList(params));
    }

    private static String text(Object v) {
        return v == null ? "NULL" : SqlValues.toText(v);
    }

    @ParameterizedTest(name = "{0} AND {1} = {2}; {0} OR {1} = {3}")
    @CsvSource({
            "TRUE, TRUE, true, true",
            "TRUE, FALSE, false, true",
            "TRUE, NULL, NULL, true",
            "FALSE, TRUE, false, true",
            "FALSE, FALSE, false, false",
            "FALSE, NULL, false, NULL",
            "NULL, TRUE, NULL, true",
            "NULL, FALSE, false, NULL",
            "NULL, NULL, NULL, NULL",
    })
    void threeValuedLogic(String a, String b, String and, String or) {
        String left = a.equals("NULL") ? "n::boolean" : a;
        String right = b.equals("NULL") ? "NULL::boolean" : b;
        assertEquals(and, text(eval("(" + left + ") AND (" + right + ")")));
        assertEquals(or, text(eval("(" + left + ") OR (" + right + ")")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
            "NOT TRUE#false", "NOT NULL::boolean#NULL",
            "n + 1#NULL", "n || 'x'#NULL", "n = 1#NULL", "n <> 1#NULL", "NULL = NULL#NULL",
            "lower(n)#NULL", "abs(n)#NULL", "n LIKE 'a%'#NULL", "-n#NULL", "n::int#NULL",
            "n IS NULL#true", "n IS NOT NULL#false", "s IS NULL#false",
            "n IS DISTINCT FROM 1#true", "n IS NOT DISTINCT FROM NULL#true", "i IS DISTINCT FROM 7#false",
            "n IS TRUE#false", "n IS NOT TRUE#true", "b IS TRUE#true", "b IS FALSE#false", "n IS NOT FALSE#true",
            "i IN (1, 7)#true", "i IN (1, 2)#false", "i IN (1, NULL)#NULL", "i IN (7, NULL)#true",
            "n IN (1, 2)#NULL", "i NOT IN (1, 2)#true", "i NOT IN (1, NULL)#NULL", "i NOT IN (7, NULL)#false",
            "i BETWEEN 1 AND 10#true", "i BETWEEN 8 AND 10#false", "i BETWEEN n AND 10#NULL",
            "i BETWEEN n AND 5#false", "i NOT BETWEEN 1 AND 5#true", "i NOT BETWEEN n AND 10#NULL",
            "CASE WHEN n THEN 'a' WHEN i > 5 THEN 'b' ELSE 'c' END#b",
            "CASE WHEN i < 0 THEN 'a' END#NULL",
            "CASE i WHEN 1 THEN 'one' WHEN 7 THEN 'seven' END#seven",
            "CASE n WHEN NULL THEN 'null matched' ELSE 'no' END#no",
            "COALESCE(n, NULL, s, 'x')#Hello", "COALESCE(n, NULL)#NULL",
            "NULLIF(i, 7)#NULL", "NULLIF(i, 8)#7", "NULLIF(n, 1)#NULL",
    })
    void nullPropagationAndPredicates(String sql, String expected) {
        assertEquals(expected, text(eval(sql)));
    }

    @ParameterizedTest(name = "{0} = {1} ({2})")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
            "1 + 2#3#Long",
            "i * 3#21#Long",
            "7 / 2#3#Long",
            "-7 / 2#-3#Long",
            "7 % -3#1#Long",
            "-7 % 3#-1#Long",
            "i + 0.5#7.5#BigDecimal",
            "d * 2#5.00#BigDecimal",
            "d + i#9.50#BigDecimal",
            "1 / 3.0#0.33333333333333333333#BigDecimal",
            "10 / 4.0#2.5000000000000000#BigDecimal",
            "1.0 / 3#0.33333333333333333333#BigDecimal",
            "123456.0 / 7#17636.571428571429#BigDecimal",
            "0.5 % 0.3#0.2#BigDecimal",
            "f + 1#2.5#Double",
            "f * d#3.75#Double",
            "f / 2#0.75#Double",
            "1e3 + 1#1001#BigDecimal",
            "'5' + 1#6#Long",
            "i + '3'#10#Long",
            "d + '0.25'#2.75#BigDecimal",
            "day + 1#2024-01-16#LocalDate",
            "day - 15#2023-12-31#LocalDate",
            "day - DATE '2024-01-01'#14#Long",
            "s || ' ' || i || ' ' || f || ' ' || d || ' ' || b#Hello 7 1.5 2.50 true#String",
            "'a' || n::text#NULL#null",
    })
    void numericPromotion(String sql, String expected, String type) {
        Object v = eval(sql);
        assertEquals(expected, text(v));
        assertEquals(type, v == null ? "null" : v.getClass().getSimpleName());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
            "big + 1#22003",
            "-9223372036854775807 - 2#22003",
            "big * 2#22003",
            "1 / 0#22012",
            "1 % 0#22012",
            "1.5 / 0#22012",
            "f / 0#22012",
            "f % 2#42883",
            "1e308::float8 * 10#22003",
            "'a' + 'b'#42804",
            "i + 'abc'#22P02",
            "i = '1.5'#22P02",
            "s + 1#22P02",
            "b + 1#42883",
            "u = 1#42804",
            "day + 1.5#42883",
            "NOT i#42804",
            "DEFAULT + 1#42601",
    })
    void arithmeticErrors(String sql, String sqlState) {
        fails(sqlState, () -> eval(sql));
    }

    @ParameterizedTest(name = "{0} LIKE {1}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
            "abc#a%#false#true",
            "abc#%c#false#true",
            "abc#%b%#false#true",
            "abc#_b_#false#true",
            "abc#a_#false#false",
            "abc#abc#false#true",
            "abc#ABC#false#false",
            "abc#ABC#true#true",
            "abc#%#false#true",
            "``#%#false#true",
            "``#_#false#false",
            "axbxc#a%b%c#false#true",
            "aXBYc#a%b%c#false#false",
            "mississippi#%iss%ipp%#false#true",
            "mississippi#m%ss_ss%pix#false#false",
            "a%c#a\\%c#false#true",
            "abc#a\\%c#false#false",
            "a_c#a\\_c#false#true",
            "ÄBC#äbc#true#true",
    })
    void likePatterns(String value, String pattern, boolean caseInsensitive, boolean expected) {
        Expr e = new Expr.Like(Expr.Literal.of(value), Expr.Literal.of(pattern), null, caseInsensitive, false);
        assertEquals(expected, evaluator.evaluate(e, List.of()));
        Expr negated = new Expr.Like(Expr.Literal.of(value), Expr.Literal.of(pattern), null, caseInsensitive, true);
        assertEquals(!expected, evaluator.evaluate(negated, List.of()));
    }

    @Test
    void likeEscapes() {
        assertEquals(true, eval("'a%c' LIKE 'a!%c' ESCAPE '!'"));
        assertEquals(true, eval("'a\\c' LIKE 'a\\c' ESCAPE ''"));
        assertEquals(true, eval("s ILIKE 'h%O'"));
        assertEquals(false, eval("s NOT ILIKE 'h%O'"));
        assertNull(eval("s LIKE 'x' ESCAPE n"));
        fails(SqlStates.INVALID_ESCAPE_SEQUENCE, () -> eval("'abc' LIKE 'ab\\'"));
        fails(SqlStates.INVALID_ESCAPE_CHARACTER, () -> eval("'abc' LIKE 'a' ESCAPE 'xy'"));
        assertEquals(true, eval("i LIKE '7'"));
        Expr multiLine = new Expr.Like(Expr.Literal.of("line1\nline2"), Expr.Literal.of("line1_line%"), null, false, false);
        assertEquals(true, evaluator.evaluate(multiLine, List.of()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
            "'42'::int#42",
            "' -42 '::bigint#-42",
            "1.5::int#2",
            "2.5::int#3",
            "-2.5::int#-3",
            "2.5::float8::int#2",
            "3.5::float8::int#4",
            "12.345::numeric(5,2)#12.35",
            "'1e3'::float8#1000",
            "'NaN'::float8#NaN",
            "0.1::float4#0.10000000149011612",
            "1::text#1",
            "1.50::text#1.50",
            "f::text#1.5",
            "1e20::float8::text#1e+20",
            "0.00001::float8::text#1e-05",
            "b::text#true",
            "'yes'::boolean#true",
            "'off'::boolean#false",
            "0::boolean#false",
            "'2024-01-15'::date#2024-01-15",
            "'2024-01-15 10:30:00.25'::timestamp#2024-01-15 10:30:00.25",
            "'2024-01-15T10:30:00+02:00'::timestamptz#2024-01-15 08:30:00+00",
            "ts::timestamptz#2024-01-15 10:00:00+00",
            "tz::timestamp#2024-01-15 10:00:00",
            "tz::date#2024-01-15",
            "day::timestamp#2024-01-15 00:00:00",
            "'10:30'::time#10:30:00",
            "'{123E4567-E89B-12D3-A456-426614174000}'::uuid#123e4567-e89b-12d3-a456-426614174000",
            "'\\x0102ff'::bytea#\\x0102ff",
            "'{\"a\": 1}'::jsonb#{\"a\": 1}",
            "CAST(s AS VARCHAR(2))#Hello",
    })
    void casts(String sql, String expected) {
        assertEquals(expected, text(eval(sql)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
            "'x'::int#22P02",
            "'1.5'::int#22P02",
            "40000::smallint#22003",
            "3000000000::int#22003",
            "1234.5::numeric(4,1)#22003",
            "'maybe'::boolean#22P02",
            "'2024-13-01'::date#22007",
            "'yesterday'::date#22007",
            "'25:00'::time#22007",
            "'not-a-uuid'::uuid#22P02",
            "day::int#42846",
            "b::date#42846",
            "1e39::float4#22003",
            "'NaN'::float8::int#22003",
    })
    void castErrors(String sql, String sqlState) {
        fails(sqlState, () -> eval(sql));
    }

    @Test
    void comparisonsAcrossTypes() {
        assertEquals(true, eval("i = 7.0"));
        assertEquals(true, eval("d = 2.5"));
        assertEquals(true, eval("f = 1.5"));
        assertEquals(true, eval("i = '7'"));
        assertEquals(true, eval("b = 't'"));
        assertEquals(true, eval("day = '2024-01-15'"));
        assertEquals(true, eval("day < ts"));
        assertEquals(true, eval("tz = TIMESTAMP '2024-01-15 10:00:00'"));
        assertEquals(true, eval("u = '123e4567-e89b-12d3-a456-426614174000'"));
        assertEquals(true, eval("s > 'Goodbye'"));
        assertEquals(true, eval("'a' < 'b'"));
        assertEquals(true, eval("'B' < 'a'"), "C collation: code-point order");
        assertEquals(true, eval("'NaN'::float8 = 'NaN'::float8"));
        assertEquals(true, eval("'NaN'::float8 > 1e300::float8"));
        assertEquals(true, eval("0.0::float8 = -0.0::float8"));
        assertEquals(true, eval("bytes = '\\x0102'"));
    }

    @Test
    void functions() {
        assertEquals("hello", eval("lower(s)"));
        assertEquals("HELLO", eval("upper(s)"));
        assertEquals(5L, eval("length(s)"));
        assertEquals(2L, eval("char_length('é€')"));
        assertEquals(2L, eval("length(bytes)"));
        assertEquals(7L, eval("abs(-i)"));
        assertEquals(new BigDecimal("2.50"), eval("abs(-d)"));
        assertEquals(new BigDecimal("3"), eval("round(d)"));
        assertEquals(2.0, eval("round(2.5::float8)"));
        assertEquals(new BigDecimal("2.57"), eval("round(2.567, 2)"));
        assertEquals(new BigDecimal("1200"), eval("round(1234.5, -2)"));
        assertEquals(NOW, eval("now()"));
        assertEquals(NOW, eval("CURRENT_TIMESTAMP"));
        assertEquals(LocalDate.of(2024, 1, 15), eval("CURRENT_DATE"));
        assertEquals(LocalDateTime.of(2024, 1, 15, 10, 30), eval("LOCALTIMESTAMP"));
        assertEquals(LocalTime.of(10, 30), eval("current_time"));
        assertEquals(101L, eval("SNOWFLAKE_ID()"));
        assertEquals(102L, eval("snowflake_id()"));
        assertEquals("alice", eval("kalam_user_id()"));
        fails(SqlStates.UNDEFINED_FUNCTION, () -> eval("kalam_version()"));
        fails(SqlStates.UNDEFINED_FUNCTION, () -> eval("lower(s, s)"));
        fails(SqlStates.UNDEFINED_FUNCTION, () -> eval("now(1)"));
    }

    @Test
    void parametersAreNormalised() {
        Expr e = expr("amount + ?");
        RowValues row = RowValues.of(Map.of("amount", 100L));
        assertEquals(105L, evaluator.evaluate(e, row, List.of(5)));
        assertEquals(105L, evaluator.evaluate(e, row, List.of((short) 5)));
        assertEquals(new BigDecimal("100.25"), evaluator.evaluate(e, row, List.of(new BigDecimal("0.25"))));
        assertEquals(101.5, evaluator.evaluate(e, row, List.of(1.5f)));
        assertEquals(new BigDecimal("100000000000000000100"),
                evaluator.evaluate(e, row, List.of(new BigInteger("100000000000000000000"))));
        assertNull(evaluator.evaluate(e, row, Arrays.asList((Object) null)));
        fails(SqlStates.PARAMETER_NOT_BOUND, () -> evaluator.evaluate(e, row, List.of()));
        fails(SqlStates.INVALID_PARAMETER_VALUE, () -> evaluator.evaluate(e, row, List.of(new Object())));
        assertEquals(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                evaluator.evaluate(expr("?"), List.of(Instant.parse("2024-01-01T00:00:00Z"))));
        assertEquals("x", evaluator.evaluate(expr("?"), List.of('x')));
    }

    @Test
    void rowsAndPredicates() {
        fails(SqlStates.UNDEFINED_COLUMN, () -> eval("missing + 1"));
        fails(SqlStates.UNDEFINED_COLUMN, () -> evaluator.evaluate(expr("a"), List.of()));
        Expr where = expr("i > 5 AND s LIKE 'H%'");
        assertTrue(evaluator.matches(where, RowValues.of(ROW), List.of()));
        Expr unknown = expr("n > 5");
        assertNull(evaluator.test(unknown, RowValues.of(ROW), List.of()));
        assertFalse(evaluator.matches(unknown, RowValues.of(ROW), List.of()));
        fails(SqlStates.DATATYPE_MISMATCH, () -> evaluator.test(expr("i + 1"), RowValues.of(ROW), List.of()));
        assertArrayEquals(new byte[] {1, 2}, (byte[]) eval("bytes"));
    }

    @Test
    void andShortCircuitsBeforeAnError() {
        // FALSE AND <error> is FALSE without evaluating the right side, as in PostgreSQL's usual plans
        assertEquals(false, eval("FALSE AND 1 / 0 = 1"));
        assertEquals(true, eval("TRUE OR 1 / 0 = 1"));
    }
}
