package org.kalamdb.server.auth;

/** An account authentication failure; the message is the real server's AuthError text. */
final class AuthFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AuthFailure(String message) {
        super(message);
    }
}
