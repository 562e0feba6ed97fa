package org.kalamdb.jdbc.engine;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine against PostgreSQL itself: every query of the corpus ({@code engine/corpus.sql})
 * and a few hundred generated ones run on both, over the same rows, and must give the same
 * result (see {@link ResultComparison}). A query PostgreSQL rejects must be rejected by the
 * engine too.
 */
@ExtendWith(DifferentialFixture.Resolver.class)
class PostgresDifferentialTest {

    private static DifferentialFixture fixture;

    @BeforeAll
    static void setUp(DifferentialFixture f) {
        fixture = f;
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws Exception {
        List<QueryCorpus.Query> queries = QueryCorpus.load("/engine/corpus.sql");
        return queries.stream().map(q -> DynamicTest.dynamicTest("line " + q.line() + ": " + abbreviate(q.sql()),
                () -> check(q.sql(), q.postgresSql(), q.params(), q.ordered())));
    }

    @TestFactory
    Stream<DynamicTest> generated() {
        RandomQueryGenerator generator = new RandomQueryGenerator(DifferentialFixture.SEED);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < RandomQueryGenerator.COUNT; i++) {
            RandomQueryGenerator.Generated g = generator.next();
            tests.add(DynamicTest.dynamicTest("random " + (i + 1) + ": " + abbreviate(g.sql()),
                    () -> check(g.sql(), g.sql(), List.of(), g.ordered())));
        }
        return tests.stream();
    }

    private static void check(String sql, String postgresSql, List<Object> params, boolean ordered) {
        Assumptions.assumeTrue(fixture.unavailable() == null,
                () -> "PostgreSQL is not available, differential test skipped: " + fixture.unavailable());
        PgResult expected;
        try {
            expected = fixture.postgres(postgresSql, params);
        } catch (SQLException pgError) {
            try {
                fixture.engine().prepare(sql).execute(params);
            } catch (SQLException engineError) {
                return; // both reject it
            }
            fail("PostgreSQL rejects the query (" + pgError.getMessage() + ") but the engine runs it:\n" + sql);
            return;
        }
        QueryResult actual;
        try {
            actual = fixture.engine().prepare(sql).execute(params);
        } catch (SQLException e) {
            fail("the engine fails (" + e.getSQLState() + ": " + e.getMessage() + ") where PostgreSQL succeeds:\n" + sql, e);
            return;
        }
        String diff = ResultComparison.differences(expected, actual, ordered);
        if (diff == null) {
            diff = ResultComparison.labelDifferences(expected, actual);
        }
        if (diff != null) {
            fail(diff + "\nquery: " + sql);
        }
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ");
        return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 97) + "...";
    }
}
