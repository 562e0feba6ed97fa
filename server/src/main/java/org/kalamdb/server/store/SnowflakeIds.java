package org.kalamdb.server.store;

import java.time.Clock;

/**
 * The {@code _seq} generator (server.md 4): {@code (ms since 2024-01-01 << 22) | (worker << 12) |
 * sequence}, 41 + 10 + 12 bits, strictly increasing within the process. The sequence restarts at 0
 * every new millisecond; when it overflows the generator moves to the next millisecond. A clock
 * that steps back by at most 50 ms is waited out; a larger step is refused, as the real server does.
 */
public final class SnowflakeIds {

    /** 2024-01-01T00:00:00Z in epoch milliseconds. */
    public static final long EPOCH_MS = 1_704_067_200_000L;
    private static final int WORKER_BITS = 10;
    private static final int SEQUENCE_BITS = 12;
    private static final long MAX_SEQUENCE = (1L << SEQUENCE_BITS) - 1;
    private static final long TOLERATED_BACKWARD_STEP_MS = 50;

    private final Clock clock;
    private final long worker;
    private long lastMs = -1;
    private long lastClockReading = -1;
    private long sequence;

    public SnowflakeIds(Clock clock, int worker) {
        if (worker < 0 || worker >= (1 << WORKER_BITS)) {
            throw new IllegalArgumentException("worker id must be in 0..1023, got " + worker);
        }
        this.clock = clock;
        this.worker = worker;
    }

    public synchronized long next() {
        long now = currentMs();
        if (now == lastMs) {
            sequence++;
            if (sequence > MAX_SEQUENCE) {
                now = lastMs + 1;
                sequence = 0;
            }
        } else {
            sequence = 0;
        }
        lastMs = now;
        return ((now - EPOCH_MS) << (WORKER_BITS + SEQUENCE_BITS)) | (worker << SEQUENCE_BITS) | sequence;
    }

    /** Epoch milliseconds embedded in an id: {@code (id >> 22) + EPOCH_MS}. */
    public static long timestampMs(long id) {
        return (id >> (WORKER_BITS + SEQUENCE_BITS)) + EPOCH_MS;
    }

    /**
     * The clock reading to use: never behind the last id's millisecond (an overflowed sequence may
     * already have borrowed the next millisecond, so ids stay strictly increasing).
     */
    private long currentMs() {
        long now = clock.millis();
        if (lastClockReading - now > TOLERATED_BACKWARD_STEP_MS) {
            throw new IllegalStateException("Clock moved backwards. Refusing to generate id for "
                    + (lastClockReading - now) + " milliseconds");
        }
        lastClockReading = Math.max(lastClockReading, now);
        // A small backward step is "waited out" by continuing from the last millisecond used.
        return Math.max(now, lastMs);
    }
}
