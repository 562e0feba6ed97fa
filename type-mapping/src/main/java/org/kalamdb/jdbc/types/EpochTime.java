package org.kalamdb.jdbc.types;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.kalamdb.jdbc.types.arrow.ArrowType;

/**
 * Arrow's integer time values (a count of a unit since the epoch or since midnight) to and from
 * java.time. KalamDB stores TIMESTAMP and DATETIME as microseconds since 1970-01-01T00:00Z; a
 * TIMESTAMP's wall clock is that instant read in UTC.
 */
public final class EpochTime {

    private static final long MICROS_PER_DAY = 86_400_000_000L;
    private static final long MIN_WALL_SECOND = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC);
    private static final long MAX_WALL_SECOND = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC);

    private EpochTime() {
    }

    private static long perSecond(ArrowType.TimeUnit unit) {
        return switch (unit) {
            case SECOND -> 1L;
            case MILLISECOND -> 1_000L;
            case MICROSECOND -> 1_000_000L;
            case NANOSECOND -> 1_000_000_000L;
        };
    }

    public static Instant instant(long value, ArrowType.TimeUnit unit) {
        long per = perSecond(unit);
        try {
            return Instant.ofEpochSecond(Math.floorDiv(value, per), Math.floorMod(value, per) * (1_000_000_000L / per));
        } catch (DateTimeException e) {
            throw overflow(value + " " + unit + " since the epoch");
        }
    }

    /** The wall clock of a zone-less timestamp: the epoch value read in UTC. */
    public static LocalDateTime localDateTime(long value, ArrowType.TimeUnit unit) {
        // ofEpochSecond, not ofInstant(…, UTC): ZoneOffset.getRules() makes new ZoneRules per call
        try {
            return LocalDateTime.ofEpochSecond(epochSecond(value, unit), nanoOfSecond(value, unit), ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw overflow(value + " " + unit + " since the epoch");
        }
    }

    /** Whole seconds since the epoch of a value in {@code unit} (rounded down). */
    public static long epochSecond(long value, ArrowType.TimeUnit unit) {
        return Math.floorDiv(value, perSecond(unit));
    }

    /** The nanosecond of the second of a value in {@code unit}, 0..999,999,999. */
    public static int nanoOfSecond(long value, ArrowType.TimeUnit unit) {
        long per = perSecond(unit);
        return (int) (Math.floorMod(value, per) * (1_000_000_000L / per));
    }

    /**
     * The seconds of a zone-less timestamp's wall clock read as UTC, checked against the range of
     * {@link LocalDateTime} as {@link #localDateTime} checks it.
     */
    public static long wallSecond(long value, ArrowType.TimeUnit unit) {
        long second = epochSecond(value, unit);
        if (second < MIN_WALL_SECOND || second > MAX_WALL_SECOND) {
            throw overflow(value + " " + unit + " since the epoch");
        }
        return second;
    }

    public static LocalTime localTime(long value, ArrowType.TimeUnit unit) {
        long nanosPerUnit = 1_000_000_000L / perSecond(unit);
        if (value < 0 || value >= 86_400L * perSecond(unit)) {
            throw overflow("time of day " + value + " " + unit);
        }
        return LocalTime.ofNanoOfDay(value * nanosPerUnit);
    }

    public static LocalDate localDate(long days) {
        try {
            return LocalDate.ofEpochDay(days);
        } catch (DateTimeException e) {
            throw overflow("date " + days + " days since the epoch");
        }
    }

    /** Microseconds since the epoch, truncating sub-microsecond digits. */
    public static long micros(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
        } catch (ArithmeticException e) {
            throw overflow(instant + " as microseconds");
        }
    }

    /** A wall clock stored as TIMESTAMP: its microseconds when read as UTC. */
    public static long micros(LocalDateTime wallClock) {
        return micros(wallClock.toInstant(ZoneOffset.UTC));
    }

    /** Microseconds since midnight, truncating sub-microsecond digits. */
    public static long micros(LocalTime time) {
        return time.toNanoOfDay() / 1_000L;
    }

    public static boolean isTimeOfDay(long micros) {
        return micros >= 0 && micros < MICROS_PER_DAY;
    }

    private static ValueConversionException overflow(String what) {
        return new ValueConversionException(SqlStates.DATETIME_OVERFLOW, "datetime out of range: " + what);
    }
}
