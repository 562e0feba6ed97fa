package org.kalamdb.server.tls;

/**
 * The listener's TLS identity and client-certificate policy, after the real server's
 * {@code [rpc_tls]}: {@code certificate}/{@code privateKey} (PKCS#8 private key), optional
 * {@code clientCa}. With a client CA and {@code requireClientCert}, clients must present a
 * certificate signed by it and PgService authenticates them by its CN (mTLS, protocol.md 3.6);
 * otherwise the listener does TLS without client authentication and header auth applies.
 */
public record TlsSettings(PemSource certificate, PemSource privateKey, PemSource clientCa, boolean requireClientCert) {

    public TlsSettings {
        if (certificate == null || privateKey == null) {
            throw new IllegalArgumentException("TLS needs both a certificate and a private key");
        }
        if (requireClientCert && clientCa == null) {
            throw new IllegalArgumentException("requiring client certificates needs a client CA");
        }
    }

    /** Whether callers authenticate by client certificate. */
    public boolean mutualTls() {
        return requireClientCert && clientCa != null;
    }
}
