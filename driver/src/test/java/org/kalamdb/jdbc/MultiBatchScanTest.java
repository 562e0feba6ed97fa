package org.kalamdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scans whose reply has several IPC streams (the server sends 65,536 rows a batch): the batches are
 * read in place, not merged, so OFFSET, LIMIT, setMaxRows, local filters and sorts must work across
 * batch boundaries exactly as over one batch. Also: a prepared SELECT follows ALTER TABLE.
 */
class MultiBatchScanTest {

    private static final int ROWS = 140_000;    // three batches: 65,536 + 65,536 + 8,928
    private static final String URL = "jdbc:kalam:mem:multibatch-" + UUID.randomUUID();
    private static final LocalDateTime BASE = LocalDateTime.of(2024, 3, 31, 0, 0);

    private static Connection conn;
    /** The ids in the order a plain scan returns them. */
    private static long[] scanOrder;

    @BeforeAll
    static void load() throws SQLException {
        conn = DriverManager.getConnection(URL);
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE big.rows (id BIGINT PRIMARY KEY, name TEXT, at TIMESTAMP) USING kalamdb "
                    + "WITH (type = 'shared')");
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO big.rows (id, name, at) VALUES (?, ?, ?)")) {
            for (int i = 0; i < ROWS; i++) {
                ps.setLong(1, i);
                ps.setString(2, i % 7 == 0 ? null : "n" + i);
                ps.setTimestamp(3, Timestamp.valueOf(BASE.plusSeconds(i * 61L)));
                ps.addBatch();
                if (i % 10_000 == 9_999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        List<Long> ids = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM big.rows")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        scanOrder = ids.stream().mapToLong(Long::longValue).toArray();
    }

    @AfterAll
    static void close() throws SQLException {
        conn.close();
    }

    private static List<Long> ids(String sql, int maxRows) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement s = conn.createStatement()) {
            s.setMaxRows(maxRows);
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getLong("id"));
                }
            }
        }
        return out;
    }

    private static List<Long> scanned(int from, int to) {
        List<Long> out = new ArrayList<>();
        for (int i = from; i < Math.min(to, scanOrder.length); i++) {
            out.add(scanOrder[i]);
        }
        return out;
    }

    @Test
    void everyRowOnceWithItsValues() throws SQLException {
        assertEquals(ROWS, scanOrder.length);
        boolean[] seen = new boolean[ROWS];
        int rows = 0;
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT name AS label, at, id FROM big.rows")) {
            assertEquals("label", rs.getMetaData().getColumnLabel(1));
            assertTrue(rs.isBeforeFirst());
            while (rs.next()) {
                int id = (int) rs.getLong(3);
                assertFalse(seen[id]);
                seen[id] = true;
                String label = rs.getString("label");
                assertEquals(id % 7 == 0, rs.wasNull());
                assertEquals(id % 7 == 0 ? null : "n" + id, label);
                assertEquals(Timestamp.valueOf(BASE.plusSeconds(id * 61L)), rs.getTimestamp(2));
                assertEquals(rows + 1, rs.getRow());
                rows++;
            }
            assertTrue(rs.isAfterLast());
        }
        assertEquals(ROWS, rows);
    }

    @Test
    void offsetAndLimitAcrossBatchBoundaries() throws SQLException {
        assertEquals(scanned(65_530, 65_545), ids("SELECT id FROM big.rows LIMIT 15 OFFSET 65530", 0));
        assertEquals(scanned(131_070, 131_075), ids("SELECT id FROM big.rows LIMIT 5 OFFSET 131070", 0));
        assertEquals(scanned(139_998, 140_000), ids("SELECT id FROM big.rows LIMIT 10 OFFSET 139998", 0));
        assertEquals(List.of(), ids("SELECT id FROM big.rows OFFSET 200000", 0));
        assertEquals(scanned(70_000, ROWS), ids("SELECT id FROM big.rows OFFSET 70000", 0));
        assertEquals(scanned(0, 70_000), ids("SELECT id FROM big.rows", 70_000));
        assertEquals(scanned(65_536, 65_537), ids("SELECT id FROM big.rows LIMIT 1 OFFSET 65536", 0));
    }

    @Test
    void localFiltersAndSortsAcrossBatches() throws SQLException {
        assertEquals(List.of(139_999L, 139_998L, 139_997L),
                ids("SELECT id FROM big.rows ORDER BY id DESC LIMIT 3", 0));
        assertEquals(List.of(65_535L, 65_536L, 65_537L),
                ids("SELECT id FROM big.rows WHERE id > 65534 AND id < 65538 ORDER BY id", 0));
        assertEquals(List.of(0L, 7L, 14L),
                ids("SELECT id FROM big.rows WHERE name IS NULL ORDER BY id LIMIT 3", 0));
    }

    @Test
    void aPreparedSelectFollowsAlterTable() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE big.small (id BIGINT PRIMARY KEY, a TEXT) USING kalamdb WITH (type = 'shared')");
            s.execute("INSERT INTO big.small (id, a) VALUES (1, 'x')");
            try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM big.small WHERE id = ?")) {
                ps.setLong(1, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    assertEquals(3, rs.getMetaData().getColumnCount());    // id, a, _seq
                    assertTrue(rs.next());
                    assertEquals("x", rs.getString("a"));
                }
                s.execute("ALTER TABLE big.small ADD COLUMN b TEXT");
                s.execute("UPDATE big.small SET b = 'y' WHERE id = 1");
                try (ResultSet rs = ps.executeQuery()) {
                    assertEquals(4, rs.getMetaData().getColumnCount());
                    assertTrue(rs.next());
                    assertEquals("y", rs.getString("b"));
                }
            }
        }
    }
}
