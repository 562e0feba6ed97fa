package org.kalamdb.jdbc.transport;

import java.io.ByteArrayInputStream;
import javax.net.ssl.SSLException;

import io.grpc.netty.GrpcSslContexts;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

/**
 * Builds the client TLS context: trust ONLY the configured CA (no system roots, like the official
 * client), and present a client certificate for mTLS when one is configured. Host name verification
 * against the target host is done by grpc-netty.
 */
final class TlsContexts {

    private TlsContexts() {}

    static SslContext forClient(TlsConfig tls) {
        byte[] ca = PemSource.read(tls.caCert(), "caCert");
        SslContextBuilder builder = GrpcSslContexts.forClient();
        try {
            builder.trustManager(new ByteArrayInputStream(ca));
        } catch (IllegalArgumentException e) {
            throw TransportException.invalidConfiguration(
                    "connection property 'caCert' does not hold a valid PEM certificate: "
                            + e.getMessage());
        }
        if (tls.isMutual()) {
            byte[] cert = PemSource.read(tls.clientCert(), "clientCert");
            byte[] key = PemSource.read(tls.clientKey(), "clientKey");
            try {
                builder.keyManager(new ByteArrayInputStream(cert), new ByteArrayInputStream(key));
            } catch (IllegalArgumentException e) {
                throw TransportException.invalidConfiguration(
                        "connection properties 'clientCert' and 'clientKey' must hold a PEM"
                            + " certificate and its unencrypted PKCS#8 PEM private key: "
                                + e.getMessage());
            }
        }
        try {
            return builder.build();
        } catch (SSLException e) {
            throw TransportException.invalidConfiguration(
                    "the TLS settings (caCert, clientCert, clientKey) cannot be used: "
                            + e.getMessage());
        }
    }
}
