package org.kalamdb.server.tls;

import java.io.ByteArrayInputStream;

import javax.net.ssl.SSLException;

import io.grpc.netty.GrpcSslContexts;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;

/** Builds the Netty server TLS context (JDK provider, HTTP/2 ALPN) from {@link TlsSettings}. */
public final class ServerSslContexts {

    private ServerSslContexts() {
    }

    public static SslContext build(TlsSettings settings) {
        try {
            SslContextBuilder builder = SslContextBuilder.forServer(
                    new ByteArrayInputStream(settings.certificate().bytes()),
                    new ByteArrayInputStream(settings.privateKey().bytes()));
            GrpcSslContexts.configure(builder, SslProvider.JDK);
            if (settings.mutualTls()) {
                builder.trustManager(new ByteArrayInputStream(settings.clientCa().bytes()));
                builder.clientAuth(ClientAuth.REQUIRE);
            } else {
                builder.clientAuth(ClientAuth.NONE);
            }
            return builder.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalStateException("invalid TLS configuration: " + e.getMessage(), e);
        }
    }
}
