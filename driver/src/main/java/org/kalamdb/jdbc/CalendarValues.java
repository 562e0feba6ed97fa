package org.kalamdb.jdbc;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Calendar;

/**
 * JDBC's "with a Calendar" setters: the given value is an instant and the calendar's time zone
 * says which wall clock the database should store. KalamDB TIMESTAMP, DATE and TIME are wall
 * clock values, so the result is the java.time local value seen in that zone.
 */
final class CalendarValues {

    private CalendarValues() {
    }

    static LocalDateTime timestampIn(Timestamp value, Calendar calendar) {
        Instant instant = value.toInstant();
        return LocalDateTime.ofInstant(instant, zone(calendar));
    }

    static LocalDate dateIn(Date value, Calendar calendar) {
        return Instant.ofEpochMilli(value.getTime()).atZone(zone(calendar)).toLocalDate();
    }

    static LocalTime timeIn(Time value, Calendar calendar) {
        return Instant.ofEpochMilli(value.getTime()).atZone(zone(calendar)).toLocalTime();
    }

    private static ZoneId zone(Calendar calendar) {
        return calendar.getTimeZone().toZoneId();
    }
}
