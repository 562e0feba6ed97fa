package org.kalamdb.jdbc.bench.data;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic content of the benchmark tables: row {@code id} is the same on every side
 * (KalamDB in-process, KalamDB standalone, PostgreSQL), so every peer holds the same data.
 * Names repeat every {@link #NAME_GROUPS} ids, which gives the GROUP BY benchmark its groups.
 */
public final class BenchData {

    /** Distinct values of {@code name}: the GROUP BY yields this many groups. */
    public static final int NAME_GROUPS = 1000;

    private static final long BASE_MICROS = LocalDateTime.of(2024, 1, 1, 0, 0)
            .toEpochSecond(ZoneOffset.UTC) * 1_000_000L;

    private BenchData() {
    }

    public static BenchRow row(long id) {
        return new BenchRow(id, name(id), score(id), BASE_MICROS + id * 1_000_123L, id % 3 == 0,
                BigDecimal.valueOf(Math.floorMod(id * 7_919L, 1_000_000_000L), 4));
    }

    /** {@code count} consecutive rows starting at {@code firstId}. */
    public static List<BenchRow> rows(long firstId, int count) {
        List<BenchRow> out = new ArrayList<>(count);
        for (long id = firstId; id < firstId + count; id++) {
            out.add(row(id));
        }
        return out;
    }

    /** 20 characters: {@code customer-} and the group number padded to 11 digits. */
    static String name(long id) {
        String group = Long.toString(Math.floorMod(id, NAME_GROUPS));
        return "customer-" + "0".repeat(11 - group.length()) + group;
    }

    static double score(long id) {
        return Math.floorMod(id * 31L, 10_007L) * 0.25 + id / 1_000_000.0;
    }

    /** The TIMESTAMP as JDBC binds it: the wall clock in the JVM's zone. */
    public static Timestamp timestamp(BenchRow row) {
        return Timestamp.valueOf(row.created());
    }
}
