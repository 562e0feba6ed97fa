package org.kalamdb.jdbc.transport;

import java.util.Optional;

/** How the session proves who it is on Ping and OpenSession (protocol.md 3.3). */
public enum AuthMode {
    /** No {@code authorization} metadata; accepted only by servers without authentication. */
    NONE("none"),
    /** The configured header value sent verbatim, e.g. {@code Bearer <token>}. */
    STATIC_HEADER("static_header"),
    /** {@code Basic base64(user:password)} against the server's account table. */
    ACCOUNT_LOGIN("account_login");

    private final String propertyValue;

    AuthMode(String propertyValue) {
        this.propertyValue = propertyValue;
    }

    /** The spelling used in the {@code authMode} connection property. */
    public String propertyValue() {
        return propertyValue;
    }

    /** Exact, case-sensitive lookup of a property spelling, as pg_kalam does. */
    public static Optional<AuthMode> fromPropertyValue(String value) {
        for (AuthMode mode : values()) {
            if (mode.propertyValue.equals(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
