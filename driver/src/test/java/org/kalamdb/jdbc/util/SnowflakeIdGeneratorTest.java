package org.kalamdb.jdbc.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SnowflakeIdGeneratorTest {

    private static final long T = 1_704_067_200_000L + 123_456_789L;

    @Test
    void layoutIsTheServers() {
        SnowflakeIdGenerator g = new SnowflakeIdGenerator(513, () -> T);
        long id = g.nextId();
        assertEquals((123_456_789L << 22) | (513L << 12), id);
        assertEquals(T, SnowflakeIdGenerator.timestampMillis(id));
        assertEquals(513, SnowflakeIdGenerator.worker(id));
        assertEquals(0, SnowflakeIdGenerator.sequence(id));
        assertEquals(1, SnowflakeIdGenerator.sequence(g.nextId()));
    }

    @Test
    void sequenceRestartsEachMillisecond() {
        AtomicLong clock = new AtomicLong(T);
        SnowflakeIdGenerator g = new SnowflakeIdGenerator(1, clock::get);
        g.nextId();
        g.nextId();
        clock.incrementAndGet();
        long id = g.nextId();
        assertEquals(0, SnowflakeIdGenerator.sequence(id));
        assertEquals(T + 1, SnowflakeIdGenerator.timestampMillis(id));
    }

    @Test
    void strictlyIncreasingWhenTheSequenceRunsOutOrTheClockGoesBack() {
        AtomicLong clock = new AtomicLong(T);
        SnowflakeIdGenerator g = new SnowflakeIdGenerator(7, clock::get);
        long last = g.nextId();
        for (int i = 0; i < 10_000; i++) {
            if (i == 5000) {
                clock.addAndGet(-1000); // clock steps back a second
            }
            long next = g.nextId();
            assertTrue(next > last, "id " + i);
            last = next;
        }
    }

    @Test
    void workerMustFitTenBits() {
        assertThrows(IllegalArgumentException.class, () -> new SnowflakeIdGenerator(1024, () -> T));
        assertThrows(IllegalArgumentException.class, () -> new SnowflakeIdGenerator(-1, () -> T));
    }
}
