package org.kalamdb.jdbc.conformance.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.assertSqlState;
import static org.kalamdb.jdbc.conformance.faults.Jdbc.describe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.kalamdb.jdbc.conformance.security.TestCertificates.Authority;
import org.kalamdb.jdbc.conformance.security.TestCertificates.Identity;

/**
 * TLS and mTLS end to end against the standalone server, with certificates made here: the happy
 * paths (inline PEM and files), and every way the handshake can go wrong, each a 08001 that says
 * what to check.
 */
@Timeout(60)
class TlsTest {

    private static Authority ca;
    private static Authority strangerCa;
    private static Identity serverIdentity;
    private static Identity client;
    private static Identity strangerClient;

    @BeforeAll
    static void certificates() {
        ca = TestCertificates.newAuthority("kalam-test-ca");
        strangerCa = TestCertificates.newAuthority("stranger-ca");
        serverIdentity = ca.issueServer();
        client = ca.issueClient("kalamdb-pg-jdbc-tests");
        strangerClient = strangerCa.issueClient("kalamdb-pg-jdbc-tests");
    }

    private static Properties account() {
        Properties p = new Properties();
        p.setProperty("user", TlsServer.USER);
        p.setProperty("password", TlsServer.PASSWORD);
        p.setProperty("connectTimeout", "3000");
        p.setProperty("timeout", "5000");
        return p;
    }

    private static Properties certificateOnly(Identity identity, String caPem) {
        Properties p = new Properties();
        p.setProperty("caCert", caPem);
        p.setProperty("clientCert", identity.certificatePem());
        p.setProperty("clientKey", identity.privateKeyPem());
        p.setProperty("connectTimeout", "3000");
        p.setProperty("timeout", "5000");
        return p;
    }

    /** The connection really talks to the server: a ping and a round trip through OpenSession. */
    private static void assertUsable(Connection c) throws SQLException {
        assertTrue(c.isValid(5), "isValid over TLS");
        assertEquals("KalamDB", c.getMetaData().getDatabaseProductName());
    }

    private static String lower(SQLException e) {
        return String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    }

    @Test
    void tlsWithInlineCaAndAccountLogin() throws Exception {
        try (TlsServer server = TlsServer.tls(serverIdentity)) {
            Properties p = account();
            p.setProperty("caCert", ca.certificatePem());
            try (Connection c = DriverManager.getConnection(server.url(), p)) {
                assertUsable(c);
            }
        }
    }

    @Test
    void tlsWithCaFromAFileAndTheTlsFlag(@TempDir Path dir) throws Exception {
        Path caFile = write(dir.resolve("ca.pem"), ca.certificatePem());
        try (TlsServer server = TlsServer.tls(serverIdentity)) {
            Properties p = account();
            p.setProperty("tls", "true");
            p.setProperty("caCert", caFile.toString());
            try (Connection c = DriverManager.getConnection(server.url(), p)) {
                assertUsable(c);
            }
        }
    }

    @Test
    void tlsByHostNameMatchesTheCertificateName() throws Exception {
        try (TlsServer server = TlsServer.tls(serverIdentity)) {
            Properties p = account();
            p.setProperty("caCert", ca.certificatePem());
            try (Connection c = DriverManager.getConnection("jdbc:kalam://localhost:" + server.port(), p)) {
                assertUsable(c);
            }
        }
    }

    @Test
    void aServerCertificateFromAnotherCaIsRefusedWith08001() {
        try (TlsServer server = TlsServer.tls(serverIdentity)) {
            Properties p = account();
            p.setProperty("caCert", strangerCa.certificatePem());
            SQLException e = assertSqlState("08001", () -> DriverManager.getConnection(server.url(), p).close());
            assertTrue(lower(e).contains("tls") && e.getMessage().contains("caCert"),
                    () -> "the message should name TLS and caCert: " + describe(e));
        }
    }

