package org.kalamdb.jdbc.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Issue item 4: reads through Scan (design.md D3): the fast path, pushdown, local filter/sort/limit. */
public abstract class ReadSuite extends ConformanceSupport {

    /** items: (1,'apple',5,NULL) (2,'banana',NULL,'b') (3,'cherry',7,'c') (4,'apricot',5,'a'). */
    private void items(Connection c) throws SQLException {
        createShared(c, "items", "id BIGINT PRIMARY KEY, name TEXT, qty INT, tag TEXT");
        exec(c, "INSERT INTO " + ns + ".items (id, name, qty, tag) VALUES (1, 'apple', 5, NULL), "
                + "(2, 'banana', NULL, 'b'), (3, 'cherry', 7, 'c'), (4, 'apricot', 5, 'a')");
    }

    @Test
    void projectionAndOrderBy() throws Exception {
        try (Connection c = connect()) {
            items(c);
            assertEquals(List.of(row("cherry", "3"), row("banana", "2"), row("apricot", "4"), row("apple", "1")),
                    rows(c, "SELECT name, id FROM " + ns + ".items ORDER BY name DESC"));
            assertEquals(List.of(row("2", null), row("1", "5"), row("4", "5"), row("3", "7")),
                    rows(c, "SELECT id, qty FROM " + ns + ".items ORDER BY qty NULLS FIRST, id"));
            assertEquals(List.of(row("3", "7"), row("1", "5"), row("4", "5"), row("2", null)),
                    rows(c, "SELECT id AS k, qty FROM " + ns + ".items ORDER BY qty DESC NULLS LAST, k"));
        }
    }

