package org.kalamdb.server.store;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.kalamdb.server.KalamError;

/** UUIDv7 identifiers (session and transaction ids) and the strict transaction-id check of protocol.md 7.4. */
public final class TransactionIds {

    private TransactionIds() {
    }

    /** A new UUIDv7, lowercase hyphenated: 48-bit ms timestamp, version 7, RFC 4122 variant, random rest. */
    public static String newUuidV7(Clock clock) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long ms = clock.millis() & 0xFFFF_FFFF_FFFFL;
        long high = (ms << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return UuidText.format(new UUID(high, low));
    }

    /**
     * Validates a transaction id exactly as the real server does (order of checks matters: the
     * first failing rule names the error). Failures are INVALID_ARGUMENT.
     */
    public static void requireCanonicalV7(String id) {
        if (id.length() != 36) {
            throw KalamError.invalidArgument("transaction id must be a 36-character UUID string");
        }
        for (int i = 0; i < 36; i++) {
            boolean hyphenSlot = i == 8 || i == 13 || i == 18 || i == 23;
            if (hyphenSlot != (id.charAt(i) == '-')) {
                throw KalamError.invalidArgument("transaction id must use canonical UUID hyphen positions");
            }
        }
        for (int i = 0; i < 36; i++) {
            char c = id.charAt(i);
            if (c != '-' && !UuidText.isHex(String.valueOf(c))) {
                throw KalamError.invalidArgument("transaction id must contain only hexadecimal digits");
            }
        }
        if (id.charAt(14) != '7') {
            throw KalamError.invalidArgument("transaction id must be a UUID v7");
        }
        if ("89abAB".indexOf(id.charAt(19)) < 0) {
            throw KalamError.invalidArgument("transaction id must use an RFC 4122 variant");
        }
    }
}
