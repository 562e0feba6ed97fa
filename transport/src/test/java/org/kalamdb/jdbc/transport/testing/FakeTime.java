package org.kalamdb.jdbc.transport.testing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Wall and monotonic clocks that move only when the test says so. */
public final class FakeTime {

    private final AtomicLong wallMillis = new AtomicLong(1_800_000_000_000L);
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    public long wallMillis() {
        return wallMillis.get();
    }

    public long monotonicNanos() {
        return nanos.get();
    }

    public void advance(Duration duration) {
        wallMillis.addAndGet(duration.toMillis());
        nanos.addAndGet(duration.toNanos());
    }
}