    @Test
    void equalityFiltersWithLiteralsAndParameters() throws Exception {
        try (Connection c = connect()) {
            items(c);
            assertEquals(List.of(row("banana")), rows(c, "SELECT name FROM " + ns + ".items WHERE id = 2"));
            assertEquals(List.of(row("3")), rows(c, "SELECT id FROM " + ns + ".items WHERE 'cherry' = name"));
            assertEquals(List.of(row("1"), row("4")), rows(c,
                    "SELECT id FROM " + ns + ".items WHERE qty = 5 AND id = id ORDER BY id"));
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM " + ns + ".items WHERE id = ? AND qty = ?")) {
                ps.setLong(1, 4);
                ps.setInt(2, 5);
                assertEquals(List.of(row("apricot")), rows(ps.executeQuery()));
                ps.setLong(1, 4);
                ps.setInt(2, 7);
                assertEquals(List.of(), rows(ps.executeQuery()));
                ps.setLong(1, 4);
                ps.setNull(2, Types.INTEGER);
                assertEquals(List.of(), rows(ps.executeQuery()), "= NULL matches nothing");
            }
        }
    }

    @Test
    void otherPredicatesAreEvaluatedLocallyWithSqlSemantics() throws Exception {
        try (Connection c = connect()) {
            items(c);
            String t = ns + ".items";
            assertEquals(List.of(row("3"), row("4")), rows(c, "SELECT id FROM " + t + " WHERE id > 2 ORDER BY id"));
            assertEquals(List.of(row("1"), row("4")), rows(c,
                    "SELECT id FROM " + t + " WHERE name LIKE 'ap%' ORDER BY id"));
            assertEquals(List.of(row("2"), row("3")), rows(c,
                    "SELECT id FROM " + t + " WHERE qty IS NULL OR qty > 6 ORDER BY id"));
            assertEquals(List.of(row("1"), row("3")), rows(c,
                    "SELECT id FROM " + t + " WHERE id IN (1, 3, 9) ORDER BY id"));
            assertEquals(List.of(row("2"), row("3")), rows(c,
                    "SELECT id FROM " + t + " WHERE id BETWEEN 2 AND 3 ORDER BY id"));
            assertEquals(List.of(row("3")), rows(c,
                    "SELECT id FROM " + t + " WHERE NOT (qty < 7) ORDER BY id"), "NULL qty is neither < 7 nor not");
            assertEquals(List.of(row("1")), rows(c,
                    "SELECT id FROM " + t + " WHERE tag IS NULL AND name <> 'banana'"));
        }
    }

    @Test
    void limitOffsetAndMaxRowsAreAppliedOnTheClient() throws Exception {
        try (Connection c = connect()) {
            items(c);
            String t = ns + ".items";
            assertEquals(List.of(row("2"), row("3")), rows(c, "SELECT id FROM " + t + " ORDER BY id LIMIT 2 OFFSET 1"));
            assertEquals(List.of(row("1"), row("2")), rows(c,
                    "SELECT id FROM " + t + " ORDER BY id FETCH FIRST 2 ROWS ONLY"));
            assertEquals(List.of(row("4")), rows(c, "SELECT id FROM " + t + " WHERE qty = 5 ORDER BY id OFFSET 1"));
            assertEquals(1, rows(c, "SELECT id FROM " + t + " WHERE qty = 5 LIMIT 1").size());
            try (Statement s = c.createStatement()) {
                s.setMaxRows(3);
                s.setFetchSize(1);
                assertEquals(List.of(row("1"), row("2"), row("3")), rows(s.executeQuery(
                        "SELECT id FROM " + t + " ORDER BY id")));
                assertEquals(List.of(row("1")), rows(s.executeQuery("SELECT id FROM " + t + " ORDER BY id LIMIT 1")));
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + t + " ORDER BY id LIMIT ?")) {
                ps.setInt(1, 3);
                assertEquals(3, rows(ps.executeQuery()).size());
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + t + " LIMIT ?")) {
                ps.setInt(1, -1);
                assertSqlState("2201W", ps::executeQuery);
            }
        }
    }

    @Test
    void seqHasRealValuesAndDeletedIsHidden() throws Exception {
        long before = System.currentTimeMillis();
        try (Connection c = connect()) {
            createShared(c, "log", "id BIGINT PRIMARY KEY, msg TEXT");
            exec(c, "INSERT INTO " + ns + ".log (id, msg) VALUES (1, 'first')");
            exec(c, "INSERT INTO " + ns + ".log (id, msg) VALUES (2, 'second')");
            try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + ns + ".log ORDER BY id")) {
                ResultSetMetaData md = rs.getMetaData();
                assertEquals(3, md.getColumnCount());
                assertEquals("id", md.getColumnName(1));
                assertEquals("msg", md.getColumnName(2));
                assertEquals("_seq", md.getColumnName(3));
                assertEquals(Types.BIGINT, md.getColumnType(3));
                assertTrue(rs.next());
                long seq1 = rs.getLong("_seq");
                assertTrue(rs.next());
                long seq2 = rs.getLong("_seq");
                assertFalse(rs.next());
                assertTrue(seq2 > seq1 && seq1 > 0, seq1 + " " + seq2);
                long millis = (seq1 >> 22) + 1_704_067_200_000L;
                assertTrue(millis >= before - 60_000 && millis <= System.currentTimeMillis() + 60_000);
            }
            assertSqlState("42703", () -> rows(c, "SELECT _deleted FROM " + ns + ".log"));
            assertEquals(List.of(row("second")), rows(c, "SELECT msg FROM " + ns + ".log WHERE _seq > "
                    + scalar(c, "SELECT _seq FROM " + ns + ".log WHERE id = 1")));
        }
    }

    @Test
    void userTablesShowTheTenantAsUserid() throws Exception {
        try (Connection c = connect("userId", "u-42")) {
            createUser(c, "notes", "id BIGINT PRIMARY KEY, body TEXT");
            exec(c, "INSERT INTO " + ns + ".notes (id, body) VALUES (1, 'hello')");
            try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + ns + ".notes")) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    names.add(md.getColumnName(i));
                }
                assertEquals(List.of("id", "body", "_seq", "_userid"), names);
                assertTrue(rs.next());
                assertEquals("u-42", rs.getString("_userid"));
                assertEquals("hello", rs.getString("body"));
            }
            assertEquals(List.of(row("1")), rows(c, "SELECT id FROM " + ns + ".notes WHERE _userid = 'u-42'"));
            assertEquals(List.of(), rows(c, "SELECT id FROM " + ns + ".notes WHERE _userid = 'other'"));
        }
    }

    @Test
    void emptyResultsStillDescribeTheirColumns() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "empty", "id BIGINT PRIMARY KEY, price NUMERIC(8,3)");
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id, price FROM " + ns + ".empty")) {
                ResultSetMetaData md = rs.getMetaData();
                assertEquals(Types.BIGINT, md.getColumnType(1));
                assertEquals(Types.DECIMAL, md.getColumnType(2));
                assertEquals(8, md.getPrecision(2));
                assertEquals(3, md.getScale(2));
                assertEquals(ResultSetMetaData.columnNoNulls, md.isNullable(1));
                assertFalse(rs.next());
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT price FROM " + ns + ".empty WHERE id = ?")) {
                assertEquals("price", ps.getMetaData().getColumnName(1));
            }
        }
    }

    @Test
    void queriesTheFastPathCannotServeFailWith0A000() throws Exception {
        try (Connection c = connect()) {
            items(c);
            for (String sql : List.of("SELECT count(*) FROM " + ns + ".items",
                    "SELECT a.id FROM " + ns + ".items a JOIN " + ns + ".items b ON a.id = b.id",
                    "SELECT qty, count(*) FROM " + ns + ".items GROUP BY qty",
                    "SELECT DISTINCT qty FROM " + ns + ".items",
                    "SELECT id FROM " + ns + ".items UNION SELECT id FROM " + ns + ".items")) {
                assertSqlState("0A000", () -> rows(c, sql));
            }
        }
    }

    @Test
    void everyKalamTypeRoundTrips() throws Exception {
        UUID uuid = UUID.fromString("0190f3a2-7b1c-7d2e-8f3a-0123456789ab");
        try (Connection c = connect()) {
            createShared(c, "typed", "id BIGINT PRIMARY KEY, b BOOLEAN, s SMALLINT, i INT, r REAL, "
                    + "d DOUBLE PRECISION, n NUMERIC(10,2), t TEXT, bin BYTEA, j JSONB, dt DATE, tm TIME, "
                    + "ts TIMESTAMP, tz TIMESTAMPTZ, u UUID");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + ns + ".typed (id, b, s, i, r, d, n, t, "
                    + "bin, j, dt, tm, ts, tz, u) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, 1);
                ps.setBoolean(2, true);
                ps.setShort(3, (short) -12);
                ps.setInt(4, 123456);
                ps.setFloat(5, 1.5f);
                ps.setDouble(6, 2.25);
                ps.setBigDecimal(7, new BigDecimal("12345.67"));
                ps.setString(8, "héllo ✓");
                ps.setBytes(9, new byte[] {0, 1, (byte) 0xFF});
                ps.setString(10, "{\"kind\":\"x\",\"n\":1}");
                ps.setObject(11, LocalDate.of(2024, 2, 29));
                ps.setObject(12, LocalTime.of(13, 45, 30, 123_456_000));
                ps.setObject(13, LocalDateTime.of(2024, 1, 15, 10, 30, 0, 654_321_000));
                ps.setObject(14, OffsetDateTime.of(2024, 1, 15, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
                ps.setObject(15, uuid);
                assertEquals(1, ps.executeUpdate());
                ps.setLong(1, 2);
                for (int i = 2; i <= 15; i++) {
                    ps.setNull(i, Types.NULL);
                }
                assertEquals(1, ps.executeUpdate());
            }
        }
        try (Connection other = connect();
             ResultSet rs = other.createStatement().executeQuery("SELECT * FROM " + ns + ".typed ORDER BY id")) {
            assertTrue(rs.next());
            assertTrue(rs.getBoolean("b"));
            assertEquals(-12, rs.getShort("s"));
            assertEquals(123456, rs.getInt("i"));
            assertEquals(1.5f, rs.getFloat("r"));
            assertEquals(2.25, rs.getDouble("d"));
            assertEquals(new BigDecimal("12345.67"), rs.getBigDecimal("n"));
            assertEquals("héllo ✓", rs.getString("t"));
            assertArrayEquals(new byte[] {0, 1, (byte) 0xFF}, rs.getBytes("bin"));
            assertEquals("{\"kind\":\"x\",\"n\":1}", rs.getString("j"));
            assertEquals(LocalDate.of(2024, 2, 29), rs.getObject("dt", LocalDate.class));
            assertEquals(LocalTime.of(13, 45, 30, 123_456_000), rs.getObject("tm", LocalTime.class));
            assertEquals(LocalDateTime.of(2024, 1, 15, 10, 30, 0, 654_321_000), rs.getObject("ts", LocalDateTime.class));
            assertEquals(OffsetDateTime.of(2024, 1, 15, 10, 0, 0, 0, ZoneOffset.UTC).toInstant(),
                    rs.getObject("tz", OffsetDateTime.class).toInstant());
            assertEquals(uuid, rs.getObject("u", UUID.class));
            assertEquals(uuid.toString(), rs.getString("u"));
            assertTrue(rs.next());
            assertEquals(2, rs.getLong("id"));
            for (String col : List.of("b", "s", "i", "r", "d", "n", "t", "bin", "j", "dt", "tm", "ts", "tz", "u")) {
                assertNull(rs.getObject(col), col);
                assertTrue(rs.wasNull(), col);
            }
            assertFalse(rs.next());
        }
    }

    @Test
    void embeddingsAndFilesRoundTrip() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "vecs", "id BIGINT PRIMARY KEY, v EMBEDDING(3), attachment FILE");
            String fileRef = "{\"id\":\"f1\",\"sub\":\"s\",\"name\":\"a.txt\",\"size\":3,\"mime\":\"text/plain\","
                    + "\"sha256\":\"abc\"}";
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + ns + ".vecs (id, v, attachment) VALUES (?, ?, ?)")) {
                ps.setLong(1, 1);
                ps.setObject(2, new float[] {0.5f, -1.25f, 2f});
                ps.setString(3, fileRef);
                ps.executeUpdate();
            }
            exec(c, "INSERT INTO " + ns + ".vecs (id, v) VALUES (2, '[1.0, 2.0, 3.0]')");
        }
        try (Connection other = connect();
             ResultSet rs = other.createStatement().executeQuery("SELECT id, v, attachment FROM " + ns + ".vecs ORDER BY id")) {
            assertTrue(rs.next());
            assertArrayEquals(new float[] {0.5f, -1.25f, 2f}, rs.getObject("v", float[].class));
            assertEquals("{\"id\":\"f1\",\"sub\":\"s\",\"name\":\"a.txt\",\"size\":3,\"mime\":\"text/plain\","
                    + "\"sha256\":\"abc\"}", rs.getString("attachment"));
            assertTrue(rs.next());
            assertArrayEquals(new float[] {1f, 2f, 3f}, (float[]) rs.getObject("v"));
            assertNull(rs.getString("attachment"));
        }
    }

    @Test
    void systemTablesAreReadable() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "items", "id BIGINT PRIMARY KEY");
            assertEquals(List.of(row(ns)), rows(c, "SELECT namespace_id FROM system.namespaces WHERE namespace_id = '"
                    + ns + "'"));
            assertEquals(List.of(row(ns, "items")), rows(c, "SELECT namespace_id, table_name FROM system.tables "
                    + "WHERE namespace_id = '" + ns + "'"));
        }
    }
}
