package org.kalamdb.jdbc.conformance.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;

import org.kalamdb.jdbc.KalamDriver;
import org.kalamdb.jdbc.conformance.faults.RelayedServer;
import org.kalamdb.jdbc.conformance.security.TestCertificates.Authority;
import org.kalamdb.jdbc.conformance.security.TestCertificates.Identity;
import org.kalamdb.server.KalamServer;
import org.kalamdb.server.ServerConfig;

/**
 * Credentials (password, the Basic header derived from it, static auth headers, client keys) never
 * appear in any log record at any level, in any exception (message, causes, suppressed), or in the
 * {@code toString()} of any JDBC object — on success, on wrong credentials, on lost links and with
 * credentials in the URL. {@code getPropertyInfo} masks every secret property.
 */
@Timeout(60)
class CredentialLeakTest {

    private static final String WRONG_PASSWORD = "wr0ng-Passw0rd-9q";
    private static final String STATIC_TOKEN = "st4tic-T0ken-for-leak-tests";
    private static final String WRONG_TOKEN = "n0t-the-T0ken-zz";

    /** What one scenario left behind: its exceptions and objects, and the log records. */
    private record Traces(SecretScanner objects, List<LogCapture.Entry> clientLogs, List<LogCapture.Entry> allLogs) {

        void assertObjectsClean() {
            objects.assertClean();
        }

        void assertClientLogsClean(SecretScanner secrets) {
            assertFalse(allLogs.isEmpty(), "logging at ALL recorded nothing: the capture is broken");
            for (LogCapture.Entry e : clientLogs) {
                secrets.scan("log record of " + e.logger(), e.text());
            }
            secrets.assertClean();
        }
    }

    @FunctionalInterface
    private interface Scenario {
        void run(SecretScanner objects) throws Exception;
    }

    private static Traces capture(SecretScanner objects, Scenario scenario) throws Exception {
        try (LogCapture logs = new LogCapture()) {
            scenario.run(objects);
            return new Traces(objects, logs.clientRecords(), logs.records());
        }
    }

    // ---- account login (Basic) -----------------------------------------------------------------

    private static SecretScanner accountSecrets() {
        return new SecretScanner()
                .account(RelayedServer.ADMIN_USER, RelayedServer.ADMIN_PASSWORD)
                .account(RelayedServer.ADMIN_USER, WRONG_PASSWORD);
    }

    @Test
    void accountLoginLeavesNoTraceInExceptionsOrObjects() throws Exception {
        capture(accountSecrets(), CredentialLeakTest::accountLogin).assertObjectsClean();
    }

    @Test
    void accountLoginLeavesNoTraceInLogs() throws Exception {
        capture(accountSecrets(), CredentialLeakTest::accountLogin).assertClientLogsClean(accountSecrets());
    }

