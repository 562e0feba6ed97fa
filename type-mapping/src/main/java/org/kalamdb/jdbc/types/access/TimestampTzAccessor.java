package org.kalamdb.jdbc.types.access;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;

import org.kalamdb.jdbc.types.EpochTime;
import org.kalamdb.jdbc.types.TextFormats;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * DATETIME (Timestamp with a time zone, KalamDB's is "UTC"): an instant. getTimestamp is that
 * instant whatever the Calendar; getDate/getTime and the local java.time views are the instant
 * seen in the Calendar's zone (the JVM's without one). getObject is an OffsetDateTime in the
 * column's zone; text is {@code 2024-01-31 12:34:56.5+00}.
 */
final class TimestampTzAccessor extends AbstractAccessor {

    private final ArrowType.TimeUnit unit;
    private final ZoneId columnZone;

    TimestampTzAccessor(Field field) {
        super(field);
        ArrowType.Timestamp type = (ArrowType.Timestamp) field.type();
        unit = type.unit();
        columnZone = zoneOf(type.timezone());
    }

    private static ZoneId zoneOf(String name) {
        try {
            return name.equalsIgnoreCase("UTC") ? ZoneOffset.UTC : ZoneId.of(name);
        } catch (DateTimeException e) {
            // an unknown zone name: the value is still an instant, show it in UTC
            return ZoneOffset.UTC;
        }
    }

    @Override
    Instant instant(ColumnVector v, int row) {
        return EpochTime.instant(v.getLong(row), unit);
    }

    @Override
    OffsetDateTime offsetDateTime(ColumnVector v, int row) {
        return instant(v, row).atZone(columnZone).toOffsetDateTime();
    }

    @Override
    LocalDateTime localDateTime(ColumnVector v, int row) {
        return LocalDateTime.ofInstant(instant(v, row), ZoneId.systemDefault());
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
    Timestamp timestamp(ColumnVector v, int row, Calendar calendar) {
        return Timestamp.from(instant(v, row));
    }

    @Override
    Date date(ColumnVector v, int row, Calendar calendar) {
        ZoneId zone = zone(calendar);
        LocalDate day = LocalDate.ofInstant(instant(v, row), zone);
        return new Date(day.atStartOfDay(zone).toInstant().toEpochMilli());
    }

    @Override
    Time time(ColumnVector v, int row, Calendar calendar) {
        ZoneId zone = zone(calendar);
        LocalTime clock = LocalTime.ofInstant(instant(v, row), zone);
        return new Time(clock.atDate(LocalDate.of(1970, 1, 1)).atZone(zone).toInstant().toEpochMilli());
    }

    @Override
    String string(ColumnVector v, int row) {
        return TextFormats.timestampTz(offsetDateTime(v, row));
    }

    @Override
    Object object(ColumnVector v, int row) {
        return offsetDateTime(v, row);
    }
}
