package org.kalamdb.jdbc.transport;

/**
 * TLS settings of a channel. Each value is either inline PEM (it contains {@code -----BEGIN}) or a
 * path to a PEM file, like pg_kalam's {@code ca_cert}, {@code client_cert} and {@code client_key}.
 *
 * <p>TLS is on when {@code caCert} is set, and then the channel trusts ONLY that CA (no system
 * roots). {@code clientCert} and {@code clientKey} come together or not at all; with them the
 * client authenticates itself (mTLS). The key must be an unencrypted PKCS#8 PEM key.
 *
 * <p>Part of a channel's identity (one shared channel per target and TLS settings), so equality is
 * by value. {@link #toString()} never prints the key, nor inline PEM text.
 */
public record TlsConfig(String caCert, String clientCert, String clientKey) {

    private static final TlsConfig PLAINTEXT = new TlsConfig(null, null, null);

    public TlsConfig {
        caCert = blankToNull(caCert);
        clientCert = blankToNull(clientCert);
        clientKey = blankToNull(clientKey);
        if ((clientCert == null) != (clientKey == null)) {
            throw TransportException.invalidConfiguration(
                    "connection properties 'clientCert' and 'clientKey' must both be provided for"
                        + " mTLS");
        }
        if (clientCert != null && caCert == null) {
            throw TransportException.invalidConfiguration(
                    "connection properties 'clientCert' and 'clientKey' require 'caCert': TLS is"
                        + " enabled by 'caCert', the CA that signed the server certificate");
        }
    }

    /** No TLS: HTTP/2 with prior knowledge (h2c). */
    public static TlsConfig plaintext() {
        return PLAINTEXT;
    }

    /** TLS trusting only {@code caCert}. */
    public static TlsConfig trusting(String caCert) {
        return new TlsConfig(caCert, null, null);
    }

    /** Mutual TLS: trust {@code caCert} and present {@code clientCert} with {@code clientKey}. */
    public static TlsConfig mutual(String caCert, String clientCert, String clientKey) {
        return new TlsConfig(caCert, clientCert, clientKey);
    }

    public boolean isEnabled() {
        return caCert != null;
    }

    public boolean isMutual() {
        return clientCert != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static boolean isInlinePem(String value) {
        return value.contains("-----BEGIN");
    }

    private static String describe(String value) {
        return value == null ? "none" : isInlinePem(value) ? "<inline PEM>" : value;
    }

    @Override
    public String toString() {
        return "TlsConfig[caCert="
                + describe(caCert)
                + ", clientCert="
                + describe(clientCert)
                + ", clientKey="
                + (clientKey == null ? "none" : "****")
                + "]";
    }
}
