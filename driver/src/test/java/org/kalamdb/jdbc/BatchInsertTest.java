package org.kalamdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.kalamdb.jdbc.config.ConnectionConfig;
import org.kalamdb.jdbc.session.ConnectionSession;
import org.kalamdb.jdbc.session.Tenant;
import org.kalamdb.jdbc.transport.PgSession;
import org.kalamdb.jdbc.transport.TransportConfig;

/**
 * A parameter batch of a one-row INSERT: each parameter set becomes one row, DEFAULTs, NOT NULL,
 * coercion and JSON are applied per row with the per-column work done once, and the rows go out
 * as few Inserts as the request limit allows. Checked against the in-process server (what is
 * stored) and against a scripted server (exactly what is sent).
 */
class BatchInsertTest {

    private final String url = "jdbc:kalam:mem:batch-" + UUID.randomUUID();

    private Connection connect(String userId) throws SQLException {
        Properties p = new Properties();
        p.setProperty("userId", userId);
        return DriverManager.getConnection(url, p);
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    @Test
    void everyParameterSetIsOneStoredRowWithItsDefaults() throws Exception {
        try (Connection c = connect("u1"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE app.items (id BIGINT PRIMARY KEY, name TEXT, score DOUBLE PRECISION, "
                    + "created TIMESTAMP, active BOOLEAN, amount DECIMAL(18, 4), status TEXT DEFAULT 'new', "
                    + "code BIGINT DEFAULT SNOWFLAKE_ID()) USING kalamdb WITH (type = 'shared')");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO app.items (id, name, score, created, active, amount) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, 1);
                ps.setString(2, "é \"quoted\" 😀");
                ps.setDouble(3, 1.5);
                ps.setTimestamp(4, Timestamp.valueOf("2024-01-02 03:04:05.123456"));
                ps.setBoolean(5, true);
                ps.setBigDecimal(6, new BigDecimal("12.34567"));
                ps.addBatch();
                ps.setString(1, "2");
                ps.setNull(2, java.sql.Types.VARCHAR);
                ps.setString(3, "-0.25");
                ps.setNull(4, java.sql.Types.TIMESTAMP);
                ps.setString(5, "off");
                ps.setInt(6, 7);
                ps.addBatch();
                assertArrayEquals(new int[] {1, 1}, ps.executeBatch());
            }
            assertEquals(List.of(
                    "1|é \"quoted\" 😀|1.5|2024-01-02 03:04:05.123456|true|12.3457|new",
                    "2|null|-0.25|null|false|7.0000|new"),
                    rows(c, "SELECT id, name, score, created, active, amount, status FROM app.items ORDER BY id"));
            List<String> codes = rows(c, "SELECT code FROM app.items ORDER BY id");
            assertNotEquals(codes.get(0), codes.get(1), "one SNOWFLAKE_ID() per row");
        }
    }

