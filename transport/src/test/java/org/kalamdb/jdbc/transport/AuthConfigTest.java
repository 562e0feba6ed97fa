package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Property validation as pg_kalam's server options (extension.md 6.1), with our names. */
class AuthConfigTest {

    @Test
    void modeIsInferredFromWhatIsGiven() {
        assertEquals(AuthMode.NONE, AuthConfig.fromProperties(null, null, null, null).mode());
        assertEquals(AuthMode.NONE, AuthConfig.fromProperties(" ", "", " ", "").mode());
        assertEquals(
                AuthMode.STATIC_HEADER,
                AuthConfig.fromProperties(null, "Bearer t", null, null).mode());
        assertEquals(
                AuthMode.ACCOUNT_LOGIN, AuthConfig.fromProperties(null, null, "root", "pw").mode());
    }

    @Test
    void explicitNoneWithAHeaderIsStaticHeaderLikePgKalam() {
        AuthConfig auth = AuthConfig.fromProperties("none", "Bearer t", null, null);
        assertEquals(AuthMode.STATIC_HEADER, auth.mode());
        assertEquals("Bearer t", auth.header());
    }

    @Test
    void unknownModeIsRejectedCaseSensitively() {
        TransportException e =
                assertThrows(
                        TransportException.class,
                        () -> AuthConfig.fromProperties("Basic", null, "u", "p"));
        assertEquals(
                "connection property 'authMode' must be one of: none, static_header, account_login"
                        + " (got 'Basic')",
                e.getMessage());
        assertEquals("22023", e.sqlState());
        assertEquals(FailureClass.Category.INVALID_CONFIGURATION, e.classification().category());
        assertTrue(e.method().isEmpty());
        assertThrows(
                TransportException.class,
                () -> AuthConfig.fromProperties("NONE", null, null, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "none||u|p|connection properties 'user' and 'password' require authMode"
                    + " 'account_login'",
                "none|||p|connection properties 'user' and 'password' require authMode"
                    + " 'account_login'",
                "static_header||||connection property 'authHeader' is required when authMode is"
                        + " 'static_header'",
                "static_header|Bearer t|u||connection properties 'user' and 'password' are only"
                    + " valid with authMode 'account_login'",
                "account_login|Bearer t|u|p|connection property 'authHeader' cannot be used when"
                    + " authMode is 'account_login'",
                "account_login|||p|connection property 'user' is required when authMode is"
                        + " 'account_login'",
                "account_login||u||connection property 'password' is required when authMode is"
                        + " 'account_login'",
                "|Bearer t|u|p|connection properties 'user' and 'password' are only valid with"
                    + " authMode 'account_login'",
            })
    void crossFieldRules(String mode, String header, String user, String password, String message) {
        TransportException e =
                assertThrows(
                        TransportException.class,
                        () -> AuthConfig.fromProperties(mode, header, user, password));
        assertEquals(message, e.getMessage());
        assertEquals("22023", e.sqlState());
    }

    @Test
    void headerMustBeAsciiMetadataAndIsNeverEchoed() {
        TransportException e =
                assertThrows(
                        TransportException.class,
                        () -> AuthConfig.staticHeader("Bearer sécret\u0001"));
        assertTrue(e.getMessage().startsWith("invalid authHeader metadata value"), e.getMessage());
        assertFalse(e.getMessage().contains("sécret"), e.getMessage());
    }

    @Test
    void headerAndUserAreTrimmedPasswordIsKeptExactly() {
        AuthConfig auth = AuthConfig.fromProperties(null, null, "  root ", " pass word ");
        assertEquals("root", auth.user());
        assertEquals(" pass word ", auth.password());
        assertEquals("Bearer t", AuthConfig.staticHeader("  Bearer t  ").header());
    }

    @Test
    void toStringMasksSecrets() {
        String login = AuthConfig.accountLogin("root", "hunter2").toString();
        assertFalse(login.contains("hunter2"), login);
        assertTrue(login.contains("root"), login);
        String header = AuthConfig.staticHeader("Bearer sup3r-s3cret").toString();
        assertFalse(header.contains("sup3r-s3cret"), header);
        String config =
                TransportConfig.builder()
                        .target("db", 9188)
                        .auth(AuthConfig.accountLogin("root", "hunter2"))
                        .tls(
                                TlsConfig.mutual(
                                        "/ca.pem",
                                        "/client.pem",
                                        "-----BEGIN PRIVATE KEY-----\nMIIsecret"))
                        .build()
                        .toString();
        assertFalse(config.contains("hunter2"), config);
        assertFalse(config.contains("MIIsecret"), config);
    }

    @Test
    void authorizationHeaderValues() {
        assertEquals(Optional.empty(), AuthMetadata.headerValue(AuthConfig.none()));
        assertEquals(
                Optional.of("Bearer e2e-token"),
                AuthMetadata.headerValue(AuthConfig.staticHeader("Bearer e2e-token")));
        // base64("root:pw") with the standard, padded alphabet.
        assertEquals(
                Optional.of("Basic cm9vdDpwdw=="),
                AuthMetadata.headerValue(AuthConfig.accountLogin("root", "pw")));
        // UTF-8 before base64: "ü" is c3 bc.
        assertEquals(
                Optional.of("Basic dTrDvA=="),
                AuthMetadata.headerValue(AuthConfig.accountLogin("u", "ü")));
    }
}
