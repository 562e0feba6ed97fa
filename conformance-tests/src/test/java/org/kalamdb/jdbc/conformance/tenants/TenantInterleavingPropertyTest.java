package org.kalamdb.jdbc.conformance.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.describe;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.exec;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.execute;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.kalamdb.jdbc.conformance.faults.RelayedServer;

/**
 * Property: whatever order two tenants' operations interleave in, each tenant sees exactly its own
 * rows. Random operations (seeded, the seed printed) — inserts with the same keys in both tenants,
 * increments, deletes, point reads, full and filtered reads, small transactions committed or
 * rolled back — run on per-tenant locked connections and on one shared connection that switches tenant
 * with SET; a model is the oracle after every step. Time-boxed.
 */
@Timeout(90)
class TenantInterleavingPropertyTest {

    private static final long SEED = 0x6B616C616DL;
    private static final int MAX_STEPS = 600;
    private static final Duration TIME_BOX = Duration.ofSeconds(20);
    private static final String TABLE = "tenants.ledger";
    private static final List<String> TENANTS = List.of("alice", "bob");
    private static final int KEYS = 12;

    private RelayedServer server;
    private final Map<String, Connection> locked = new LinkedHashMap<>();
    private Connection switcher;
    private final TenantModel model = new TenantModel();

    @BeforeEach
    void start() throws SQLException {
        server = RelayedServer.start();
        try (Connection admin = server.connectDirect()) {
            execute(admin, "CREATE SCHEMA IF NOT EXISTS tenants");
            execute(admin, "CREATE TABLE " + TABLE + " (id BIGINT PRIMARY KEY, n BIGINT) USING kalamdb "
                    + "WITH (type='user')");
        }
        for (String t : TENANTS) {
            locked.put(t, server.connect(TenantIsolationTest.locked(t)));
        }
        switcher = server.connect();
    }

    @AfterEach
    void stop() throws SQLException {
        for (Connection c : locked.values()) {
            c.close();
        }
        switcher.close();
        server.close();
    }

    @Test
    void eachTenantSeesExactlyItsOwnRowsUnderRandomInterleaving() throws Exception {
        System.out.println("tenant interleaving seed " + SEED);
        Random random = new Random(SEED);
        long deadline = System.nanoTime() + TIME_BOX.toNanos();
        int step = 0;
        while (step < MAX_STEPS && System.nanoTime() < deadline) {
            String tenant = TENANTS.get(random.nextInt(TENANTS.size()));
            Connection c = connectionFor(tenant, random);
            String where = "step " + step + " (seed " + SEED + ", tenant " + tenant + ")";
            switch (random.nextInt(7)) {
                case 0, 1 -> insert(c, tenant, random.nextInt(KEYS), random.nextInt(100), where);
                case 2 -> increment(c, tenant, random.nextInt(KEYS), 1 + random.nextInt(9), where);
                case 3 -> delete(c, tenant, random.nextInt(KEYS), where);
                case 4 -> pointRead(c, tenant, random.nextInt(KEYS), where);
                case 5 -> transaction(c, tenant, random, where);
                default -> rangeRead(c, tenant, random.nextInt(100), where);
            }
            assertEquals(model.of(tenant), rows(c), where + ": rows");
            step++;
        }
        for (String t : TENANTS) {
            assertEquals(model.of(t), rows(locked.get(t)), "final rows of " + t);
        }
        System.out.println("tenant interleaving ran " + step + " steps");
    }

    /** The tenant's locked connection, or the shared one switched to the tenant. */
    private Connection connectionFor(String tenant, Random random) throws SQLException {
        if (random.nextBoolean()) {
            return locked.get(tenant);
        }
        execute(switcher, "SET kalam.user_id = '" + tenant + "'");
        return switcher;
    }

    private void insert(Connection c, String tenant, long id, long n, String where) throws SQLException {
        if (model.has(tenant, id)) {
            SQLException e = expectFailure(() -> exec(c, "INSERT INTO " + TABLE + " (id, n) VALUES (" + id + ", " + n
                    + ")"), where);
            assertEquals("23505", e.getSQLState(), () -> where + ": " + describe(e));
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (id, n) VALUES (?, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, n);
            assertEquals(1, ps.executeUpdate(), where);
        }
        model.insert(tenant, id, n);
    }

    private void increment(Connection c, String tenant, long id, long delta, String where) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET n = n + ? WHERE id = ?")) {
            ps.setLong(1, delta);
            ps.setLong(2, id);
            assertEquals(model.add(tenant, id, delta), ps.executeUpdate(), where + ": update count");
        }
    }

    private void delete(Connection c, String tenant, long id, String where) throws SQLException {
        assertEquals(model.delete(tenant, id), exec(c, "DELETE FROM " + TABLE + " WHERE id = " + id),
                where + ": delete count");
    }

    private void pointRead(Connection c, String tenant, long id, String where) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT n FROM " + TABLE + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                Long expected = model.of(tenant).get(id);
                if (expected == null) {
                    assertEquals(false, rs.next(), where + ": no row " + id);
                } else {
                    assertEquals(true, rs.next(), where + ": row " + id);
                    assertEquals(expected.longValue(), rs.getLong(1), where);
                }
            }
        }
    }

    /** Two writes in one transaction, committed or rolled back. */
    private void transaction(Connection c, String tenant, Random random, String where) throws SQLException {
        TreeMap<Long, Long> before = model.snapshot(tenant);
        boolean commit = random.nextBoolean();
        c.setAutoCommit(false);
        try {
            long fresh = freshKey(tenant, random);
            if (fresh >= 0) {
                exec(c, "INSERT INTO " + TABLE + " (id, n) VALUES (" + fresh + ", 1)");
                model.insert(tenant, fresh, 1);
            }
            long id = random.nextInt(KEYS);
            assertEquals(model.add(tenant, id, 5), exec(c, "UPDATE " + TABLE + " SET n = n + 5 WHERE id = " + id),
                    where + ": update in transaction");
            assertEquals(model.of(tenant), rows(c), where + ": read-your-writes");
            if (commit) {
                c.commit();
            } else {
                c.rollback();
                model.restore(tenant, before);
            }
        } finally {
            c.setAutoCommit(true);
        }
    }

    private long freshKey(String tenant, Random random) {
        for (int i = 0; i < KEYS; i++) {
            long id = random.nextInt(KEYS);
            if (!model.has(tenant, id)) {
                return id;
            }
        }
        return -1;
    }

    /** A filtered read with a non-equality predicate (not pushed down: filtered in the driver). */
    private void rangeRead(Connection c, String tenant, long min, String where) throws SQLException {
        TreeMap<Long, Long> expected = new TreeMap<>();
        model.of(tenant).forEach((id, n) -> {
            if (n >= min) {
                expected.put(id, n);
            }
        });
        TreeMap<Long, Long> seen = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, n FROM " + TABLE + " WHERE n >= ? ORDER BY id")) {
            ps.setLong(1, min);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seen.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        assertEquals(expected, seen, where + ": rows with n >= " + min);
    }

    private static TreeMap<Long, Long> rows(Connection c) throws SQLException {
        TreeMap<Long, Long> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, n FROM " + TABLE)) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return out;
    }

    @FunctionalInterface
    private interface Action {
        void run() throws SQLException;
    }

    private static SQLException expectFailure(Action action, String where) {
        try {
            action.run();
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError(where + ": expected a failure");
    }
}