    private static void accountLogin(SecretScanner scanner) throws Exception {
        try (RelayedServer server = RelayedServer.start()) {
            try (Connection c = server.connect()) {
                exerciseAndScan(c, scanner);
                // The link fails under a live connection: the connection-class error must not echo the header.
                server.relay().down();
                scanFailure(scanner, "statement on a lost link", () -> runQuery(c, "SELECT id FROM leak.t"));
                scanner.scan("Connection.toString after loss", c);
                server.relay().up();
            }
            Properties wrong = RelayedServer.baseProperties();
            wrong.setProperty("password", WRONG_PASSWORD);
            SQLException refused = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(server.directUrl(), wrong).close());
            assertEquals("28000", refused.getSQLState(), refused::getMessage);
            scanner.scanThrowable("wrong password", refused);

            String inUrl = server.directUrl() + "?user=" + RelayedServer.ADMIN_USER + "&password="
                    + RelayedServer.ADMIN_PASSWORD;
            try (Connection c = DriverManager.getConnection(inUrl, new Properties())) {
                exerciseAndScan(c, scanner);
            }
            String unreachable = "jdbc:kalam://127.0.0.1:" + closedPort() + "?user=" + RelayedServer.ADMIN_USER
                    + "&password=" + RelayedServer.ADMIN_PASSWORD + "&connectTimeout=1000";
            scanFailure(scanner, "URL with credentials, server down",
                    () -> DriverManager.getConnection(unreachable, new Properties()).close());
        }
    }

    // ---- static authorization header -----------------------------------------------------------

    private static SecretScanner tokenSecrets() {
        return new SecretScanner().secret(STATIC_TOKEN).secret(WRONG_TOKEN);
    }

    @Test
    void staticAuthHeaderLeavesNoTraceInExceptionsOrObjects() throws Exception {
        capture(tokenSecrets(), CredentialLeakTest::staticHeader).assertObjectsClean();
    }

    @Test
    void staticAuthHeaderLeavesNoTraceInLogs() throws Exception {
        capture(tokenSecrets(), CredentialLeakTest::staticHeader).assertClientLogsClean(tokenSecrets());
    }

    private static void staticHeader(SecretScanner scanner) throws Exception {
        KalamServer server = new KalamServer(ServerConfig.builder().host("127.0.0.1").port(0)
                .authToken("Bearer " + STATIC_TOKEN).build());
        server.start();
        String url = "jdbc:kalam://127.0.0.1:" + server.port();
        try (server) {
            Properties p = new Properties();
            p.setProperty("authHeader", "Bearer " + STATIC_TOKEN);
            p.setProperty("timeout", "4000");
            try (Connection c = DriverManager.getConnection(url, p)) {
                exerciseAndScan(c, scanner);
            }
            Properties wrong = new Properties();
            wrong.setProperty("authHeader", "Bearer " + WRONG_TOKEN);
            SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, wrong).close());
            assertEquals("28000", refused.getSQLState(), refused::getMessage);
            scanner.scanThrowable("wrong auth header", refused);
        }
    }

    // ---- mTLS client key -------------------------------------------------------------------------

    @Test
    void clientKeyLeavesNoTrace() throws Exception {
        Authority ca = TestCertificates.newAuthority("leak-ca");
        Authority stranger = TestCertificates.newAuthority("leak-stranger-ca");
        Identity client = ca.issueClient("kalamdb-pg-leak");
        SecretScanner objects = new SecretScanner();
        SecretScanner logSecrets = new SecretScanner();
        keyMaterial(client.privateKeyPem()).forEach(objects::secret);
        keyMaterial(client.privateKeyPem()).forEach(logSecrets::secret);
        Traces traces = capture(objects, scanner -> {
            try (TlsServer server = TlsServer.mutual(ca.issueServer(), ca.certificatePem())) {
                Properties p = new Properties();
                p.setProperty("caCert", ca.certificatePem());
                p.setProperty("clientCert", client.certificatePem());
                p.setProperty("clientKey", client.privateKeyPem());
                try (Connection c = DriverManager.getConnection(server.url(), p)) {
                    exerciseAndScan(c, scanner);
                }
                p.setProperty("caCert", stranger.certificatePem());
                scanFailure(scanner, "mTLS with the wrong CA", () -> DriverManager.getConnection(server.url(), p).close());
            }
        });
        traces.assertObjectsClean();
        traces.assertClientLogsClean(logSecrets);
    }

    @Test
    void getPropertyInfoMarksThePasswordAndMasksEverySecret() throws Exception {
        Driver driver = KalamDriver.instance();
        Properties info = new Properties();
        info.setProperty("user", "someone");
        info.setProperty("password", "pr0p-Secret-1");
        info.setProperty("authHeader", "Bearer pr0p-Secret-2");
        info.setProperty("clientKey", "pr0p-Secret-3");
        DriverPropertyInfo[] props = driver.getPropertyInfo(
                "jdbc:kalam://127.0.0.1:9188?password=pr0p-Secret-4", info);
        SecretScanner scanner = new SecretScanner().secret("pr0p-Secret-1").secret("pr0p-Secret-2")
                .secret("pr0p-Secret-3").secret("pr0p-Secret-4");
        DriverPropertyInfo password = null;
        for (DriverPropertyInfo p : props) {
            scanner.scan("DriverPropertyInfo " + p.name + " value", p.value);
            scanner.scan("DriverPropertyInfo " + p.name + " description", p.description);
            scanner.scan("DriverPropertyInfo " + p.name + " choices", Arrays.toString(p.choices));
            if (p.name.equals("password")) {
                password = p;
            }
        }
        assertNotNull(password, "a property named 'password' (what tools show as a masked field)");
        assertTrue(password.description != null
                        && password.description.toLowerCase(Locale.ROOT).contains("password"),
                "the password property says what it is: " + password.description);
        assertEquals("someone", valueOf(props, "user"), "non-secret values are reported");
        scanner.assertClean();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Uses the connection's objects, failing statements included, and scans all of them. */
    private static void exerciseAndScan(Connection c, SecretScanner scanner) throws SQLException {
        scanner.scan("Connection.toString", c);
        DatabaseMetaData md = c.getMetaData();
        scanner.scan("DatabaseMetaData.toString", md);
        scanner.scan("DatabaseMetaData.getUserName", md.getUserName());
        try (Statement s = c.createStatement()) {
            scanner.scan("Statement.toString", s);
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                scanner.scan("ResultSet.toString", rs);
                scanner.scan("ResultSetMetaData.toString", rs.getMetaData());
            } catch (SQLException e) {
                scanner.scanThrowable("SELECT 1", e);
            }
            scanFailure(scanner, "query of a missing table", () -> s.executeQuery("SELECT * FROM leak.no_such_table"));
            scanFailure(scanner, "syntax error", () -> s.execute("SELEC nothing FROM"));
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT ? AS v")) {
            ps.setString(1, "harmless");
            scanner.scan("PreparedStatement.toString", ps);
        } catch (SQLException e) {
            scanner.scanThrowable("prepare", e);
        }
        try (ResultSet tables = md.getTables(null, null, "%", null)) {
            scanner.scan("getTables ResultSet", tables);
        } catch (SQLException e) {
            scanner.scanThrowable("getTables", e);
        }
        for (SQLWarning w = c.getWarnings(); w != null; w = w.getNextWarning()) {
            scanner.scanThrowable("warning", w);
        }
        assertTrue(c.isValid(5), "isValid");
    }

    private static void runQuery(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    private static void scanFailure(SecretScanner scanner, String where, Executable action) {
        SQLException e = assertThrows(SQLException.class, action, where);
        assertNotNull(e.getSQLState(), where + ": SQLState");
        scanner.scanThrowable(where, e);
    }

    private static String valueOf(DriverPropertyInfo[] props, String name) {
        for (DriverPropertyInfo p : props) {
            if (p.name.equals(name)) {
                return p.value;
            }
        }
        return null;
    }

    /** The base64 lines of a PEM key, each a secret on its own. */
    private static List<String> keyMaterial(String pem) {
        return pem.lines().filter(l -> !l.startsWith("-----") && l.length() >= 16).toList();
    }

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
