package org.kalamdb.jdbc.bench.data;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One row of every benchmark table: (BIGINT, TEXT of 20 chars, DOUBLE, TIMESTAMP, BOOLEAN,
 * DECIMAL(18,4)), the shape issue 6 names. {@code createdMicros} is the wall clock of the
 * TIMESTAMP as microseconds since 1970-01-01T00:00 (UTC reading, as KalamDB stores it).
 */
public record BenchRow(long id, String name, double score, long createdMicros, boolean active, BigDecimal amount) {

    /** The TIMESTAMP's wall clock. */
    public LocalDateTime created() {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(createdMicros, 1_000_000L),
                (int) Math.floorMod(createdMicros, 1_000_000L) * 1000, ZoneOffset.UTC);
    }
}
