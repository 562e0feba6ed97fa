package org.kalamdb.jdbc.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.jdbc.engine.Columns.nullable;
import static org.kalamdb.jdbc.engine.Columns.pk;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.KalamType;

/**
 * Pins the engine's side of each difference from PostgreSQL listed in docs/sql-compatibility.md,
 * so the list stays true: when one of these tests fails, the document must change with it.
 */
class KnownDifferencesTest {

    private static final UUID ID = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");

    private EngineSession session;

    @BeforeEach
    void setUp() {
        InMemoryTableSource source = new InMemoryTableSource();
        source.add(new TableDefinition("app", "t", TableKind.SHARED, List.of(pk("id", KalamType.INT),
                nullable("x", KalamType.DOUBLE), nullable("u", KalamType.UUID), nullable("doc", KalamType.JSON),
                nullable("ts", KalamType.TIMESTAMP))), List.<Object[]>of(
                new Object[] {1, 80.6, ID, "{\"b\": 1, \"a\": [\"k\", 2]}", 1_704_164_645_123_456L}));
        session = QueryEngine.instance().openSession(source, "app");
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private Object[] row(String sql, Object... params) throws SQLException {
        return session.prepare(sql).execute(Arrays.asList(params)).rows().get(0);
    }

    private String state(String sql) {
        return assertThrows(SQLException.class, () -> session.prepare(sql).execute(List.of())).getSQLState();
    }

    @Test
    void floatingPointToIntegerCastTruncates() throws SQLException {
        assertEquals(80, row("SELECT x::int FROM t")[0]); // PostgreSQL: 81
    }

    @Test
    void temporalValuesHaveMillisecondPrecision() throws SQLException {
        assertEquals(1_704_164_645_123_000L, row("SELECT ts FROM t")[0]); // PostgreSQL: ...123456
    }

    @Test
    void uuidsCompareAsLowercaseText() throws SQLException {
        assertEquals(0L, row("SELECT count(*) FROM t WHERE u = 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'")[0]);
        assertEquals(1L, row("SELECT count(*) FROM t WHERE u = ?", ID)[0]);
        assertEquals(ID, row("SELECT u FROM t")[0]);
        assertEquals(KalamType.TEXT, session.prepare("SELECT upper(u::text) FROM t").columns().get(0).type());
    }

    @Test
    void jsonIsTextWithDataFusionSemantics() throws SQLException {
        Object[] r = row("SELECT doc->'a', doc ? 'b', doc->'a' ? 'k', doc->'a'->>-1 FROM t");
        // Compact JSON text; `?` on an array does not look at its string elements; no negative indexes.
        assertArrayEquals(new Object[] {"[\"k\",2]", true, false, null}, r);
    }

    @Test
    void unsupportedShapesAreReportedWithSqlStates() {
        assertEquals("42804", state("SELECT (x > 1)::int FROM t"));
        assertEquals("0A000", state("SELECT percent_rank() OVER (ORDER BY id) FROM t"));
        assertEquals("42601", state("SELECT DISTINCT ON (id) id FROM t"));
        assertEquals("42601", state("SELECT id FROM t ORDER BY id COLLATE \"C\""));
    }

    @Test
    void quotedNamesMatchWhateverTheirCase() throws SQLException {
        assertEquals(1, row("SELECT \"ID\" FROM \"T\"")[0]); // PostgreSQL: relation "T" does not exist
    }

    @Test
    void integerArithmeticOverflowIsNotDetected() throws SQLException {
        Object value = row("SELECT id + 2147483647 FROM t")[0]; // PostgreSQL: 22003 integer out of range
        assertEquals(Integer.MIN_VALUE, value);
    }

    @Test
    void dayOfWeekCountsFromOne() throws SQLException {
        // 2024-01-02 is a Tuesday: PostgreSQL's dow is 2, Calcite's DOW 3 (Sunday = 1).
        assertEquals(3L, row("SELECT extract(dow FROM ts) FROM t")[0]);
    }

    @Test
    void parameterWithoutContextIsText() throws SQLException {
        PreparedQuery q = session.prepare("SELECT ? FROM t");
        assertEquals(KalamType.TEXT, q.parameters().get(0).type());
        assertEquals("5", q.execute(List.of(5)).rows().get(0)[0]); // pgjdbc would send an int4: 5
    }

    @Test
    void initcapKnowsOnlyAsciiLetters() throws SQLException {
        assertEquals("éMile", row("SELECT initcap('émile') FROM t")[0]); // PostgreSQL: Émile
    }

    @Test
    void datePartIsAnInteger() throws SQLException {
        assertTrue(row("SELECT date_part('year', ts) FROM t")[0] instanceof Long); // PostgreSQL: double
    }
}
