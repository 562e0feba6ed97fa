package org.kalamdb.jdbc.transport.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.NettyServerBuilder;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

/** A real grpc-java server for {@link ScriptedPgService}: TCP on 127.0.0.1:0 or in process. */
public final class TestServer implements AutoCloseable {

    private final Server server;

    private TestServer(Server server) {
        this.server = server;
    }

    public static TestServer plaintext(ServerServiceDefinition service) {
        return plaintext(service, 0);
    }

    /** On a given port, e.g. the port of a server that was closed, to bring it "back". */
    public static TestServer plaintext(ServerServiceDefinition service, int port) {
        return start(
                NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
                        .addService(service));
    }

    /**
     * TLS with {@code serverCertificate}; with {@code clientCa} set, clients must present a
     * certificate signed by it (mTLS).
     */
    public static TestServer tls(
            ServerServiceDefinition service,
            TestCertificates.Issued serverCertificate,
            TestCertificates.Issued clientCa) {
        try {
            SslContextBuilder ssl =
                    GrpcSslContexts.forServer(
                            stream(serverCertificate.certificatePem()),
                            stream(serverCertificate.keyPem()));
            if (clientCa != null) {
                ssl.trustManager(stream(clientCa.certificatePem())).clientAuth(ClientAuth.REQUIRE);
            }
            SslContext context = ssl.build();
            return start(
                    NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                            .sslContext(context)
                            .addService(service));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestServer inProcess(String name, ServerServiceDefinition service) {
        return start(InProcessServerBuilder.forName(name).addService(service));
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow();
        server.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static TestServer start(io.grpc.ServerBuilder<?> builder) {
        try {
            return new TestServer(builder.build().start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ByteArrayInputStream stream(String pem) {
        return new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII));
    }
}
