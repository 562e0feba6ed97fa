package org.kalamdb.jdbc.types.access;

import java.time.LocalTime;

import org.kalamdb.jdbc.types.EpochTime;
import org.kalamdb.jdbc.types.TextFormats;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/** TIME (Time64 µs; also Time32 s/ms and Time64 ns): a time of day. */
final class TimeAccessor extends AbstractAccessor {

    private final ArrowType.TimeUnit unit;

    TimeAccessor(Field field) {
        super(field);
        unit = ((ArrowType.Time) field.type()).unit();
    }

    @Override
    LocalTime localTime(ColumnVector v, int row) {
        return EpochTime.localTime(v.getLong(row), unit);
    }

    @Override
    String string(ColumnVector v, int row) {
        return TextFormats.time(localTime(v, row));
    }

    @Override
    Object object(ColumnVector v, int row) {
        return time(v, row, null);
    }
}
