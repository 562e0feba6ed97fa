package org.kalamdb.jdbc.conformance.faults;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's clock in fault tests: the system clock plus an offset the test moves forward.
 * Idle pruning (5 s), the 30-minute lease and transaction timeouts are all measured on it, so a
 * test "waits" 6 seconds or 31 minutes by advancing it instead of sleeping. It never goes back.
 */
public final class ServerClock extends Clock {

    private final AtomicLong offsetMillis = new AtomicLong();

    /** Moves server time forward by {@code by}. */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the server clock never goes back: " + by);
        }
        offsetMillis.addAndGet(by.toMillis());
    }

    @Override
    public long millis() {
        return System.currentTimeMillis() + offsetMillis.get();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Time zones play no part in the server's arithmetic: the same clock serves every zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
