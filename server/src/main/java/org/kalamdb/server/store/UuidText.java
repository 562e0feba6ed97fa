package org.kalamdb.server.store;

import java.util.Locale;
import java.util.UUID;

/**
 * UUID text forms as the Rust {@code uuid} crate's {@code parse_str} accepts them: hyphenated
 * (36 chars), simple (32 hex digits), {@code urn:uuid:} prefixed and braced; hex digits in
 * either case. Java's {@link UUID#fromString} is more lenient (short groups), hence this class.
 */
public final class UuidText {

    private UuidText() {
    }

    /** @return the UUID, or null when the text is not one of the accepted forms */
    public static UUID parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text;
        if (s.length() == 45 && s.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
            s = s.substring(9);
        } else if (s.length() == 38 && s.charAt(0) == '{' && s.charAt(37) == '}') {
            s = s.substring(1, 37);
        }
        String hex;
        if (s.length() == 36) {
            if (s.charAt(8) != '-' || s.charAt(13) != '-' || s.charAt(18) != '-' || s.charAt(23) != '-') {
                return null;
            }
            hex = s.substring(0, 8) + s.substring(9, 13) + s.substring(14, 18) + s.substring(19, 23) + s.substring(24);
        } else if (s.length() == 32) {
            hex = s;
        } else {
            return null;
        }
        if (!isHex(hex)) {
            return null;
        }
        return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }

    /** Lowercase hyphenated form. */
    public static String format(UUID uuid) {
        return uuid.toString().toLowerCase(Locale.ROOT);
    }

    static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0 || s.charAt(i) > 'f') {
                return false;
            }
        }
        return true;
    }
}
