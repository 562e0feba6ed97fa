package org.kalamdb.jdbc.bench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BenchDataTest {

    @Test
    void rowsAreDeterministicAndHaveTheIssueShape() {
        BenchRow r = BenchData.row(123_456);
        assertEquals(r, BenchData.row(123_456));
        assertEquals(123_456, r.id());
        assertEquals("customer-00000000456", r.name());
        assertEquals(20, r.name().length());
        assertEquals(4, r.amount().scale());
        assertEquals(new BigDecimal("97764.8064"), r.amount());    // 123456 * 7919 mod 1e9, scale 4
        assertEquals(LocalDateTime.of(2024, 1, 2, 10, 17, 51, 185_088_000), r.created());
        assertEquals(true, r.active());
    }

    @Test
    void namesFormTheGroupsOfTheAggregate() {
        Set<String> names = new HashSet<>();
        for (BenchRow r : BenchData.rows(0, 5_000)) {
            names.add(r.name());
        }
        assertEquals(BenchData.NAME_GROUPS, names.size());
    }

    @Test
    void joinTablesShareHalfTheirIds() {
        var join = BenchTable.join(10_000);
        assertEquals(0, join.get(0).firstId());
        assertEquals(5_000, join.get(1).firstId());
        assertEquals(14_999, join.get(1).lastId());
        assertNotEquals(join.get(0).name(), join.get(1).name());
    }

    @Test
    void timestampBindsTheWallClock() {
        BenchRow r = BenchData.row(7);
        assertEquals(r.created(), BenchData.timestamp(r).toLocalDateTime());
    }
}
