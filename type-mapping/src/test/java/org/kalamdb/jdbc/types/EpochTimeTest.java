package org.kalamdb.jdbc.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.access.Accessors;
import org.kalamdb.jdbc.types.arrow.ArrowType.TimeUnit;

/** Epoch values to wall clocks in every unit, before and after the epoch, and the parsed-type caches. */
class EpochTimeTest {

    @Test
    void wallClocksOfEveryUnitAsInUtc() {
        long micros = -1_234_567L;    // 1969-12-31T23:59:58.765433
        assertEquals(LocalDateTime.ofInstant(Instant.ofEpochSecond(-2, 765_433_000), ZoneOffset.UTC),
                EpochTime.localDateTime(micros, TimeUnit.MICROSECOND));
        assertEquals(-2, EpochTime.epochSecond(micros, TimeUnit.MICROSECOND));
        assertEquals(765_433_000, EpochTime.nanoOfSecond(micros, TimeUnit.MICROSECOND));
        assertEquals(LocalDateTime.of(2024, 1, 31, 12, 34, 56, 789_000_000),
                EpochTime.localDateTime(1_706_704_496_789L, TimeUnit.MILLISECOND));
        assertEquals(LocalDateTime.of(2024, 1, 31, 12, 34, 56, 1),
                EpochTime.localDateTime(1_706_704_496_000_000_001L, TimeUnit.NANOSECOND));
        assertEquals(LocalDateTime.of(1900, 1, 1, 0, 0), EpochTime.localDateTime(-2_208_988_800L, TimeUnit.SECOND));
    }

    @Test
    void secondsBeyondLocalDateTimeAreOutOfRange() {
        ValueConversionException e = assertThrows(ValueConversionException.class,
                () -> EpochTime.localDateTime(Long.MAX_VALUE, TimeUnit.SECOND));
        assertEquals(SqlStates.DATETIME_OVERFLOW, e.sqlState());
        assertEquals(SqlStates.DATETIME_OVERFLOW, assertThrows(ValueConversionException.class,
                () -> EpochTime.wallSecond(Long.MIN_VALUE, TimeUnit.SECOND)).sqlState());
    }

    @Test
    void metadataParsesTheSameEveryTime() {
        String decimal = "{\"Decimal\":{\"precision\":12,\"scale\":3}}";
        assertEquals(KalamType.decimal(12, 3), KalamType.fromSerdeJson(decimal));
        assertEquals(KalamType.decimal(12, 3), KalamType.fromSerdeJson(decimal));
        assertEquals(KalamType.embedding(7), KalamType.fromSerdeJson(" {\"Embedding\": 7} "));
        assertNull(KalamType.fromSerdeJson("\"NoSuchType\""));
        assertNull(KalamType.fromSerdeJson("\"NoSuchType\""));
        assertThrows(IllegalArgumentException.class,
                () -> KalamType.fromSerdeJson("{\"Decimal\":{\"precision\":99,\"scale\":3}}"));
    }

    @Test
    void equalFieldsShareTheirAccessor() {
        assertSame(Accessors.forField(KalamType.TIMESTAMP.toArrowField("ts", true, false)),
                Accessors.forField(KalamType.TIMESTAMP.toArrowField("ts", true, false)));
        assertEquals("ts2", Accessors.forField(KalamType.TIMESTAMP.toArrowField("ts2", true, false)).field().name());
    }
}
