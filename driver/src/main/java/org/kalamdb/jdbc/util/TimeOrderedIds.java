package org.kalamdb.jdbc.util;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUID_V7() and ULID(), the server's other default functions (server.md 2.4), evaluated by the
 * driver because the typed Insert applies no DEFAULT (design.md D4). Both start with the Unix
 * millisecond time, so values sort by creation time.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private TimeOrderedIds() {
    }

    /** An RFC 9562 version 7 UUID: 48-bit ms timestamp, version 7, variant 10, random bits. */
    public static UUID uuidV7() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | 0x7000L | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** A 26-character Crockford base32 ULID: 48-bit ms timestamp then 80 random bits. */
    public static String ulid() {
        long millis = System.currentTimeMillis();
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        char[] out = new char[26];
        // 10 characters of time (50 bits, the top 2 always zero)
        for (int i = 9; i >= 0; i--) {
            out[i] = CROCKFORD[(int) (millis & 31)];
            millis >>>= 5;
        }
        // 16 characters of randomness (80 bits)
        long hi = 0;
        for (int i = 0; i < 5; i++) {
            hi = (hi << 8) | (random[i] & 0xFF);
        }
        long lo = 0;
        for (int i = 5; i < 10; i++) {
            lo = (lo << 8) | (random[i] & 0xFF);
        }
        for (int i = 17; i >= 10; i--) {
            out[i] = CROCKFORD[(int) (hi & 31)];
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = CROCKFORD[(int) (lo & 31)];
            lo >>>= 5;
        }
        return new String(out);
    }
}
