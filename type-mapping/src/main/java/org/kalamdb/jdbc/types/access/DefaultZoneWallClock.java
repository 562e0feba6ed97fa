package org.kalamdb.jdbc.types.access;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.TimeZone;

/**
 * Wall clocks (TIMESTAMP and DATE values) as {@link Timestamp} and {@link Date} in the JVM's
 * default zone, exactly as {@link Timestamp#valueOf(LocalDateTime)} and
 * {@link Date#valueOf(LocalDate)} give them, without their cost per value (a calendar date object
 * and a Gregorian normalisation on every call).
 * <p>
 * Those methods read the wall clock through {@link TimeZone}, whose answers differ from
 * java.time's in places: in an overlap (clocks set back) they take the later offset where
 * java.time takes the earlier one, before 1900 they know no local mean time, and far in the future
 * they follow a recurring rule of their own. So the legacy conversion stays the reference. Each
 * value it converts teaches this class the <em>period</em> around it: the span of wall clocks,
 * between two transitions of the zone, that map to UTC with one offset and lie in no gap or
 * overlap. The period comes from the zone's java.time rules (the same tz data), is kept only
 * when the legacy conversion agrees with it at both of its ends as well, and only inside
 * 1900..2036, where both read the same transitions. Later values of a known period are a
 * subtraction. Everything else (gaps, overlaps, old and far-future dates, zones without java.time
 * rules) keeps going through the legacy methods.
 * <p>
 * The default zone is looked up on every call, as the legacy methods do; a change of it starts a
 * fresh set of periods.
 */
final class DefaultZoneWallClock {

    /** 1900-01-02T00:00Z: the legacy zone data start on 1900-01-01 (with a margin of a day). */
    static final long FIRST_SECOND = -2_208_902_400L;
    /** 2037-01-01T00:00Z: JDK 17's legacy zone data end in 2037. */
    static final long END_SECOND = 2_114_380_800L;
    /** More periods than 1900..2036 has for any zone with two transitions a year. */
    private static final int MAX_PERIODS = 512;

    private static volatile Periods current = Periods.none(null);

    private DefaultZoneWallClock() {
    }

    /**
     * {@code Timestamp.valueOf(LocalDateTime.ofEpochSecond(wallSecond, nanos, UTC))}.
     *
     * @param wallSecond the wall clock's seconds since 1970-01-01T00:00 (read as if it were UTC)
     * @param nanos      its nanosecond of the second, 0..999,999,999
     */
    static Timestamp timestamp(long wallSecond, int nanos) {
        Periods periods = periodsOfDefaultZone();
        int index = periods.find(wallSecond);
        Timestamp out;
        if (index >= 0) {
            out = new Timestamp((wallSecond - periods.offsets[index]) * 1000L);
        } else {
            out = Timestamp.valueOf(LocalDateTime.ofEpochSecond(wallSecond, nanos, ZoneOffset.UTC));
            learn(periods, wallSecond, Math.floorDiv(out.getTime(), 1000L));
        }
        out.setNanos(nanos);
        return out;
    }

    /** {@code Date.valueOf(LocalDate.ofEpochDay(epochDay))}. */
    static Date date(long epochDay) {
        long wallSecond = epochDay * 86_400L;
        Periods periods = periodsOfDefaultZone();
        int index = periods.find(wallSecond);
        if (index >= 0) {
            return new Date((wallSecond - periods.offsets[index]) * 1000L);
        }
        Date out = Date.valueOf(LocalDate.ofEpochDay(epochDay));
        learn(periods, wallSecond, Math.floorDiv(out.getTime(), 1000L));
        return out;
    }

    private static Periods periodsOfDefaultZone() {
        TimeZone zone = TimeZone.getDefault();
        Periods periods = current;
        if (!zone.equals(periods.zone)) {
            periods = Periods.none(zone);
            current = periods;
        }
        return periods;
    }

    /** The legacy conversion's UTC second for a wall clock second (no fraction). */
    private static long legacySecond(long wallSecond) {
        Timestamp t = Timestamp.valueOf(LocalDateTime.ofEpochSecond(wallSecond, 0, ZoneOffset.UTC));
        return Math.floorDiv(t.getTime(), 1000L);
    }

    /** Records the period around a value the legacy conversion just converted, when it is safe to. */
    private static void learn(Periods periods, long wallSecond, long utcSecond) {
        if (utcSecond < FIRST_SECOND || utcSecond >= END_SECOND || periods.offsets.length >= MAX_PERIODS) {
            return;
        }
        ZoneRules rules = periods.rules;
        if (rules == null) {
            return;
        }
        long offset = wallSecond - utcSecond;
        Instant at = Instant.ofEpochSecond(utcSecond);
        if (rules.getOffset(at).getTotalSeconds() != offset) {
            return;
        }
        // The transition at or before the value starts its period, the next one ends it. Wall clocks
        // from the start on are unambiguous: an overlap just before them resolves to this period's
        // offset in the legacy rules too. Before the end they are not once the clocks go back.
        ZoneOffsetTransition previous = rules.previousTransition(at.plusNanos(1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        long start = Math.max(previous == null ? FIRST_SECOND : previous.toEpochSecond(), FIRST_SECOND) + offset;
        long end = next == null || next.toEpochSecond() >= END_SECOND
                ? END_SECOND + offset
                : next.toEpochSecond() + Math.min(offset, next.getOffsetAfter().getTotalSeconds());
        if (wallSecond < start || wallSecond >= end
                || legacySecond(start) != start - offset || legacySecond(end - 1) != end - 1 - offset) {
            return;
        }
        Periods learned = periods.with(start, end, offset);
        if (current == periods) {
            current = learned;    // a lost race only loses this period: it is learned again later
        }
    }

    /**
     * The known periods of one zone: sorted, disjoint wall-clock ranges [start, end) in seconds
     * and their offsets. Immutable; learning a period makes a new instance.
     */
    private static final class Periods {

        final TimeZone zone;
        /** The zone's java.time rules; null when it has none (a custom TimeZone). */
        final ZoneRules rules;
        final long[] starts;
        final long[] ends;
        final long[] offsets;

        private Periods(TimeZone zone, ZoneRules rules, long[] starts, long[] ends, long[] offsets) {
            this.zone = zone;
            this.rules = rules;
            this.starts = starts;
            this.ends = ends;
            this.offsets = offsets;
        }

        /** No period known yet. */
        static Periods none(TimeZone zone) {
            ZoneRules rules = null;
            if (zone != null) {
                try {
                    rules = zone.toZoneId().getRules();
                } catch (DateTimeException e) {
                    rules = null;
                }
            }
            return new Periods(zone, rules, new long[0], new long[0], new long[0]);
        }

        /** Index of the period holding {@code wallSecond}, or a negative number. */
        int find(long wallSecond) {
            int i = Arrays.binarySearch(starts, wallSecond);
            if (i < 0) {
                i = -i - 2;    // the last period starting before the value
            }
            return i >= 0 && wallSecond < ends[i] ? i : -1;
        }

        Periods with(long start, long end, long offset) {
            int at = Arrays.binarySearch(starts, start);
            if (at >= 0) {
                return this;    // learned already (another thread)
            }
            at = -at - 1;
            return new Periods(zone, rules, insert(starts, at, start), insert(ends, at, end),
                    insert(offsets, at, offset));
        }

        private static long[] insert(long[] values, int at, long value) {
            long[] out = new long[values.length + 1];
            System.arraycopy(values, 0, out, 0, at);
            out[at] = value;
            System.arraycopy(values, at, out, at + 1, values.length - at);
            return out;
        }
    }
}
