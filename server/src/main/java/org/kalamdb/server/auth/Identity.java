package org.kalamdb.server.auth;

/**
 * Who opened a session (the registry's bridge auth, protocol.md 4.5): a user id, its role and the
 * way it authenticated ({@code static_header}, {@code direct} for Basic, {@code mtls}, {@code none}).
 */
public record Identity(String userId, String role, String authMode) {

    public static final Identity STATIC_BRIDGE = new Identity("static-pg-bridge", "system", "static_header");
    public static final Identity MTLS_BRIDGE = new Identity("mtls-pg-bridge", "system", "mtls");
    public static final Identity ANONYMOUS = new Identity("anonymous", "system", "none");
}
