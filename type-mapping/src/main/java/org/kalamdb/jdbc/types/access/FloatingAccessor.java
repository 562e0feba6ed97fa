package org.kalamdb.jdbc.types.access;

import java.math.BigDecimal;

import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * Float16, Float32 (REAL: getObject is a Float) and Float64 (DOUBLE: a Double). Integer getters
 * truncate the fraction and range-check; text is Java's shortest round-trip form
 * ({@code 0.1}, {@code NaN}, {@code Infinity}).
 */
final class FloatingAccessor extends AbstractAccessor {

    private final boolean single;

    FloatingAccessor(Field field, boolean single) {
        super(field);
        this.single = single;
    }

    @Override
    double doubleValue(ColumnVector v, int row) {
        return v.getDouble(row);
    }

    @Override
    float floatValue(ColumnVector v, int row) {
        return single ? (float) v.getDouble(row) : Narrowing.toFloat(v.getDouble(row));
    }

    @Override
    long longValue(ColumnVector v, int row) {
        return Narrowing.toLong(v.getDouble(row));
    }

    @Override
    boolean bool(ColumnVector v, int row) {
        double d = v.getDouble(row);
        if (d == 0 || d == 1) {
            return d == 1;
        }
        throw impossible("boolean (value " + d + ")");
    }

    @Override
    BigDecimal decimal(ColumnVector v, int row) {
        if (single) {
            float f = (float) v.getDouble(row);
            if (!Float.isFinite(f)) {
                throw Narrowing.outOfRange(f, "BigDecimal");
            }
            return new BigDecimal(Float.toString(f));
        }
        return Narrowing.toBigDecimal(v.getDouble(row));
    }

    @Override
    String string(ColumnVector v, int row) {
        return single ? Float.toString((float) v.getDouble(row)) : Double.toString(v.getDouble(row));
    }

    @Override
    Object object(ColumnVector v, int row) {
        return single ? (Object) (float) v.getDouble(row) : (Object) v.getDouble(row);
    }
}