    @Test
    void plaintextToATlsListenerIsA08001() {
        try (TlsServer server = TlsServer.tls(serverIdentity)) {
            SQLException e = assertSqlState("08001", () -> DriverManager.getConnection(server.url(), account()).close());
            assertFalse(e.getMessage().isBlank(), "a message");
        }
    }

    @Test
    void tlsFlagWithoutCaCertIsRefusedBeforeConnecting() {
        try (TlsServer server = TlsServer.tls(serverIdentity)) {
            Properties p = account();
            p.setProperty("tls", "true");
            SQLException e = assertSqlState("22023", () -> DriverManager.getConnection(server.url(), p).close());
            assertTrue(e.getMessage().contains("caCert"), () -> describe(e));
        }
    }

    @Test
    void mutualTlsAuthenticatesByCertificateAlone() throws Exception {
        try (TlsServer server = TlsServer.mutual(serverIdentity, ca.certificatePem());
             Connection c = DriverManager.getConnection(server.url(), certificateOnly(client, ca.certificatePem()))) {
            assertUsable(c);
        }
    }

    @Test
    void mutualTlsWithPemFiles(@TempDir Path dir) throws Exception {
        Properties p = new Properties();
        p.setProperty("caCert", write(dir.resolve("ca.pem"), ca.certificatePem()).toString());
        p.setProperty("clientCert", write(dir.resolve("client.pem"), client.certificatePem()).toString());
        p.setProperty("clientKey", write(dir.resolve("client.key"), client.privateKeyPem()).toString());
        p.setProperty("connectTimeout", "3000");
        try (TlsServer server = TlsServer.mutual(serverIdentity, ca.certificatePem());
             Connection c = DriverManager.getConnection(server.url(), p)) {
            assertUsable(c);
        }
    }

    @Test
    void aClientCertificateFromAnotherCaIsRefusedWith08001() {
        try (TlsServer server = TlsServer.mutual(serverIdentity, ca.certificatePem())) {
            Properties p = certificateOnly(strangerClient, ca.certificatePem());
            SQLException e = assertSqlState("08001", () -> DriverManager.getConnection(server.url(), p).close());
            assertTrue(lower(e).contains("client certificate"),
                    () -> "the message should name the client certificate: " + describe(e));
        }
    }

    @Test
    void noClientCertificateForAMutualTlsServerIsRefusedWith08001() {
        try (TlsServer server = TlsServer.mutual(serverIdentity, ca.certificatePem())) {
            Properties p = account();
            p.setProperty("caCert", ca.certificatePem());
            SQLException e = assertSqlState("08001", () -> DriverManager.getConnection(server.url(), p).close());
            assertTrue(lower(e).contains("client certificate"),
                    () -> "the message should name the client certificate: " + describe(e));
        }
    }

    @Test
    void aClientCertificateWithoutThePgExtensionNameIsAnAuthorisationFailure() {
        Identity wrongName = ca.issueClient("someone-else");
        try (TlsServer server = TlsServer.mutual(serverIdentity, ca.certificatePem())) {
            SQLException e = assertSqlState("28000",
                    () -> DriverManager.getConnection(server.url(), certificateOnly(wrongName, ca.certificatePem())).close());
            assertTrue(e.getMessage().contains("someone-else"), () -> "the server's reason is kept: " + describe(e));
        }
    }

    @Test
    void aClientKeyThatIsNotPemIsAConfigurationError() {
        try (TlsServer server = TlsServer.mutual(serverIdentity, ca.certificatePem())) {
            Properties p = certificateOnly(client, ca.certificatePem());
            p.setProperty("clientKey", "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");
            SQLException e = assertSqlState("22023", () -> DriverManager.getConnection(server.url(), p).close());
            assertTrue(e.getMessage().contains("clientKey"), () -> describe(e));
        }
    }

    private static Path write(Path file, String pem) throws IOException {
        return Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }
}
