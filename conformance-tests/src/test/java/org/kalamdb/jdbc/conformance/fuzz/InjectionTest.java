package org.kalamdb.jdbc.conformance.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.describe;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.ids;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.kalamdb.jdbc.conformance.faults.Outcome;

/**
 * No SQL injection: a parameter value is data and comes back byte for byte; quoted identifiers
 * and metadata patterns are names, never SQL; text inside {@code kalam_exec('...')} reaches the
 * server as exactly one statement. After each attempt the victim table and its rows are intact.
 */
@Timeout(60)
class InjectionTest {

    private static final List<Long> VICTIM_IDS = List.of(1L, 2L, 3L, 4L, 5L);

    private static MonitoredServer server;
    private static Connection c;

    @BeforeAll
    static void start() throws SQLException {
        server = new MonitoredServer();
        c = server.connect();
        FuzzSchema.ensure(c);
        FuzzSchema.seed(c);
    }

    @AfterAll
    static void stop() throws Exception {
        c.close();
        server.close();
    }

    @BeforeEach
    void victimIntact() throws SQLException {
        assertEquals(VICTIM_IDS, ids(c, "fuzz.t"), "fuzz.t before the attempt");
    }

    private static void assertVictimIntact() throws SQLException {
        assertEquals(VICTIM_IDS, ids(c, "fuzz.t"), "fuzz.t after the attempt");
        assertEquals(List.of(), server.monitor().violations());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "'; DROP TABLE fuzz.t; --",
        "' OR '1'='1",
        "x'); DELETE FROM fuzz.t; --",
        "\\'; DELETE FROM fuzz.t WHERE 'a'='a",
        "$$; DELETE FROM fuzz.t; $$",
        "\"; DROP SCHEMA fuzz CASCADE; --",
        "?", "$1", "%", "_", "/* */", "--", "\\", "E'\\x00'",
        "line\nbreak\r\ttab",
        "\u0000nul",
        "\u00e9\u4e2d\uD83D\uDE00",
        "{\"Utf8\":\"typed\"}",
        "Null"})
    void aParameterIsDataAndComesBackExactly(String value) throws SQLException {
        long id = 100 + Math.abs(value.hashCode() % 1000);
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO fuzz.p (id, s) VALUES (?, ?)")) {
            ins.setLong(1, id);
            ins.setString(2, value);
            assertEquals(1, ins.executeUpdate());
        }
        try (PreparedStatement sel = c.prepareStatement("SELECT id, s FROM fuzz.p WHERE s = ?")) {
            sel.setString(1, value);
            try (ResultSet rs = sel.executeQuery()) {
                assertTrue(rs.next(), "the row is found by its own value");
                assertEquals(id, rs.getLong(1));
                assertEquals(value, rs.getString(2), "stored byte for byte");
                assertFalse(rs.next(), "exactly one row: the value matched as data, not as SQL");
            }
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM fuzz.p WHERE id = ?")) {
            del.setLong(1, id);
            assertEquals(1, del.executeUpdate());
        }
        assertVictimIntact();
    }

    @Test
    void aTautologyInAParameterMatchesNothing() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM fuzz.t WHERE s = ?")) {
            ps.setString(1, "' OR '1'='1");
            try (ResultSet rs = ps.executeQuery()) {
                assertFalse(rs.next(), "no row has that text");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE fuzz.t SET n = 0 WHERE s = ?")) {
            ps.setString(1, "x' OR 'a'='a");
            assertEquals(0, ps.executeUpdate());
        }
        assertVictimIntact();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"t; DROP TABLE fuzz.t; --\"",
        "\"t\"\"; DELETE FROM fuzz.t; --\"",
        "\"t' OR '1'='1\"",
        "\"t)\"",
        "\"x\"\" (id BIGINT PRIMARY KEY); DROP TABLE fuzz.t; --\""})
    void aQuotedIdentifierIsAName(String identifier) throws SQLException {
        for (String sql : List.of(
                "SELECT * FROM fuzz." + identifier,
                "INSERT INTO fuzz." + identifier + " (id) VALUES (1)",
                "DELETE FROM fuzz." + identifier,
                "CREATE TABLE fuzz." + identifier + " (id BIGINT PRIMARY KEY) USING kalamdb WITH (type='shared')",
                "DROP TABLE IF EXISTS fuzz." + identifier,
                "SELECT " + identifier + " FROM fuzz.t",
                "SELECT id AS " + identifier + " FROM fuzz.t")) {
            Outcome<Boolean> outcome = Outcome.of(() -> {
                try (Statement s = c.createStatement()) {
                    return s.execute(sql);
                }
            });
            if (outcome instanceof Outcome.Failed<Boolean> f) {
                assertTrue(f.exception().getSQLState() != null, () -> describe(f.exception()));
            }
            assertVictimIntact();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fuzz' OR '1'='1", "%' OR '1'='1", "t'; DROP TABLE fuzz.t; --", "t\\", "t\"", "'"})
    void aMetadataPatternIsAPatternNotSql(String pattern) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(null, pattern, "%", null)) {
            assertFalse(rs.next(), "no schema matches " + pattern);
        }
        try (ResultSet rs = md.getColumns(null, "fuzz", pattern, "%")) {
            assertFalse(rs.next(), "no table matches " + pattern);
        }
        try (ResultSet rs = md.getPrimaryKeys(null, "fuzz", pattern)) {
            assertFalse(rs.next(), "no table named " + pattern);
        }
        assertVictimIntact();
    }

    @Test
    void kalamExecSendsExactlyOneStatementDecodedOnce() throws SQLException {
        String literal = "SELECT kalam_exec('SELECT id FROM fuzz.t WHERE s = ''a''''; DROP TABLE fuzz.t; --''')";
        String decoded = "SELECT id FROM fuzz.t WHERE s = 'a''; DROP TABLE fuzz.t; --'";
        server.sql().clear();
        Outcome.of(() -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(literal)) {
                return rs.next();
            }
        });
        assertEquals(List.of(decoded), server.sql().texts(), "exactly one statement, the literal decoded once");
        assertVictimIntact();

        String text = "SELECT id FROM fuzz.t WHERE s = 'it''s'; DELETE FROM fuzz.t";
        server.sql().clear();
        Outcome.of(() -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kalam_exec(?)")) {
                ps.setString(1, text);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
        assertEquals(List.of(text), server.sql().texts(), "a parameter is sent verbatim, as one request");
        assertVictimIntact();
    }

    @Test
    void theServerReadsADoubledQuoteAsOneQuote() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT kalam_exec(?)")) {
            ps.setString(1, "SELECT id FROM fuzz.t WHERE s = 'it''s' LIMIT 5");
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("[{\"id\":5}]", rs.getString(1));
            }
        }
    }

    @Test
    void aTenantValueIsNeverSql() throws SQLException {
        try (Connection other = server.connect(); Statement s = other.createStatement()) {
            Outcome<Boolean> outcome = Outcome.of(() -> s.execute("SET kalam.user_id = 'x''; DROP TABLE fuzz.t; --'"));
            if (outcome instanceof Outcome.Returned<Boolean>) {
                try (ResultSet rs = s.executeQuery("SELECT kalam_user_id()")) {
                    assertTrue(rs.next());
                    assertEquals("x'; DROP TABLE fuzz.t; --", rs.getString(1), "the literal, unescaped once");
                }
            }
        }
        assertVictimIntact();
    }
}
