package org.kalamdb.jdbc.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.kalamdb.server.KalamServer;
import org.kalamdb.server.ServerConfig;

/**
 * The shaded jar loaded the way DBeaver loads a driver: in a class loader of its own whose parent
 * is the platform loader (so nothing of the test class path is visible), while the thread's context
 * class loader is hostile ({@link HostileContextClassLoader}). The driver is found through its
 * service file, runs SQL and metadata on the in-process server and on a server over the network
 * (Netty, gRPC name resolution and load balancing through the relocated service files), and never
 * asks the context class loader for anything of its own.
 */
class IsolatedClassLoaderTest {

    @ParameterizedTest
    @EnumSource(HostileContextClassLoader.Kind.class)
    void theShadedDriverWorksInItsOwnClassLoader(HostileContextClassLoader.Kind kind) throws Exception {
        URL jar = BuildPaths.shadedJar().toUri().toURL();
        HostileContextClassLoader hostile = new HostileContextClassLoader(kind);
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader("kalam-jdbc-all", new URL[] {jar},
                ClassLoader.getPlatformClassLoader());
             KalamServer server = new KalamServer(ServerConfig.builder().port(0).build()).start()) {
            thread.setContextClassLoader(hostile);
            try {
                Driver driver = isolatedDriver(isolated);
                assertNotSame(org.kalamdb.jdbc.KalamDriver.class, driver.getClass());
                assertEquals(org.kalamdb.jdbc.KalamDriver.class.getName(), driver.getClass().getName());
                assertRelocatedProvidersResolve(isolated);
                String ns = "iso_" + kind.name().toLowerCase(java.util.Locale.ROOT);
                exercise(driver, "jdbc:kalam:mem:isolated-" + kind, ns);
                exercise(driver, "jdbc:kalam://127.0.0.1:" + server.port(), ns);
            } finally {
                thread.setContextClassLoader(saved);
            }
        }
        assertEquals(Set.of(), hostile.requestedDriverNames());
    }

    private static Driver isolatedDriver(ClassLoader isolated) {
        List<Driver> drivers = new ArrayList<>();
        for (Driver d : ServiceLoader.load(Driver.class, isolated)) {
            if (d.getClass().getClassLoader() == isolated) {
                drivers.add(d);
            }
        }
        assertEquals(1, drivers.size(), drivers.toString());
        return drivers.get(0);
    }

    /** gRPC finds its providers by ServiceLoader: the relocated service files must name loadable classes. */
    private static void assertRelocatedProvidersResolve(ClassLoader isolated) throws ClassNotFoundException {
        for (String api : List.of("NameResolverProvider", "LoadBalancerProvider", "ManagedChannelProvider",
                "ServerProvider")) {
            Class<?> service = isolated.loadClass("org.kalamdb.jdbc.shaded.io.grpc." + api);
            int found = 0;
            for (Object provider : ServiceLoader.load(service, isolated)) {
                assertSame(isolated, provider.getClass().getClassLoader());
                found++;
            }
            assertTrue(found > 0, "no provider of " + api);
        }
    }

    private static void exercise(Driver driver, String url, String ns) throws SQLException {
        try (Connection c = driver.connect(url, new Properties())) {
            DatabaseMetaData md = c.getMetaData();
            assertEquals("KalamDB", md.getDatabaseProductName());
            assertEquals(BuildPaths.version(), md.getDriverVersion());
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + ns);
                s.execute("CREATE TABLE " + ns + ".notes (id BIGINT PRIMARY KEY, body TEXT, at TIMESTAMP) "
                        + "USING kalamdb WITH (type = 'shared')");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + ns + ".notes (id, body, at) VALUES (?, ?, ?)")) {
                for (int i = 1; i <= 3; i++) {
                    p.setLong(1, i);
                    p.setString(2, "note " + i);
                    p.setObject(3, java.time.LocalDateTime.of(2025, 5, i, 12, 0));
                    p.addBatch();
                }
                assertEquals(3, p.executeBatch().length);
            }
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, body, at FROM " + ns + ".notes WHERE id >= 2 ORDER BY id")) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + " " + rs.getString(2) + " "
                            + rs.getObject(3, java.time.LocalDateTime.class));
                }
            }
            assertEquals(List.of("2 note 2 2025-05-02T12:00", "3 note 3 2025-05-03T12:00"), rows);
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = md.getTables(null, ns, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME") + ":" + rs.getString("KALAM_TABLE_TYPE"));
                }
            }
            assertEquals(List.of("notes:SHARED"), tables);
            try (Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + ns + " CASCADE");
            }
        }
    }
}
