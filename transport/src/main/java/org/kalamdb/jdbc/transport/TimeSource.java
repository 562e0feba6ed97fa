package org.kalamdb.jdbc.transport;

/** Wall and monotonic clocks, replaceable in tests of the proactive lease renewal. */
interface TimeSource {

    TimeSource SYSTEM =
            new TimeSource() {
                @Override
                public long wallMillis() {
                    return System.currentTimeMillis();
                }

                @Override
                public long monotonicNanos() {
                    return System.nanoTime();
                }
            };

    /** Epoch milliseconds, to compare with the server's {@code lease_expires_at_ms}. */
    long wallMillis();

    /** For scheduling: immune to wall-clock jumps. */
    long monotonicNanos();
}
