package org.kalamdb.jdbc.types.access;

import java.time.Duration;

import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/** Duration: java.time.Duration (ISO text {@code PT1.5S}); getLong is the raw count in the field's unit. */
final class DurationAccessor extends AbstractAccessor {

    private final ArrowType.TimeUnit unit;

    DurationAccessor(Field field) {
        super(field);
        unit = ((ArrowType.Duration) field.type()).unit();
    }

    private Duration duration(ColumnVector v, int row) {
        long value = v.getLong(row);
        return switch (unit) {
            case SECOND -> Duration.ofSeconds(value);
            case MILLISECOND -> Duration.ofMillis(value);
            case MICROSECOND -> Duration.ofSeconds(Math.floorDiv(value, 1_000_000L),
                    Math.floorMod(value, 1_000_000L) * 1_000L);
            case NANOSECOND -> Duration.ofNanos(value);
        };
    }

    @Override
    long longValue(ColumnVector v, int row) {
        return v.getLong(row);
    }

    @Override
    String string(ColumnVector v, int row) {
        return duration(v, row).toString();
    }

    @Override
    Object object(ColumnVector v, int row) {
        return duration(v, row);
    }
}
