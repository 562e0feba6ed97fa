package org.kalamdb.server.auth;

import java.util.Locale;
import java.util.logging.Logger;

import org.kalamdb.server.KalamError;
import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.catalog.PasswordHasher;
import org.kalamdb.server.catalog.UserDef;

/**
 * The credential checks of Ping and OpenSession (protocol.md 3.3–3.6).
 *
 * <p>Modes: mTLS (the peer certificate decides; headers are ignored), a static pre-shared token,
 * account login (Basic against the catalog's users, which must be DBA or system), or none. The
 * real server always has account login wired; here it is wired whenever header authentication is
 * configured (a token or users), and the server runs without authentication when nothing is.
 * Bearer JWTs are not issued by this server, so every Bearer token is refused.
 */
public final class Authenticator {

    private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

    private final String staticToken;
    private final boolean accountLogin;
    private final boolean mtls;
    private final Catalog catalog;

    /**
     * @param staticToken  pre-shared token (trimmed; blank = none)
     * @param accountLogin whether Basic account login is available (the user repository is wired)
     * @param mtls         whether callers authenticate by client certificate
     */
    public Authenticator(String staticToken, boolean accountLogin, boolean mtls, Catalog catalog) {
        this.staticToken = staticToken == null || staticToken.isBlank() ? null : staticToken.trim();
        this.accountLogin = accountLogin;
        this.mtls = mtls;
        this.catalog = catalog;
    }

    /** No mTLS, no token, no account login: every session id is accepted (protocol.md 3.7 step 2). */
    public boolean isOpen() {
        return !mtls && staticToken == null && !accountLogin;
    }

    /** OpenSession (protocol.md 3.4). */
    public Identity openSession(Caller caller) {
        if (mtls) {
            return PeerCertificates.requirePgExtension(caller.peerCertificates());
        }
        String provided = caller.authorization();
        if (staticToken != null && provided.equals(staticToken)) {
            return Identity.STATIC_BRIDGE;
        }
        if (accountLogin) {
            return account(provided, "missing authorization header on open_session");
        }
        if (staticToken != null) {
            throw KalamError.unauthenticated("invalid or missing pg auth token");
        }
        return Identity.ANONYMOUS;
    }

    /** Ping (protocol.md 3.5). */
    public void ping(Caller caller) {
        if (mtls) {
            PeerCertificates.requirePgExtension(caller.peerCertificates());
            return;
        }
        String provided = caller.authorization();
        if (staticToken != null && provided.equals(staticToken)) {
            return;
        }
        if (accountLogin) {
            account(provided, "missing authorization header");
        } else if (staticToken != null) {
            throw KalamError.unauthenticated("invalid or missing pg auth token");
        }
    }

    private Identity account(String header, String missingText) {
        if (header.isEmpty()) {
            throw KalamError.unauthenticated(missingText);
        }
        UserDef user;
        try {
            user = header.regionMatches(true, 0, "Basic ", 0, 6) ? basic(header) : bearer(header);
        } catch (AuthFailure e) {
            throw KalamError.unauthenticated("authentication failed: " + e.getMessage());
        }
        if (!user.isAdmin()) {
            throw KalamError.permissionDenied("pg rpc requires a DBA or system account");
        }
        return new Identity(user.userId(), user.role().toLowerCase(Locale.ROOT), "direct");
    }

    private UserDef basic(String header) {
        BasicCredentials credentials = BasicCredentials.parse(header);
        if (credentials.username().trim().isEmpty()) {
            throw invalidCredentials();
        }
        UserDef user = catalog.user(credentials.username());
        if (user == null || user.isDeleted()) {
            throw invalidCredentials();
        }
        if ("oauth".equalsIgnoreCase(user.authType())) {
            throw new AuthFailure("Authentication failed: OAuth users cannot authenticate with password. Use OAuth token instead.");
        }
        if (user.passwordHash() == null || user.passwordHash().isEmpty() || credentials.password().isEmpty()
                || !PasswordHasher.verify(credentials.password(), user.passwordHash())) {
            LOG.fine(() -> "password authentication failed for user " + user.userId());
            throw invalidCredentials();
        }
        return user;
    }

    /** The header path of the real authenticator; JWTs are never valid here (none are issued). */
    private static UserDef bearer(String header) {
        if (!header.startsWith("Bearer")) {
            throw new AuthFailure("Malformed authorization header: Authorization header must start with 'Basic ' or 'Bearer '");
        }
        if (header.substring("Bearer".length()).trim().isEmpty()) {
            throw new AuthFailure("Malformed authorization header: Bearer token missing");
        }
        throw new AuthFailure("Invalid token signature");
    }

    private static AuthFailure invalidCredentials() {
        return new AuthFailure("Invalid credentials: Invalid username or password");
    }
}
