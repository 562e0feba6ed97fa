package org.kalamdb.jdbc.transport.testing;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates made in the test: a CA, a server certificate for {@code localhost} and {@code
 * 127.0.0.1}, and a client certificate with the CN the real server expects of a PG bridge ({@code
 * kalamdb-pg-<name>}). EC P-256 keys: quick to generate. PEM output; keys as unencrypted PKCS#8.
 */
public final class TestCertificates {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private TestCertificates() {}

    /** A certificate with its key, both as PEM text. */
    public record Issued(X509Certificate certificate, PrivateKey key) {
        public String certificatePem() {
            return pem(certificate);
        }

        public String keyPem() {
            return "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(
                                    64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                            .encodeToString(key.getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
        }
    }

    public static Issued certificateAuthority(String name) {
        KeyPair keys = keyPair();
        X500Name subject = new X500Name("CN=" + name);
        return new Issued(
                sign(subject, subject, keys, keys.getPrivate(), true, null), keys.getPrivate());
    }

    /** A server certificate naming {@code localhost} and {@code 127.0.0.1}. */
    public static Issued server(Issued ca) {
        return server(
                ca,
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
    }

    /** A server certificate naming only the DNS name {@code host}. */
    public static Issued serverFor(Issued ca, String host) {
        return server(ca, new GeneralName(GeneralName.dNSName, host));
    }

    private static Issued server(Issued ca, GeneralName... names) {
        KeyPair keys = keyPair();
        return new Issued(
                sign(
                        issuer(ca),
                        new X500Name("CN=kalamdb server"),
                        keys,
                        ca.key(),
                        false,
                        new GeneralNames(names)),
                keys.getPrivate());
    }

    public static Issued client(Issued ca, String commonName) {
        KeyPair keys = keyPair();
        return new Issued(
                sign(issuer(ca), new X500Name("CN=" + commonName), keys, ca.key(), false, null),
                keys.getPrivate());
    }

    private static X500Name issuer(Issued ca) {
        return X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
    }

    private static X509Certificate sign(
            X500Name issuer,
            X500Name subject,
            KeyPair subjectKeys,
            PrivateKey signingKey,
            boolean ca,
            GeneralNames alternativeNames) {
        Instant now = Instant.now();
        try {
            X509v3CertificateBuilder builder =
                    new JcaX509v3CertificateBuilder(
                            issuer,
                            BigInteger.valueOf(SERIAL.incrementAndGet()),
                            Date.from(now.minus(Duration.ofHours(1))),
                            Date.from(now.plus(Duration.ofDays(2))),
                            subject,
                            subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(
                            ca
                                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                                    : KeyUsage.digitalSignature));
            if (alternativeNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames);
            }
            return new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(
                                    new JcaContentSignerBuilder("SHA256withECDSA")
                                            .build(signingKey)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(Object value) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
