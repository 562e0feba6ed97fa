package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kalamdb.jdbc.transport.testing.ScriptedPgService;
import org.kalamdb.jdbc.transport.testing.TestCertificates;
import org.kalamdb.jdbc.transport.testing.TestCertificates.Issued;
import org.kalamdb.jdbc.transport.testing.TestServer;

/** TLS and mTLS against a real grpc-java server with certificates made in the test. */
class TlsTest {

    private static Issued ca;
    private static Issued serverCertificate;
    private static Issued clientCertificate;
    private static Issued otherCa;

    private final ScriptedPgService service = new ScriptedPgService();
    private TestServer server;

    @BeforeAll
    static void certificates() {
        ca = TestCertificates.certificateAuthority("kalam test CA");
        serverCertificate = TestCertificates.server(ca);
        clientCertificate = TestCertificates.client(ca, "kalamdb-pg-test");
        otherCa = TestCertificates.certificateAuthority("some other CA");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
        assertEquals(0, ChannelRegistry.shared().liveChannelCount(), "a channel was left open");
    }

    @Test
    void tlsTrustingOnlyTheConfiguredCaGivenInline() {
        server = TestServer.tls(service.definition(), serverCertificate, null);
        try (PgSession session = open("localhost", TlsConfig.trusting(ca.certificatePem()))) {
            assertTrue(session.ping(0));
        }
        assertEquals(1, service.opened.size());
        assertNull(service.opened.get(0).peerCommonName(), "no client certificate without mTLS");
    }

    @Test
    void caCertAsAFilePath(@TempDir Path directory) throws IOException {
        server = TestServer.tls(service.definition(), serverCertificate, null);
        Path caFile = Files.writeString(directory.resolve("ca.pem"), ca.certificatePem());
        try (PgSession session = open("127.0.0.1", TlsConfig.trusting(caFile.toString()))) {
            assertTrue(session.ping(0));
        }
    }

    @Test
    void mutualTlsPresentsTheClientCertificate(@TempDir Path directory) throws IOException {
        server = TestServer.tls(service.definition(), serverCertificate, ca);
        Path keyFile =
                Files.writeString(directory.resolve("client.key"), clientCertificate.keyPem());
        TlsConfig mutual =
                TlsConfig.mutual(
                        ca.certificatePem(),
                        clientCertificate.certificatePem(),
                        keyFile.toString());
        try (PgSession session = open("localhost", mutual)) {
            assertTrue(session.ping(0));
        }
        assertEquals("CN=kalamdb-pg-test", service.opened.get(0).peerCommonName());
    }

    @Test
    void mutualTlsServerRejectsAClientWithoutCertificate() {
        server = TestServer.tls(service.definition(), serverCertificate, ca);
        TransportException e =
                assertThrows(
                        TransportException.class,
                        () -> open("localhost", TlsConfig.trusting(ca.certificatePem())).close());
        assertEquals(
                FailureClass.Category.CONNECTION, e.classification().category(), e.getMessage());
        assertEquals("08001", e.sqlState());
        assertTrue(
                e.getMessage().contains("the server rejected the client certificate"),
                e.getMessage());
        assertTrue(service.opened.isEmpty());
    }

    @Test
    void wrongCaFailsClearly() {
        server = TestServer.tls(service.definition(), serverCertificate, null);
        TransportException e =
                assertThrows(
                        TransportException.class,
                        () ->
                                open("localhost", TlsConfig.trusting(otherCa.certificatePem()))
                                        .close());
        assertEquals("08001", e.sqlState());
        assertEquals(RpcCode.UNAVAILABLE, e.code());
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "TLS handshake with KalamDB server at localhost:"
                                        + server.port()
                                        + " failed: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("check that 'caCert' is the CA"), e.getMessage());
        assertTrue(service.opened.isEmpty());
    }

    @Test
    void serverCertificateMustNameTheTargetHost() {
        Issued elsewhere = TestCertificates.serverFor(ca, "db.example");
        server = TestServer.tls(service.definition(), elsewhere, null);
        TransportException e =
                assertThrows(
                        TransportException.class,
                        () -> open("localhost", TlsConfig.trusting(ca.certificatePem())).close());
        assertEquals("08001", e.sqlState());
        assertTrue(
                e.getMessage().startsWith("TLS handshake with KalamDB server at localhost:"),
                e.getMessage());
        assertTrue(e.getMessage().contains("names host 'localhost'"), e.getMessage());
    }

    @Test
    void unreadableCaFileIsAConfigurationError(@TempDir Path directory) {
        String missing = directory.resolve("missing.pem").toString();
        TransportException e =
                assertThrows(
                        TransportException.class,
                        () -> open("localhost", TlsConfig.trusting(missing)).close());
        assertEquals("22023", e.sqlState());
        assertTrue(
                e.getMessage().startsWith("caCert: failed reading PEM file '" + missing + "'"),
                e.getMessage());
        assertEquals(0, ChannelRegistry.shared().liveChannelCount());
    }

    @Test
    void invalidPemIsAConfigurationError() {
        TransportException e =
                assertThrows(
                        TransportException.class,
                        () ->
                                open(
                                                "localhost",
                                                TlsConfig.trusting(
                                                        "-----BEGIN CERTIFICATE-----\n"
                                                                + "bm90IGEgY2VydA==\n"
                                                                + "-----END CERTIFICATE-----\n"))
                                        .close());
        assertEquals("22023", e.sqlState());
        assertTrue(e.getMessage().startsWith("connection property 'caCert'"), e.getMessage());
    }

    private PgSession open(String host, TlsConfig tls) {
        int port = server == null ? 1 : server.port();
        return PgSession.open(
                TransportConfig.builder()
                        .target(host, port)
                        .tls(tls)
                        .timeoutMillis(10_000)
                        .build());
    }
}
