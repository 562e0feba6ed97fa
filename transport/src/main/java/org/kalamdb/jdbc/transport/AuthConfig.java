package org.kalamdb.jdbc.transport;

import java.util.Objects;

/**
 * Credentials for Ping and OpenSession. Validation rules and texts follow pg_kalam's server options
 * (extension.md 6.1), spelled with this driver's property names ({@code authMode}, {@code
 * authHeader}, {@code user}, {@code password}).
 *
 * <p>{@link #toString()} masks the header and the password: this record is printed as part of
 * {@link TransportConfig} and must never put a secret into a log or an exception message.
 */
public record AuthConfig(AuthMode mode, String header, String user, String password) {

    private static final String MASK = "****";

    public AuthConfig {
        Objects.requireNonNull(mode, "mode");
        header = blankToNull(header, true);
        user = blankToNull(user, true);
        password = blankToNull(password, false);
        validate(mode, header, user, password);
    }

    /** No credentials. */
    public static AuthConfig none() {
        return new AuthConfig(AuthMode.NONE, null, null, null);
    }

    /** A pre-shared header sent verbatim as {@code authorization}. */
    public static AuthConfig staticHeader(String header) {
        return new AuthConfig(AuthMode.STATIC_HEADER, header, null, null);
    }

    /** An account login, sent as {@code Basic base64(user:password)}. */
    public static AuthConfig accountLogin(String user, String password) {
        return new AuthConfig(AuthMode.ACCOUNT_LOGIN, null, user, password);
    }

    /**
     * Builds the configuration from raw connection properties (each may be null or blank = absent).
     *
     * <p>Without {@code authMode}: {@code authHeader} means static_header, else {@code user} means
     * account_login, else none. As in pg_kalam, an explicit {@code none} together with an {@code
     * authHeader} is treated as static_header.
     */
    public static AuthConfig fromProperties(
            String authMode, String authHeader, String user, String password) {
        String modeText = authMode == null ? "" : authMode.trim();
        boolean hasHeader = authHeader != null && !authHeader.isBlank();
        boolean hasUser = user != null && !user.isBlank();
        AuthMode mode;
        if (modeText.isEmpty()) {
            mode =
                    hasHeader
                            ? AuthMode.STATIC_HEADER
                            : hasUser ? AuthMode.ACCOUNT_LOGIN : AuthMode.NONE;
        } else {
            mode =
                    AuthMode.fromPropertyValue(modeText)
                            .orElseThrow(
                                    () ->
                                            TransportException.invalidConfiguration(
                                                    "connection property 'authMode' must be one of:"
                                                        + " none, static_header, account_login (got"
                                                        + " '"
                                                            + modeText
                                                            + "')"));
            if (mode == AuthMode.NONE && hasHeader) {
                mode = AuthMode.STATIC_HEADER;
            }
        }
        return new AuthConfig(mode, authHeader, user, password);
    }

    private static void validate(AuthMode mode, String header, String user, String password) {
        boolean login = user != null || password != null;
        switch (mode) {
            case NONE -> {
                if (login) {
                    throw TransportException.invalidConfiguration(
                            "connection properties 'user' and 'password' require authMode"
                                + " 'account_login'");
                }
            }
            case STATIC_HEADER -> {
                if (header == null) {
                    throw TransportException.invalidConfiguration(
                            "connection property 'authHeader' is required when authMode is"
                                + " 'static_header'");
                }
                if (login) {
                    throw TransportException.invalidConfiguration(
                            "connection properties 'user' and 'password' are only valid with"
                                + " authMode 'account_login'");
                }
                requirePrintableAscii(header);
            }
            case ACCOUNT_LOGIN -> {
                if (header != null) {
                    throw TransportException.invalidConfiguration(
                            "connection property 'authHeader' cannot be used when authMode is"
                                + " 'account_login'");
                }
                if (user == null) {
                    throw TransportException.invalidConfiguration(
                            "connection property 'user' is required when authMode is"
                                + " 'account_login'");
                }
                if (password == null) {
                    throw TransportException.invalidConfiguration(
                            "connection property 'password' is required when authMode is"
                                + " 'account_login'");
                }
            }
        }
    }

    // gRPC ASCII metadata values are visible ASCII and space; the value itself is never echoed.
    private static void requirePrintableAscii(String header) {
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw TransportException.invalidConfiguration(
                        "invalid authHeader metadata value: only printable ASCII characters are"
                            + " allowed (offending character at index "
                                + i
                                + ")");
            }
        }
    }

    // Header and user are trimmed like pg_kalam's options; a password is kept exactly as given
    // (spaces may be part of it), only a blank one counts as absent.
    private static String blankToNull(String value, boolean trim) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return trim ? value.trim() : value;
    }

    @Override
    public String toString() {
        return "AuthConfig[mode="
                + mode.propertyValue()
                + ", header="
                + (header == null ? "none" : MASK)
                + ", user="
                + (user == null ? "none" : user)
                + ", password="
                + (password == null ? "none" : MASK)
                + "]";
    }
}
