package org.kalamdb.jdbc.engine;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * UPDATE, DELETE and INSERT ... SELECT/VALUES computed by the engine ({@link PreparedMutation})
 * against what PostgreSQL does with the same statement: PostgreSQL runs it with RETURNING in a
 * transaction it then rolls back; the keys and new values must match.
 */
@ExtendWith(DifferentialFixture.Resolver.class)
class MutationDifferentialTest {

    private static DifferentialFixture fixture;

    @BeforeAll
    static void setUp(DifferentialFixture f) {
        fixture = f;
    }

    @TestFactory
    Stream<DynamicTest> mutations() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/engine/mutations.sql")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : text.split("\n")) {
            String sql = line.trim();
            if (sql.isEmpty() || sql.startsWith("--")) {
                continue;
            }
            String statement = sql.substring(0, sql.length() - 1);
            tests.add(DynamicTest.dynamicTest(statement, () -> check(statement)));
        }
        return tests.stream();
    }

    private static void check(String withReturning) throws SQLException {
        Assumptions.assumeTrue(fixture.unavailable() == null,
                () -> "PostgreSQL is not available, differential test skipped: " + fixture.unavailable());
        PgResult expected = fixture.postgresRolledBack(withReturning);
        String statement = withReturning.substring(0, withReturning.lastIndexOf(" RETURNING "));
        PreparedMutation m = fixture.engine().prepareMutation(statement);
        List<ResultColumn> columns = new ArrayList<>();
        if (m.kind() != MutationKind.INSERT) {
            ColumnDefinition key = m.table().primaryKey().orElseThrow();
            columns.add(new ResultColumn(key.name(), key.type(), 0, 0, false, null));
        }
        for (String c : m.columns()) {
            ColumnDefinition def = m.table().column(c).orElseThrow();
            columns.add(new ResultColumn(c, def.type(), 0, 0, true, null));
        }
        List<Object[]> rows = new ArrayList<>();
        for (MutationRow r : m.execute(List.of())) {
            Object[] row = new Object[columns.size()];
            int k = 0;
            if (m.kind() != MutationKind.INSERT) {
                row[k++] = r.key();
            }
            System.arraycopy(r.values(), 0, row, k, r.values().length);
            rows.add(row);
        }
        assertNull(ResultComparison.differences(expected, new QueryResult(columns, rows), false), statement);
    }
}
