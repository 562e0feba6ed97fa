package org.kalamdb.jdbc.types.access;

import java.math.BigDecimal;

import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/** DECIMAL(p, s): BigDecimal at the column's scale; integer getters truncate and range-check. */
final class DecimalAccessor extends AbstractAccessor {

    DecimalAccessor(Field field) {
        super(field);
    }

    @Override
    BigDecimal decimal(ColumnVector v, int row) {
        return v.getDecimal(row);
    }

    @Override
    long longValue(ColumnVector v, int row) {
        return Narrowing.toLong(v.getDecimal(row));
    }

    @Override
    double doubleValue(ColumnVector v, int row) {
        return v.getDecimal(row).doubleValue();
    }

    @Override
    boolean bool(ColumnVector v, int row) {
        BigDecimal d = v.getDecimal(row);
        if (d.signum() == 0) {
            return false;
        }
        if (d.compareTo(BigDecimal.ONE) == 0) {
            return true;
        }
        throw impossible("boolean (value " + d.toPlainString() + ")");
    }

    @Override
    String string(ColumnVector v, int row) {
        return v.getDecimal(row).toPlainString();
    }

    @Override
    Object object(ColumnVector v, int row) {
        return v.getDecimal(row);
    }
}
