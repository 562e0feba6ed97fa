package org.kalamdb.jdbc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Issue item 1: the Driver and the Connection (design.md section 1). */
public abstract class DriverSuite extends ConformanceSupport {

    @Test
    void driverAcceptsOnlyKalamUrlsAndReturnsNullForForeignOnes() throws Exception {
        Driver driver = DriverManager.getDriver(target().url());
        assertEquals("org.kalamdb.jdbc.KalamDriver", driver.getClass().getName());
        assertTrue(driver.acceptsURL("jdbc:kalam://db.example:9188/app"));
        assertTrue(driver.acceptsURL("jdbc:kalam:mem:x"));
        assertFalse(driver.acceptsURL("jdbc:postgresql://localhost/app"));
        assertFalse(driver.acceptsURL(null));
        assertNull(driver.connect("jdbc:postgresql://localhost/app", new Properties()));
    }

    @Test
    void driverIsRegisteredThroughTheServiceFile() {
        List<String> names = new ArrayList<>();
        for (Driver d : ServiceLoader.load(Driver.class)) {
            names.add(d.getClass().getName());
        }
        assertTrue(names.contains("org.kalamdb.jdbc.KalamDriver"), names.toString());
    }

    @Test
    void propertyInfoListsTheRegistryWithoutConnectingOrThrowing() throws Exception {
        Driver driver = DriverManager.getDriver("jdbc:kalam:mem:x");
        // An unreachable host and a half-typed URL: answered from the registry alone.
        DriverPropertyInfo[] info = driver.getPropertyInfo("jdbc:kalam://127.0.0.1:1/app?userId=alice", null);
        DriverPropertyInfo[] partial = driver.getPropertyInfo("jdbc:kalam://", new Properties());
        assertEquals(info.length, partial.length);
        DriverPropertyInfo userId = find(info, "userId");
        assertEquals("alice", userId.value);
        DriverPropertyInfo schema = find(info, "currentSchema");
        assertEquals("app", schema.value);
        DriverPropertyInfo exec = find(info, "allowKalamExec");
        assertEquals("true", exec.value);
        assertEquals(List.of("true", "false"), Arrays.asList(exec.choices));
        DriverPropertyInfo type = find(partial, "defaultTableType");
        assertEquals("shared", type.value);
        assertEquals(List.of("shared", "user", "stream"), Arrays.asList(type.choices));
        Properties secret = new Properties();
        secret.setProperty("password", "s3cret");
        assertFalse("s3cret".equals(find(driver.getPropertyInfo("jdbc:kalam://h", secret), "password").value));
    }

