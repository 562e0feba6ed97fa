package org.kalamdb.server.auth;

import java.security.cert.Certificate;
import java.util.List;

/**
 * What a call presents for authentication: the trimmed {@code authorization} metadata value ("" when
 * absent or not ASCII), the peer's TLS certificate chain (empty without TLS or without a client
 * certificate) and the peer address ({@code ip:port}) for observability.
 */
public record Caller(String authorization, List<Certificate> peerCertificates, String clientAddress) {

    public Caller {
        authorization = authorization == null ? "" : authorization.trim();
        peerCertificates = peerCertificates == null ? List.of() : List.copyOf(peerCertificates);
    }
}
