package org.kalamdb.jdbc.types.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.util.Random;
import java.util.SimpleTimeZone;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.EpochTime;
import org.kalamdb.jdbc.types.ValueConversionException;

/**
 * A java.sql.Timestamp written to a TIMESTAMP column is its wall clock: {@code toLocalDateTime()},
 * read in UTC. The writer computes it from the instant and the default zone's offset; it must agree
 * with the legacy Date fields everywhere, in every zone, fractions of seconds and DST gaps included.
 */
class TimestampWallClockTest {

    private static final String[] ZONES = {"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata",
        "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns", "Europe/Amsterdam", "Africa/Monrovia",
        "Pacific/Kiritimati", "America/Sao_Paulo"};

    /** The microseconds, or the failure's message (beyond the microsecond range both must fail alike). */
    private static String outcome(java.util.function.LongSupplier micros) {
        try {
            return Long.toString(micros.getAsLong());
        } catch (ValueConversionException e) {
            return e.sqlState() + " " + e.getMessage();
        }
    }

    private static void assertSame(Timestamp t, String zone) {
        assertEquals(outcome(() -> EpochTime.micros(t.toLocalDateTime())),
                outcome(() -> ValueCoercer.wallClockMicros(t)), () -> zone + " " + t.getTime());
    }

    private static Timestamp timestamp(long millis, int nanos) {
        Timestamp t = new Timestamp(millis);
        t.setNanos(nanos);
        return t;
    }

    private static void assertSameInEveryZone(Iterable<Timestamp> values) {
        TimeZone saved = TimeZone.getDefault();
        try {
            for (String zone : ZONES) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                for (Timestamp t : values) {
                    assertSame(t, zone);
                }
            }
            // a zone whose offset is not a whole number of seconds
            TimeZone.setDefault(new SimpleTimeZone(3_600_500, "odd"));
            for (Timestamp t : values) {
                assertSame(t, "odd");
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void randomInstantsFrom1900To9999() {
        Random random = new Random(11);
        java.util.List<Timestamp> values = new java.util.ArrayList<>();
        long from = -2_208_988_800_000L - 86_400_000L * 2;
        long until = 253_402_300_800_000L + 86_400_000L * 2;
        for (int i = 0; i < 20_000; i++) {
            long millis = from + (long) (random.nextDouble() * (until - from));
            values.add(timestamp(millis, random.nextInt(1_000_000_000)));
        }
        assertSameInEveryZone(values);
    }

    @Test
    void aroundTheEdges() {
        java.util.List<Timestamp> values = new java.util.ArrayList<>();
        long[] edges = {0, -1, 1, 999, -999, -1000, -1001, -2_208_988_800_000L, -2_208_988_800_001L,
            253_402_300_800_000L, 253_402_300_799_999L,
            // DST switches in Berlin and New York, 2024
            1_711_846_800_000L, 1_711_846_799_999L, 1_729_990_800_000L, 1_710_054_000_000L,
            // long ago and far ahead: the legacy fields themselves are used there
            -12_219_292_800_000L - 1, -62_135_596_800_000L, -100_000_000_000_000L, 100_000_000_000_000_000L};
        for (long millis : edges) {
            values.add(new Timestamp(millis));
            values.add(timestamp(millis, 123_456_789));
            values.add(timestamp(millis, 999_999_999));
            values.add(timestamp(millis, 0));
        }
        assertSameInEveryZone(values);
    }
}