    private static DriverPropertyInfo find(DriverPropertyInfo[] info, String name) {
        for (DriverPropertyInfo i : info) {
            if (i.name.equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no property " + name);
    }

    @Test
    void metadataNamesKalamDbAndTheDriverVersion() throws Exception {
        try (Connection c = connect()) {
            DatabaseMetaData md = c.getMetaData();
            assertEquals("KalamDB", md.getDatabaseProductName());
            assertEquals("KalamDB JDBC Driver", md.getDriverName());
            assertEquals("0.1.0-SNAPSHOT", md.getDriverVersion());
            assertEquals(0, md.getDriverMajorVersion());
            assertEquals(1, md.getDriverMinorVersion());
            assertEquals("\"", md.getIdentifierQuoteString());
            assertEquals(target().url(), md.getURL());
            assertTrue(md.storesLowerCaseIdentifiers());
            assertEquals(Connection.TRANSACTION_REPEATABLE_READ, md.getDefaultTransactionIsolation());
            assertTrue(md.supportsBatchUpdates());
            assertTrue(md.supportsGetGeneratedKeys());
            assertFalse(md.supportsSavepoints());
            assertEquals(c, md.getConnection());
        }
    }

    @Test
    void metadataListsTablesColumnsAndPrimaryKeys() throws Exception {
        try (Connection c = connect()) {
            createUser(c, "notes", "id BIGINT PRIMARY KEY, body TEXT NOT NULL, score NUMERIC(6,2)");
            DatabaseMetaData md = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (var rs = md.getTables(null, ns, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME") + ":"
                            + rs.getString("TABLE_TYPE"));
                }
            }
            assertEquals(List.of(ns + ".notes:TABLE"), tables);
            List<String> columns = new ArrayList<>();
            try (var rs = md.getColumns(null, ns, "notes", "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME") + " " + rs.getInt("DATA_TYPE") + " "
                            + rs.getString("IS_NULLABLE") + " " + rs.getInt("ORDINAL_POSITION"));
                }
            }
            assertEquals(List.of("id " + java.sql.Types.BIGINT + " NO 1", "body " + java.sql.Types.VARCHAR + " NO 2",
                    "score " + java.sql.Types.DECIMAL + " YES 3", "_seq " + java.sql.Types.BIGINT + " NO 4",
                    "_userid " + java.sql.Types.VARCHAR + " NO 5"), columns);
            try (var rs = md.getPrimaryKeys(null, ns, "notes")) {
                assertTrue(rs.next());
                assertEquals("id", rs.getString("COLUMN_NAME"));
                assertEquals(1, rs.getShort("KEY_SEQ"));
                assertFalse(rs.next());
            }
            try (var rs = md.getProcedures(null, null, "%")) {
                assertEquals(9, rs.getMetaData().getColumnCount());
                assertFalse(rs.next());
            }
            try (var rs = md.getTypeInfo()) {
                List<String> names = new ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString("TYPE_NAME"));
                }
                assertTrue(names.containsAll(List.of("BIGINT", "TEXT", "DECIMAL", "TIMESTAMP", "UUID", "JSON")), names.toString());
            }
        }
    }

    @Test
    void isValidPingsAndCloseMakesTheConnectionInvalid() throws Exception {
        Connection c = connect();
        assertTrue(c.isValid(5));
        assertFalse(c.isClosed());
        c.close();
        assertTrue(c.isClosed());
        assertFalse(c.isValid(5));
        c.close(); // idempotent
        assertSqlState("08003", () -> c.createStatement());
    }

    @Test
    void schemaIsTheCurrentNamespace() throws Exception {
        try (Connection c = connect()) {
            assertEquals("default", c.getSchema());
            c.setSchema(ns);
            assertEquals(ns, c.getSchema());
            createShared(c, "items", "id BIGINT PRIMARY KEY, name TEXT");
            exec(c, "INSERT INTO items (id, name) VALUES (1, 'one')");
            assertEquals(List.of(row("1", "one")), rows(c, "SELECT id, name FROM " + ns + ".items"));
        }
        try (Connection c = connect("currentSchema", ns)) {
            assertEquals(ns, c.getSchema());
            assertEquals(List.of(row("one")), rows(c, "SELECT name FROM items"));
        }
    }

    @Test
    void clientInfoKeepsTheStandardNamesAndWarnsAboutOthers() throws Exception {
        try (Connection c = connect()) {
            c.setClientInfo("ApplicationName", "conformance");
            assertEquals("conformance", c.getClientInfo("ApplicationName"));
            assertEquals("conformance", c.getClientInfo().getProperty("ApplicationName"));
            c.clearWarnings();
            c.setClientInfo("Colour", "blue");
            assertNull(c.getClientInfo("Colour"));
            SQLWarning w = c.getWarnings();
            assertNotNull(w);
            assertTrue(w.getMessage().contains("Colour"), w.getMessage());
        }
    }

    @Test
    void readOnlyConnectionsRefuseWrites() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "items", "id BIGINT PRIMARY KEY, name TEXT");
            c.setReadOnly(true);
            assertTrue(c.isReadOnly());
            assertSqlState("25006", () -> exec(c, "INSERT INTO " + ns + ".items (id, name) VALUES (1, 'x')"));
            assertEquals(List.of(), rows(c, "SELECT id FROM " + ns + ".items"));
            c.setReadOnly(false);
            exec(c, "INSERT INTO " + ns + ".items (id, name) VALUES (1, 'x')");
        }
        try (Connection other = connect()) {
            assertEquals(List.of(row("1", "x")), rows(other, "SELECT id, name FROM " + ns + ".items"));
        }
    }

    @Test
    void networkTimeoutIsKept() throws Exception {
        try (Connection c = connect()) {
            ExecutorService executor = Executors.newSingleThreadExecutor();
            try {
                c.setNetworkTimeout(executor, 15_000);
                assertEquals(15_000, c.getNetworkTimeout());
                assertEquals("1", scalar(c, "SELECT 1"));
                assertSqlState("22023", () -> c.setNetworkTimeout(executor, -1));
            } finally {
                executor.shutdownNow();
            }
        }
    }

    @Test
    void abortClosesAtOnceAndTheSessionOnTheExecutor() throws Exception {
        Connection c = connect();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            c.abort(executor);
            assertTrue(c.isClosed());
            assertSqlState("08003", () -> c.createStatement());
        } finally {
            executor.shutdown();
            assertTrue(executor.awaitTermination(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void closeRollsBackTheOpenTransaction() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "items", "id BIGINT PRIMARY KEY, name TEXT");
        }
        Connection c = connect();
        c.setAutoCommit(false);
        exec(c, "INSERT INTO " + ns + ".items (id, name) VALUES (1, 'never')");
        c.close();
        try (Connection other = connect()) {
            assertEquals(List.of(), rows(other, "SELECT id FROM " + ns + ".items"));
        }
    }

    @Test
    void unknownConnectionPropertiesBecomeWarnings() throws Exception {
        try (Connection c = connect("notAKalamProperty", "1")) {
            SQLWarning w = c.getWarnings();
            assertNotNull(w);
            assertTrue(w.getMessage().contains("notAKalamProperty"), w.getMessage());
        }
    }

    @Test
    void invalidPropertyValuesAreRefusedClearly() {
        var e = assertSqlState("22023", () -> connect("allowKalamExec", "maybe"));
        assertTrue(e.getMessage().contains("allowKalamExec"), e.getMessage());
    }

    @Test
    void unreachableServerIsAConnectionError() {
        var e = assertSqlState("08001", () -> DriverManager.getConnection("jdbc:kalam://127.0.0.1:1/app"));
        assertInstanceOf(SQLNonTransientConnectionException.class, e);
        assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
    }

    @Test
    void oneConnectionCanBeSharedByThreads() throws Exception {
        try (Connection c = connect()) {
            createShared(c, "counter", "id BIGINT PRIMARY KEY, who TEXT");
            int threads = 4;
            int perThread = 25;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int base = t * 1000;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        exec(c, "INSERT INTO " + ns + ".counter (id, who) VALUES (" + (base + i) + ", 't" + base + "')");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<Void> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            try (Connection other = connect()) {
                assertEquals(String.valueOf(threads * perThread),
                        String.valueOf(rows(other, "SELECT id FROM " + ns + ".counter").size()));
            }
        }
    }
}
