package org.kalamdb.server.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.netty.handler.ssl.SslContextBuilder;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kalamdb.server.KalamServer;
import org.kalamdb.server.ServerConfig;
import org.kalamdb.server.proto.OpenSessionRequest;
import org.kalamdb.server.proto.PgServiceGrpc;
import org.kalamdb.server.proto.PingRequest;
import org.kalamdb.server.testing.Failures;

/** TLS and mTLS listeners with certificates generated per run (protocol.md 3.6, 9). */
class TlsTest {

    private static TestPki pki;
    private static TestPki.Identity serverId;

    @BeforeAll
    static void pki() {
        pki = new TestPki();
        serverId = pki.server();
    }

    private static ManagedChannel channel(int port, TestPki.Identity client) throws SSLException {
        SslContextBuilder ssl = GrpcSslContexts.forClient()
                .trustManager(new ByteArrayInputStream(pki.caPem().getBytes(StandardCharsets.US_ASCII)));
        if (client != null) {
            ssl.keyManager(new ByteArrayInputStream(client.certificatePem().getBytes(StandardCharsets.US_ASCII)),
                    new ByteArrayInputStream(client.privateKeyPem().getBytes(StandardCharsets.US_ASCII)));
        }
        return NettyChannelBuilder.forAddress("localhost", port).sslContext(ssl.build()).build();
    }

    private static PgServiceGrpc.PgServiceBlockingStub stub(ManagedChannel ch) {
        return PgServiceGrpc.newBlockingStub(ch).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    private static KalamServer mtlsServer(Path dir) throws IOException {
        // The server certificate is read from a file, the key and CA inline: both PEM forms are accepted.
        Path certFile = dir.resolve("server.pem");
        Files.writeString(certFile, serverId.certificatePem());
        TlsSettings tls = new TlsSettings(new PemSource(certFile.toString()), new PemSource(serverId.privateKeyPem()),
                new PemSource(pki.caPem()), true);
        return new KalamServer(ServerConfig.builder().port(0).tls(tls).idlePruneMs(0).build()).start();
    }

    @Test
    @DisplayName("3.6: with required client certificates, CN kalamdb-pg-<name> is the caller's identity")
    void pgExtensionCertificateAccepted(@TempDir Path dir) throws IOException {
        try (KalamServer server = mtlsServer(dir)) {
            ManagedChannel ch = channel(server.port(), pki.client("kalamdb-pg-x"));
            try {
                assertTrue(stub(ch).ping(PingRequest.getDefaultInstance()).getOk());
                String id = stub(ch).openSession(OpenSessionRequest.newBuilder().setSessionId("pg-3").build())
                        .getSessionId();
                assertEquals("pg-3", id);
                Metadata md = new Metadata();
                md.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Basic garbage");
                assertTrue(stub(ch).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(md))
                        .ping(PingRequest.getDefaultInstance()).getOk(), "headers are ignored under mTLS");
            } finally {
                ch.shutdownNow();
            }
        }
    }

    @Test
    @DisplayName("3.6: other CNs are refused with the real server's texts; no certificate fails the handshake")
    void otherCertificatesRefused(@TempDir Path dir) throws IOException {
        try (KalamServer server = mtlsServer(dir)) {
            expectRefused(server, "kalamdb-node-1", "Cluster node 'kalamdb-node-1' is not a valid PG extension identity");
            expectRefused(server, "kalamdb-pg-", "PG extension CN has empty name suffix");
            expectRefused(server, "someone", "Unrecognised peer CN 'someone': expected 'kalamdb-pg-{name}' or "
                    + "'kalamdb-node-{id}'");
            ManagedChannel anonymous = channel(server.port(), null);
            try {
                Failures.expect(Status.Code.UNAVAILABLE, () -> stub(anonymous).ping(PingRequest.getDefaultInstance()));
            } finally {
                anonymous.shutdownNow();
            }
        }
    }

    private static void expectRefused(KalamServer server, String cn, String message) throws SSLException {
        ManagedChannel ch = channel(server.port(), pki.client(cn));
        try {
            Failures.expect(Status.Code.PERMISSION_DENIED, message, () -> stub(ch).ping(PingRequest.getDefaultInstance()));
            Failures.expect(Status.Code.PERMISSION_DENIED, message, () -> stub(ch).openSession(
                    OpenSessionRequest.getDefaultInstance()));
        } finally {
            ch.shutdownNow();
        }
    }

    @Test
    @DisplayName("9: TLS without client authentication keeps header authentication")
    void tlsWithHeaderAuth() throws IOException {
        TlsSettings tls = new TlsSettings(new PemSource(serverId.certificatePem()),
                new PemSource(serverId.privateKeyPem()), null, false);
        try (KalamServer server = new KalamServer(ServerConfig.builder().port(0).tls(tls).authToken("tok")
                .idlePruneMs(0).build()).start()) {
            ManagedChannel ch = channel(server.port(), null);
            try {
                Failures.expect(Status.Code.UNAUTHENTICATED, "missing authorization header",
                        () -> stub(ch).ping(PingRequest.getDefaultInstance()));
                Metadata md = new Metadata();
                md.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "tok");
                assertTrue(stub(ch).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(md))
                        .ping(PingRequest.getDefaultInstance()).getOk());
            } finally {
                ch.shutdownNow();
            }
        }
    }
}
