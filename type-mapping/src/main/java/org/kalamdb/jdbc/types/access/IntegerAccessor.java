package org.kalamdb.jdbc.types.access;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * Int8..Int64 and UInt8..UInt32 (all fit a long). getObject follows the JDBC mapping: Integer for
 * TINYINT, SMALLINT and INTEGER, Long for BIGINT (and UInt32, which needs it).
 */
final class IntegerAccessor extends AbstractAccessor {

    private final boolean boxAsLong;

    IntegerAccessor(Field field, boolean boxAsLong) {
        super(field);
        this.boxAsLong = boxAsLong;
    }

    @Override
    long longValue(ColumnVector v, int row) {
        return v.getLong(row);
    }

    @Override
    boolean bool(ColumnVector v, int row) {
        return Narrowing.toBoolean(v.getLong(row));
    }

    @Override
    double doubleValue(ColumnVector v, int row) {
        return v.getLong(row);
    }

    @Override
    float floatValue(ColumnVector v, int row) {
        return v.getLong(row);
    }

    @Override
    BigDecimal decimal(ColumnVector v, int row) {
        return BigDecimal.valueOf(v.getLong(row));
    }

    @Override
    BigInteger bigInteger(ColumnVector v, int row) {
        return BigInteger.valueOf(v.getLong(row));
    }

    @Override
    String string(ColumnVector v, int row) {
        return Long.toString(v.getLong(row));
    }

    @Override
    Object object(ColumnVector v, int row) {
        long value = v.getLong(row);
        return boxAsLong ? (Object) value : (Object) (int) value;
    }
}
