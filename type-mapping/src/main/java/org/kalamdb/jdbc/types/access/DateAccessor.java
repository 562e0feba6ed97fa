package org.kalamdb.jdbc.types.access;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Calendar;

import org.kalamdb.jdbc.types.EpochTime;
import org.kalamdb.jdbc.types.TextFormats;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/** DATE (Date32 days; also Date64 milliseconds): a calendar date; as a timestamp, its midnight. */
final class DateAccessor extends AbstractAccessor {

    private final boolean milliseconds;

    DateAccessor(Field field) {
        super(field);
        milliseconds = ((ArrowType.Date) field.type()).unit() == ArrowType.DateUnit.MILLISECOND;
    }

    @Override
    LocalDate localDate(ColumnVector v, int row) {
        long value = v.getLong(row);
        return EpochTime.localDate(milliseconds ? Math.floorDiv(value, 86_400_000L) : value);
    }

    @Override
    Date date(ColumnVector v, int row, Calendar calendar) {
        if (calendar != null) {
            return super.date(v, row, calendar);
        }
        long value = v.getLong(row);
        return DefaultZoneWallClock.date(milliseconds ? Math.floorDiv(value, 86_400_000L) : value);
    }

    @Override
    LocalDateTime localDateTime(ColumnVector v, int row) {
        return localDate(v, row).atStartOfDay();
    }

    @Override
    String string(ColumnVector v, int row) {
        return TextFormats.date(localDate(v, row));
    }

    @Override
    Object object(ColumnVector v, int row) {
        return date(v, row, null);
    }
}