    @Test
    void aNotNullViolationFailsTheBatchBeforeAnythingIsSent() throws Exception {
        try (Connection c = connect("u1"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE app.named (id BIGINT PRIMARY KEY, name TEXT NOT NULL) USING kalamdb "
                    + "WITH (type = 'shared')");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO app.named (id, name) VALUES (?, ?)")) {
                ps.setLong(1, 1);
                ps.setString(2, "a");
                ps.addBatch();
                ps.setLong(1, 2);
                ps.setString(2, null);
                ps.addBatch();
                BatchUpdateException e = assertThrows(BatchUpdateException.class, ps::executeBatch);
                assertEquals("23502", e.getSQLState());
                assertEquals("null value in column \"name\" of relation \"named\" violates not-null constraint",
                        e.getMessage());
                assertEquals(0, e.getLargeUpdateCounts().length);
            }
            assertEquals(List.of(), rows(c, "SELECT id FROM app.named"));
        }
    }

    @Test
    void aBadValueIsReportedBeforeAStringThatCannotBeEncoded() throws Exception {
        try (Connection c = connect("u1"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE app.texts (id BIGINT PRIMARY KEY, name TEXT, score DOUBLE PRECISION) "
                    + "USING kalamdb WITH (type = 'shared')");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO app.texts (id, name, score) VALUES (?, ?, ?)")) {
                ps.setLong(1, 1);
                ps.setString(2, "a\uD800"); // a lone surrogate: no UTF-8 for it
                ps.setString(3, "many");
                ps.addBatch();
                BatchUpdateException bad = assertThrows(BatchUpdateException.class, ps::executeBatch);
                assertEquals("22P02", bad.getSQLState());
                assertTrue(bad.getMessage().endsWith("(column score)"), bad.getMessage());

                ps.setString(3, "2.5");
                ps.addBatch();
                BatchUpdateException unencodable = assertThrows(BatchUpdateException.class, ps::executeBatch);
                assertEquals("22021", unencodable.getSQLState());
                assertEquals("string contains an unpaired surrogate at index 1 (not valid UTF-8)",
                        unencodable.getMessage());
            }
            assertEquals(List.of(), rows(c, "SELECT id FROM app.texts"));
        }
    }

    @Test
    void generatedKeysAreTheRowsWritten() throws Exception {
        try (Connection c = connect("u1"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE app.keyed (id BIGINT PRIMARY KEY DEFAULT SNOWFLAKE_ID(), name TEXT) "
                    + "USING kalamdb WITH (type = 'shared')");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO app.keyed (name) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, "a");
                ps.addBatch();
                ps.setString(1, "b");
                ps.addBatch();
                assertArrayEquals(new int[] {1, 1}, ps.executeBatch());
                List<String> keys = new ArrayList<>();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                }
                assertEquals(rows(c, "SELECT id FROM app.keyed ORDER BY name"), keys);
            }
        }
    }

    @Test
    void eachTenantsRowsGoToItsOwnInsert() throws Exception {
        try (Connection c = connect("alice"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE app.notes (id BIGINT PRIMARY KEY, body TEXT) USING kalamdb WITH (type = 'user')");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO app.notes (id, body, _userid) VALUES (?, ?, ?)")) {
                String[][] rows = {{"1", "for bob", "bob"}, {"2", "mine", null}, {"3", "bob too", "bob"}};
                for (String[] row : rows) {
                    ps.setString(1, row[0]);
                    ps.setString(2, row[1]);
                    ps.setString(3, row[2]);
                    ps.addBatch();
                }
                assertArrayEquals(new int[] {1, 1, 1}, ps.executeBatch());
            }
            assertEquals(List.of("2|mine"), rows(c, "SELECT id, body FROM app.notes ORDER BY id"));
        }
        try (Connection bob = connect("bob")) {
            assertEquals(List.of("1|for bob", "3|bob too"), rows(bob, "SELECT id, body FROM app.notes ORDER BY id"));
        }
    }

    // ---- what goes on the wire --------------------------------------------------------------------

    private static List<String> inserts(ScriptedPgService server) {
        return server.calls().stream().filter(call -> call.startsWith("Insert")).toList();
    }

    private static KalamConnection scriptedConnection(ScriptedPgService server) throws Exception {
        ConnectionConfig config = ConnectionConfig.resolve("jdbc:kalam:mem:unused", new Properties());
        PgSession pg = PgSession.open(TransportConfig.builder().inProcess(server.name()).build());
        return new KalamConnection("jdbc:kalam:mem:unused", config,
                new ConnectionSession(pg, new Tenant("alice", false), "app"));
    }

    @Test
    void rowsAreSentAsTypedJsonInTableOrder() throws Exception {
        try (ScriptedPgService server = new ScriptedPgService("scripted-" + UUID.randomUUID())) {
            server.table("app.items", "shared", "id BIGINT pk", "name TEXT", "score DOUBLE", "active BOOLEAN");
            try (KalamConnection c = scriptedConnection(server);
                 PreparedStatement ps = c.prepareStatement("INSERT INTO items (active, id, name) VALUES (?, ?, ?)")) {
                ps.setBoolean(1, true);
                ps.setLong(2, 1);
                ps.setString(3, "a\tb");
                ps.addBatch();
                ps.setString(1, "no");
                ps.setInt(2, 2);
                ps.setString(3, "中");
                ps.addBatch();
                assertArrayEquals(new int[] {1, 1}, ps.executeBatch());
            }
            assertEquals(List.of("Insert app.items x2"), inserts(server));
            assertEquals(List.of(
                    "{\"id\":{\"Int64\":\"1\"},\"name\":{\"Utf8\":\"a\\tb\"},\"score\":{\"Float64\":null},"
                            + "\"active\":{\"Boolean\":true}}",
                    "{\"id\":{\"Int64\":\"2\"},\"name\":{\"Utf8\":\"中\"},\"score\":{\"Float64\":null},"
                            + "\"active\":{\"Boolean\":false}}"),
                    server.insertedRows());
        }
    }

    @Test
    void aBatchOverTheRequestLimitIsSplit() throws Exception {
        try (ScriptedPgService server = new ScriptedPgService("scripted-" + UUID.randomUUID())) {
            server.table("app.items", "shared", "id BIGINT pk", "name TEXT");
            char[] filler = new char[2000];
            Arrays.fill(filler, 'x');
            int rows = 3000; // about 6 MiB of row JSON
            try (KalamConnection c = scriptedConnection(server);
                 PreparedStatement ps = c.prepareStatement("INSERT INTO items (id, name) VALUES (?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, new String(filler) + i);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                assertEquals(rows, counts.length);
            }
            List<String> calls = inserts(server);
            assertEquals(2, calls.size(), calls.toString());
            int sent = 0;
            long firstRequestBytes = 0;
            List<String> received = server.insertedRows();
            int firstCount = Integer.parseInt(calls.get(0).substring(calls.get(0).lastIndexOf('x') + 1));
            for (int i = 0; i < received.size(); i++) {
                if (i < firstCount) {
                    firstRequestBytes += received.get(i).length() + 6;
                }
                assertTrue(received.get(i).startsWith("{\"id\":{\"Int64\":\"" + i + "\"}"));
                sent++;
            }
            assertEquals(rows, sent);
            assertTrue(firstRequestBytes <= 4 * 1024 * 1024 - 64 * 1024, "first request " + firstRequestBytes);
            assertFalse(firstRequestBytes + received.get(firstCount).length() + 6 <= 4 * 1024 * 1024 - 64 * 1024,
                    "the first request holds as many rows as fit");
        }
    }
}
