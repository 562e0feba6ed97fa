package org.kalamdb.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kalamdb.server.testing.ManualClock;

class SnowflakeIdsTest {

    @Test
    @DisplayName("server.md 4: (ms since 2024-01-01 << 22) | (worker << 12) | sequence")
    void layout() {
        ManualClock clock = new ManualClock(SnowflakeIds.EPOCH_MS + 1_000);
        SnowflakeIds ids = new SnowflakeIds(clock, 5);
        long first = ids.next();
        assertEquals((1_000L << 22) | (5L << 12), first);
        assertEquals(first + 1, ids.next(), "the sequence counts within a millisecond");
        assertEquals(SnowflakeIds.EPOCH_MS + 1_000, SnowflakeIds.timestampMs(first));
        clock.advance(1);
        assertEquals((1_001L << 22) | (5L << 12), ids.next(), "a new millisecond restarts the sequence");
    }

    @Test
    @DisplayName("server.md 4: strictly increasing through sequence overflow and small clock steps back")
    void strictlyIncreasing() {
        ManualClock clock = new ManualClock(SnowflakeIds.EPOCH_MS + 10_000);
        SnowflakeIds ids = new SnowflakeIds(clock, 1);
        long last = ids.next();
        for (int i = 0; i < 10_000; i++) {
            long next = ids.next();
            assertTrue(next > last);
            last = next;
        }
        clock.advance(-40);
        assertTrue(ids.next() > last, "a step back of at most 50 ms is waited out");
        clock.advance(-200);
        assertThrows(IllegalStateException.class, ids::next);
    }
}
