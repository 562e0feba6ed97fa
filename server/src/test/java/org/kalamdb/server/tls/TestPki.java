package org.kalamdb.server.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A throw-away certificate authority for TLS tests: EC P-256 keys, PEM output (PKCS#8 keys). */
final class TestPki {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    /** A certificate and its private key, both as PEM text. */
    record Identity(String certificatePem, String privateKeyPem) {
    }

    private final KeyPair caKeys;
    private final X509Certificate caCert;

    TestPki() {
        this.caKeys = newKeyPair();
        this.caCert = sign(new X500Name("CN=kalam test CA"), caKeys, true, null);
    }

    String caPem() {
        return pem(caCert);
    }

    /** A server certificate for localhost / 127.0.0.1. */
    Identity server() {
        KeyPair keys = newKeyPair();
        GeneralNames san = new GeneralNames(new GeneralName[] {new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")});
        return new Identity(pem(sign(new X500Name("CN=localhost"), keys, false, san)), pkcs8(keys.getPrivate()));
    }

    /** A client certificate with this common name. */
    Identity client(String commonName) {
        KeyPair keys = newKeyPair();
        return new Identity(pem(sign(new X500Name("CN=" + commonName + ",O=kalam tests"), keys, false, null)),
                pkcs8(keys.getPrivate()));
    }

    private X509Certificate sign(X500Name subject, KeyPair keys, boolean ca, GeneralNames san) {
        try {
            Date from = new Date(System.currentTimeMillis() - 60_000);
            Date to = new Date(System.currentTimeMillis() + 86_400_000);
            X500Name issuer = caCert == null ? subject : new X500Name(caCert.getSubjectX500Principal().getName());
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), from, to, subject, keys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            if (san != null) {
                b.addExtension(Extension.subjectAlternativeName, false, san);
            }
            PrivateKey signer = caCert == null ? keys.getPrivate() : caKeys.getPrivate();
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(X509Certificate cert) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(out)) {
            w.writeObject(cert);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String pkcs8(PrivateKey key) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }
}
