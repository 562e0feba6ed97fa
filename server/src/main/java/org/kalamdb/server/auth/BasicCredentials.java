package org.kalamdb.server.auth;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code Basic} authorization header, parsed with the real server's rules and error texts
 * ({@code kalamdb-auth} basic_auth): the exact, case-sensitive prefix {@code "Basic "}, standard
 * padded base64, UTF-8, and {@code user:password} split at the first colon.
 */
record BasicCredentials(String username, String password) {

    /** @throws AuthFailure with the AuthError text */
    static BasicCredentials parse(String header) {
        if (!header.startsWith("Basic ")) {
            throw malformed("Authorization header must start with 'Basic '");
        }
        String encoded = header.substring("Basic ".length());
        if (encoded.length() % 4 != 0) {
            throw malformed("Invalid base64 encoding: Invalid padding");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw malformed("Invalid base64 encoding: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(decoded)).toString();
        } catch (CharacterCodingException e) {
            throw malformed("Invalid UTF-8 in credentials: invalid utf-8 sequence");
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw malformed("Credentials must be in format 'username:password'");
        }
        return new BasicCredentials(text.substring(0, colon), text.substring(colon + 1));
    }

    private static AuthFailure malformed(String detail) {
        return new AuthFailure("Malformed authorization header: " + detail);
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + username + ":***]";
    }
}
