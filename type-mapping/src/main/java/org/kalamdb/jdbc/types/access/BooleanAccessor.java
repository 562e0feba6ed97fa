package org.kalamdb.jdbc.types.access;

import java.math.BigDecimal;

import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/** BOOLEAN: numbers read it as 1 / 0, text as true / false. */
final class BooleanAccessor extends AbstractAccessor {

    BooleanAccessor(Field field) {
        super(field);
    }

    @Override
    boolean bool(ColumnVector v, int row) {
        return v.getBoolean(row);
    }

    @Override
    String string(ColumnVector v, int row) {
        return v.getBoolean(row) ? "true" : "false";
    }

    @Override
    Object object(ColumnVector v, int row) {
        return v.getBoolean(row);
    }

    @Override
    long longValue(ColumnVector v, int row) {
        return v.getBoolean(row) ? 1 : 0;
    }

    @Override
    double doubleValue(ColumnVector v, int row) {
        return longValue(v, row);
    }

    @Override
    BigDecimal decimal(ColumnVector v, int row) {
        return BigDecimal.valueOf(longValue(v, row));
    }
}
