package org.kalamdb.jdbc.conformance.security;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.kalamdb.server.KalamServer;
import org.kalamdb.server.ServerConfig;
import org.kalamdb.server.tls.PemSource;
import org.kalamdb.server.tls.TlsSettings;

/** A standalone server with TLS (and optionally required client certificates) on a loopback port. */
final class TlsServer implements AutoCloseable {

    static final String USER = "tls-admin";
    static final String PASSWORD = "tls-Adm1n-pw";

    private final KalamServer server;

    private TlsServer(KalamServer server) {
        this.server = server;
    }

    /** TLS without client authentication; account login (Basic) applies. */
    static TlsServer tls(TestCertificates.Identity serverIdentity) {
        return start(new TlsSettings(new PemSource(serverIdentity.certificatePem()),
                new PemSource(serverIdentity.privateKeyPem()), null, false));
    }

    /** Mutual TLS: clients must present a certificate signed by {@code clientCa}; it authenticates them. */
    static TlsServer mutual(TestCertificates.Identity serverIdentity, String clientCaPem) {
        return start(new TlsSettings(new PemSource(serverIdentity.certificatePem()),
                new PemSource(serverIdentity.privateKeyPem()), new PemSource(clientCaPem), true));
    }

    private static TlsServer start(TlsSettings tls) {
        KalamServer server = new KalamServer(ServerConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .user(USER + ":" + PASSWORD + ":dba")
                .tls(tls)
                .build());
        try {
            server.start();
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException(e);
        }
        return new TlsServer(server);
    }

    String url() {
        return "jdbc:kalam://127.0.0.1:" + server.port();
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
