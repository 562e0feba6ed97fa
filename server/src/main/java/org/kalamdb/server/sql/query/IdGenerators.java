package org.kalamdb.server.sql.query;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The id functions of KalamDB SQL (server.md 4): SNOWFLAKE_ID() as a SQL function (Unix epoch,
 * node 0, one global 12-bit counter that wraps), SNOWFLAKE_ID() as an INSERT default (2024
 * epoch, worker 0, strictly increasing), UUID_V7() and ULID() as text.
 */
public final class IdGenerators {

    /** 2024-01-01T00:00:00Z in ms, the epoch of the default generator and of _seq. */
    public static final long EPOCH_2024_MS = 1_704_067_200_000L;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicInteger FUNCTION_COUNTER = new AtomicInteger();
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final Object DEFAULT_LOCK = new Object();
    private static long defaultLastMs = -1;
    private static long defaultSequence;

    private IdGenerators() {
    }

    /** SELECT SNOWFLAKE_ID(): (unix ms &lt;&lt; 22) | (0 &lt;&lt; 12) | counter. */
    public static long snowflakeFunction() {
        long ms = System.currentTimeMillis() & ((1L << 41) - 1);
        long sequence = FUNCTION_COUNTER.getAndIncrement() & 0xFFF;
        return (ms << 22) | sequence;
    }

    /** DEFAULT SNOWFLAKE_ID(): 2024 epoch, worker 0, sequence reset each millisecond, strictly increasing. */
    public static long snowflakeDefault() {
        synchronized (DEFAULT_LOCK) {
            long ms = System.currentTimeMillis() - EPOCH_2024_MS;
            if (ms < defaultLastMs) {
                ms = defaultLastMs;
            }
            if (ms == defaultLastMs) {
                defaultSequence = (defaultSequence + 1) & 0xFFF;
                if (defaultSequence == 0) {
                    ms = defaultLastMs + 1;
                }
            } else {
                defaultSequence = 0;
            }
            defaultLastMs = ms;
            return (ms << 22) | defaultSequence;
        }
    }

    public static String uuidV7() {
        long ms = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (ms << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb).toString();
    }

    /** 48-bit millisecond time and 80 random bits in Crockford base32 (26 characters). */
    public static String ulid() {
        long ms = System.currentTimeMillis();
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        byte[] all = new byte[16];
        for (int i = 0; i < 6; i++) {
            all[i] = (byte) (ms >>> (8 * (5 - i)));
        }
        System.arraycopy(random, 0, all, 6, 10);
        java.math.BigInteger value = new java.math.BigInteger(1, all);
        char[] out = new char[26];
        for (int i = 25; i >= 0; i--) {
            out[i] = CROCKFORD[value.intValue() & 31];
            value = value.shiftRight(5);
        }
        return new String(out);
    }
}
