package org.kalamdb.jdbc.types.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wall-clock conversion gives exactly what Timestamp.valueOf and Date.valueOf give in the
 * default zone: same instant and same fields, in gaps and overlaps, for old dates (local mean
 * time, the Julian calendar) and far-future ones, and after the default zone changes.
 */
class DefaultZoneWallClockTest {

    /** DST both ways, half-hour DST, a skipped day, negative DST, no DST, a southern zone. */
    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
            "Pacific/Apia", "Europe/Dublin", "Asia/Kolkata", "America/Sao_Paulo", "UTC");

    private TimeZone saved;

    @BeforeEach
    void saveDefaultZone() {
        saved = TimeZone.getDefault();
    }

    @AfterEach
    void restoreDefaultZone() {
        TimeZone.setDefault(saved);
    }

    private static long wallSecond(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).toEpochSecond(ZoneOffset.UTC);
    }

    private static void assertLikeValueOf(long wallSecond, int nanos) {
        Timestamp expected = Timestamp.valueOf(LocalDateTime.ofEpochSecond(wallSecond, nanos, ZoneOffset.UTC));
        // twice: the first call may go the legacy way and learn the period, the second reads it
        for (int i = 0; i < 2; i++) {
            Timestamp actual = DefaultZoneWallClock.timestamp(wallSecond, nanos);
            String where = TimeZone.getDefault().getID() + " " + LocalDateTime.ofEpochSecond(wallSecond, nanos,
                    ZoneOffset.UTC);
            assertEquals(expected.getTime(), actual.getTime(), where);
            assertEquals(expected.getNanos(), actual.getNanos(), where);
            assertEquals(expected, actual, where);
            assertEquals(expected.toString(), actual.toString(), where);
        }
    }

    private static void assertDateLikeValueOf(long epochDay) {
        Date expected = Date.valueOf(LocalDate.ofEpochDay(epochDay));
        for (int i = 0; i < 2; i++) {
            Date actual = DefaultZoneWallClock.date(epochDay);
            assertEquals(expected.getTime(), actual.getTime(), TimeZone.getDefault().getID() + " day " + epochDay);
            assertEquals(expected.toString(), actual.toString());
        }
    }

    @Test
    void aroundEveryTransitionOfTheDataRange() {
        long[] offsets = {-86_400, -3_600, -1, 0, 1, 1_800, 3_599, 3_600, 5_400, 7_200, 86_400};
        for (String id : ZONES) {
            TimeZone.setDefault(TimeZone.getTimeZone(id));
            ZoneRules rules = ZoneId.of(id).getRules();
            Instant at = Instant.parse("1890-01-01T00:00:00Z");
            Instant end = Instant.parse("2045-01-01T00:00:00Z");
            ZoneOffsetTransition t;
            while ((t = rules.nextTransition(at)) != null && t.getInstant().isBefore(end)) {
                for (long d : offsets) {
                    assertLikeValueOf(t.toEpochSecond() + t.getOffsetBefore().getTotalSeconds() + d, 123_456_789);
                    assertLikeValueOf(t.toEpochSecond() + t.getOffsetAfter().getTotalSeconds() + d, 0);
                }
                at = t.getInstant();
            }
        }
    }

    @Test
    void randomValuesAndDates() {
        Random random = new Random(6);
        long from = wallSecond(1850, 1, 1, 0, 0);
        long to = wallSecond(2100, 1, 1, 0, 0);
        for (String id : ZONES) {
            TimeZone.setDefault(TimeZone.getTimeZone(id));
            for (int i = 0; i < 2_000; i++) {
                long second = from + (long) (random.nextDouble() * (to - from));
                assertLikeValueOf(second, random.nextInt(1_000_000_000));
                assertDateLikeValueOf(Math.floorDiv(second, 86_400L));
            }
        }
    }

    @Test
    void gapsAndOverlapsInBerlin() {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        // 2021-03-28 02:30 does not exist: valueOf moves it to 03:30 CEST
        assertLikeValueOf(wallSecond(2021, 3, 28, 2, 30), 0);
        assertEquals("2021-03-28 03:30:00.0", DefaultZoneWallClock.timestamp(wallSecond(2021, 3, 28, 2, 30), 0)
                .toString());
        // 2021-10-31 02:30 happens twice: valueOf takes the later one (CET), unlike java.time
        long overlap = wallSecond(2021, 10, 31, 2, 30);
        assertLikeValueOf(overlap, 0);
        assertEquals(Instant.parse("2021-10-31T01:30:00Z").toEpochMilli(),
                DefaultZoneWallClock.timestamp(overlap, 0).getTime());
    }

    @Test
    void oldAndFarFutureValues() {
        for (String id : ZONES) {
            TimeZone.setDefault(TimeZone.getTimeZone(id));
            assertLikeValueOf(wallSecond(1, 1, 1, 12, 0), 5);                  // Julian calendar
            assertLikeValueOf(wallSecond(1582, 10, 10, 0, 0), 0);             // in the Gregorian cutover
            assertLikeValueOf(wallSecond(1850, 6, 1, 12, 0), 0);              // local mean time
            assertLikeValueOf(wallSecond(2080, 7, 1, 12, 0), 999_999_999);    // after the legacy tables
            assertLikeValueOf(wallSecond(-5000, 1, 1, 0, 0), 0);
            assertDateLikeValueOf(LocalDate.of(1000, 2, 29 - 1).toEpochDay());
            assertDateLikeValueOf(LocalDate.of(2200, 12, 31).toEpochDay());
        }
    }

    @Test
    void aChangedDefaultZoneIsFollowed() {
        long summer = wallSecond(2024, 7, 1, 12, 0);
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        assertLikeValueOf(summer, 0);
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        assertLikeValueOf(summer, 0);
        assertEquals(Instant.parse("2024-07-01T16:00:00Z").toEpochMilli(),
                DefaultZoneWallClock.timestamp(summer, 0).getTime());
        TimeZone.setDefault(new java.util.SimpleTimeZone(3 * 3_600_000, "Custom/Plus3"));
        assertLikeValueOf(summer, 0);
    }
}
