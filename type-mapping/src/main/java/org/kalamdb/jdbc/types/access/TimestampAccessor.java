package org.kalamdb.jdbc.types.access;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;

import org.kalamdb.jdbc.types.EpochTime;
import org.kalamdb.jdbc.types.TextFormats;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * TIMESTAMP (Timestamp without a time zone, any unit): a wall-clock LocalDateTime, the stored epoch
 * value read in UTC. getTimestamp without a Calendar gives that wall clock in the JVM's zone; with
 * one, the wall clock interpreted in the calendar's zone. As an Instant or OffsetDateTime it is
 * the stored UTC-based value.
 */
final class TimestampAccessor extends AbstractAccessor {

    private final ArrowType.TimeUnit unit;

    TimestampAccessor(Field field) {
        super(field);
        unit = ((ArrowType.Timestamp) field.type()).unit();
    }

    @Override
    LocalDateTime localDateTime(ColumnVector v, int row) {
        return EpochTime.localDateTime(v.getLong(row), unit);
    }

    @Override
    LocalDate localDate(ColumnVector v, int row) {
        return localDateTime(v, row).toLocalDate();
    }

    @Override
    LocalTime localTime(ColumnVector v, int row) {
        return localDateTime(v, row).toLocalTime();
    }

    @Override
    OffsetDateTime offsetDateTime(ColumnVector v, int row) {
        return localDateTime(v, row).atOffset(ZoneOffset.UTC);
    }

    @Override
    Instant instant(ColumnVector v, int row) {
        return EpochTime.instant(v.getLong(row), unit);
    }

    /** Without a Calendar straight from the epoch value: no LocalDateTime on the way (the hot getter). */
    @Override
    Timestamp timestamp(ColumnVector v, int row, Calendar calendar) {
        if (calendar != null) {
            return super.timestamp(v, row, calendar);
        }
        long value = v.getLong(row);
        return DefaultZoneWallClock.timestamp(EpochTime.wallSecond(value, unit), EpochTime.nanoOfSecond(value, unit));
    }

    @Override
    Date date(ColumnVector v, int row, Calendar calendar) {
        if (calendar != null) {
            return super.date(v, row, calendar);
        }
        return DefaultZoneWallClock.date(Math.floorDiv(EpochTime.wallSecond(v.getLong(row), unit), 86_400L));
    }

    @Override
    String string(ColumnVector v, int row) {
        return TextFormats.timestamp(localDateTime(v, row));
    }

    @Override
    Object object(ColumnVector v, int row) {
        return timestamp(v, row, null);
    }
}
