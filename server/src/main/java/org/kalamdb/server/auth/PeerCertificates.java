package org.kalamdb.server.auth;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import org.kalamdb.server.KalamError;

/**
 * mTLS caller identity (protocol.md 3.6, {@code RpcCaller::require_pg_extension}): the peer
 * certificate's CN must be {@code kalamdb-pg-<name>}; cluster-node certificates and other CNs are
 * refused with the real server's texts.
 */
public final class PeerCertificates {

    private static final String PG_PREFIX = "kalamdb-pg-";
    private static final String NODE_PREFIX = "kalamdb-node-";

    private PeerCertificates() {
    }

    public static Identity requirePgExtension(List<Certificate> chain) {
        if (chain.isEmpty()) {
            throw KalamError.unauthenticated("Missing peer TLS certificate");
        }
        if (!(chain.get(0) instanceof X509Certificate cert)) {
            throw KalamError.unauthenticated("Invalid peer certificate: not an X.509 certificate");
        }
        String cn = commonName(cert);
        if (cn.startsWith(PG_PREFIX)) {
            if (cn.length() == PG_PREFIX.length()) {
                throw KalamError.permissionDenied("PG extension CN has empty name suffix");
            }
            return Identity.MTLS_BRIDGE;
        }
        if (cn.startsWith(NODE_PREFIX) && cn.length() > NODE_PREFIX.length()) {
            throw KalamError.permissionDenied("Cluster node '" + cn + "' is not a valid PG extension identity");
        }
        throw KalamError.permissionDenied("Unrecognised peer CN '" + cn
                + "': expected 'kalamdb-pg-{name}' or 'kalamdb-node-{id}'");
    }

    private static String commonName(X509Certificate cert) {
        try {
            LdapName name = new LdapName(cert.getSubjectX500Principal().getName());
            for (Rdn rdn : name.getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            throw KalamError.unauthenticated("Invalid peer certificate: " + e.getMessage());
        }
        throw KalamError.unauthenticated("Invalid peer certificate: certificate has no common name");
    }
}
