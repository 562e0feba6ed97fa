package org.kalamdb.jdbc.conformance.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.kalamdb.jdbc.KalamDriver;
import org.kalamdb.jdbc.conformance.faults.RelayedServer;

/**
 * Random and mutated JDBC URLs: {@code acceptsURL} and {@code getPropertyInfo} never throw;
 * {@code connect} returns null (not our URL), a working connection, or an SQLException with a
 * proper SQLState, within a bounded time; nothing is left behind.
 *
 * <p>Hosts and ports come from a fixed list (the test server, a closed port, invalid ports), so a
 * mutation never aims the driver at some other process of the machine. Mutations touch the
 * scheme, path and properties. {@code jdbc:kalam:mem:} URLs under other names are checked with
 * acceptsURL/getPropertyInfo only: each new name starts an in-process server that lives as long
 * as the JVM, by design.
 */
@Timeout(120)
class UrlFuzzTest {

    private static final long SEED = 0x0_0421_7ABL;
    private static final Duration TIME_BOX = Duration.ofSeconds(6);
    private static final String MEM = "jdbc:kalam:mem:url-fuzz";

    private static final List<String> PREFIXES = List.of("jdbc:kalam://", "jdbc:kalam:/", "jdbc:kalam:", "JDBC:KALAM://",
            "jdbc:kalam:///", "jdbc:postgresql://", "kalam://", "", "jdbc:kalam:mem:");
    private static final List<String> PATHS = List.of("", "/", "/fuzz", "/FUZZ", "/a/b", "/..", "/%2e%2e", "/\u0000",
            "/ns?", "//", "/default");
    private static final List<String> KEYS = List.of("currentSchema", "defaultTableType", "userId", "userIdLocked",
            "allowKalamExec", "tls", "authMode", "timeout", "connectTimeout", "maxInboundMessageSize", "caCert",
            "clientCert", "clientKey", "user", "password", "authHeader", "namespace", "unknownKey", "", "%zz",
            "search_path", "ssl");
    private static final List<String> VALUES = List.of("", "true", "false", "maybe", "-1", "99999999999", "abc",
            "fuzz", "a/b", "..", "%00", "%zz", "%2F", "none", "static_header", "account_login", "stream", "view",
            "/no/such/file.pem", "-----BEGIN CERTIFICATE-----", "Bearer x", "1500", "=", "&", "?");
    private static final String CHARS = "?&=%;,:/@#[]\\ \u0000\u00e9x0";

    @Test
    void everyUrlEndsInNullAConnectionOrAProperSqlException() throws Exception {
        System.out.println("URL fuzz seed " + SEED);
        Random random = new Random(SEED);
        Driver driver = KalamDriver.instance();
        try (MonitoredServer server = new MonitoredServer(); FuzzHarness harness = new FuzzHarness(SEED)) {
            List<String> authorities = List.of("127.0.0.1:" + server.port(), "localhost:" + server.port(),
                    "127.0.0.1:" + closedPort(), "127.0.0.1:" + server.port() + ",127.0.0.1:" + closedPort(),
                    "127.0.0.1:" + closedPort() + ",127.0.0.1:" + server.port(), "[::1]:" + closedPort(),
                    "127.0.0.1:0", "127.0.0.1:65536", "127.0.0.1:-1", "127.0.0.1:abc", "127.0.0.1:", ":" + server.port(),
                    "", "[::1", "user@127.0.0.1:" + server.port());
            long deadline = System.nanoTime() + TIME_BOX.toNanos();
            while (System.nanoTime() < deadline) {
                String url = url(random, authorities);
                String shown = SqlFuzzTest.printable(url);
                harness.check("acceptsURL/getPropertyInfo <" + shown + ">", () -> {
                    driver.acceptsURL(url);
                    DriverPropertyInfo[] info = driver.getPropertyInfo(url, new Properties());
                    assertNotNull(info, "getPropertyInfo returned null");
                });
                if (url.regionMatches(true, 0, "jdbc:kalam:mem:", 0, 15) && !url.equals(MEM)) {
                    continue;
                }
                harness.check("connect <" + shown + ">", () -> {
                    Connection c = driver.connect(url, timeouts());
                    if (c != null) {
                        try (c) {
                            c.isValid(5); // answers either way, never throws
                        }
                    }
                });
            }
            System.out.println("URL fuzz: " + harness.inputs() + " inputs, outcomes " + harness.outcomes());
            harness.assertNoWrongOutcome();
            assertTrue(harness.inputs() > 20, "the fuzzer ran");
            assertEquals(List.of(), server.monitor().violations());
            FuzzHarness.assertNoSessionLeft(server, 0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:kalam://;/", "jdbc:kalam://..?", "jdbc:kalam://%2", "jdbc:kalam://%2e%2/e"})
    void anInvalidHostIsAnSqlException(String url) {
        SQLException e = assertThrows(SQLException.class, () -> {
            Connection c = KalamDriver.instance().connect(url, timeouts());
            if (c != null) {
                c.close();
            }
        });
        assertNotNull(e.getSQLState());
    }

    private static Properties timeouts() {
        Properties p = new Properties();
        p.setProperty("user", RelayedServer.ADMIN_USER);
        p.setProperty("password", RelayedServer.ADMIN_PASSWORD);
        p.setProperty("connectTimeout", "1000");
        p.setProperty("timeout", "2000");
        return p;
    }

    private static String url(Random r, List<String> authorities) {
        if (r.nextInt(12) == 0) {
            return MEM;
        }
        StringBuilder query = new StringBuilder();
        int properties = r.nextInt(4);
        for (int i = 0; i < properties; i++) {
            query.append(i == 0 ? '?' : '&').append(pick(r, KEYS)).append('=').append(pick(r, VALUES));
        }
        String tail = pick(r, PATHS) + query;
        if (r.nextBoolean() && !tail.isEmpty()) {
            // Character mutations only after the authority: the target host and port stay as chosen.
            int at = r.nextInt(tail.length());
            tail = switch (r.nextInt(3)) {
                case 0 -> tail.substring(0, at) + tail.substring(at + 1);
                case 1 -> tail.substring(0, at) + CHARS.charAt(r.nextInt(CHARS.length())) + tail.substring(at);
                default -> tail.substring(0, at);
            };
        }
        String prefix = pick(r, PREFIXES);
        return prefix + (prefix.endsWith("mem:") ? "url-fuzz-" + r.nextInt(3) : pick(r, authorities)) + tail;
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
