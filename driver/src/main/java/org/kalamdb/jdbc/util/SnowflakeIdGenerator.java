package org.kalamdb.jdbc.util;

import java.security.SecureRandom;
import java.util.function.LongSupplier;

/**
 * SNOWFLAKE_ID() with the server's layout (server.md section 4, design.md D4):
 * {@code (ms since 2024-01-01T00:00:00Z) << 22 | worker << 12 | sequence}: 41 bits of time, 10 of
 * worker, 12 of sequence. Unlike pg_kalam's generator (2020 epoch, a counter that never resets
 * and can collide), ids are strictly increasing per JVM: the sequence restarts each millisecond
 * and, when it runs out or the clock steps back, the generator moves on to the next millisecond
 * of its own logical clock instead of reusing a value.
 */
public final class SnowflakeIdGenerator {

    /** 2024-01-01T00:00:00Z in Unix milliseconds, the KalamDB epoch. */
    public static final long EPOCH_MILLIS = 1_704_067_200_000L;

    private static final int WORKER_BITS = 10;
    private static final int SEQUENCE_BITS = 12;
    private static final long MAX_SEQUENCE = (1L << SEQUENCE_BITS) - 1;
    private static final long MAX_WORKER = (1L << WORKER_BITS) - 1;

    private static final SnowflakeIdGenerator SHARED = new SnowflakeIdGenerator(
            new SecureRandom().nextInt((int) MAX_WORKER + 1), System::currentTimeMillis);

    private final long worker;
    private final LongSupplier clock;
    private long lastMillis = -1;
    private long sequence;

    /**
     * @param worker 0..1023; the JVM-wide instance picks a random one so that two client JVMs
     *               writing the same table are unlikely to collide
     * @param clock  Unix milliseconds
     */
    public SnowflakeIdGenerator(long worker, LongSupplier clock) {
        if (worker < 0 || worker > MAX_WORKER) {
            throw new IllegalArgumentException("worker must be 0..1023, got " + worker);
        }
        this.worker = worker;
        this.clock = clock;
    }

    /** The generator shared by every connection of this JVM. */
    public static SnowflakeIdGenerator shared() {
        return SHARED;
    }

    public synchronized long nextId() {
        long now = Math.max(clock.getAsLong() - EPOCH_MILLIS, 0);
        if (now > lastMillis) {
            lastMillis = now;
            sequence = 0;
        } else if (sequence < MAX_SEQUENCE) {
            sequence++;
        } else {
            // Sequence exhausted within this millisecond (or the clock went back): borrow the next
            // millisecond rather than wait or repeat a value.
            lastMillis++;
            sequence = 0;
        }
        return (lastMillis << (WORKER_BITS + SEQUENCE_BITS)) | (worker << SEQUENCE_BITS) | sequence;
    }

    /** The Unix millisecond an id was generated at. */
    public static long timestampMillis(long id) {
        return (id >>> (WORKER_BITS + SEQUENCE_BITS)) + EPOCH_MILLIS;
    }

    public static long worker(long id) {
        return (id >>> SEQUENCE_BITS) & MAX_WORKER;
    }

    public static long sequence(long id) {
        return id & MAX_SEQUENCE;
    }
}
