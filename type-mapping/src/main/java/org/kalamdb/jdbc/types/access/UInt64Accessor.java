package org.kalamdb.jdbc.types.access;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/** UInt64: the raw bits are unsigned; getObject is a BigInteger, getLong is range-checked. */
final class UInt64Accessor extends AbstractAccessor {

    UInt64Accessor(Field field) {
        super(field);
    }

    @Override
    BigInteger bigInteger(ColumnVector v, int row) {
        long bits = v.getLong(row);
        BigInteger value = BigInteger.valueOf(bits & Long.MAX_VALUE);
        return bits < 0 ? value.setBit(63) : value;
    }

    @Override
    long longValue(ColumnVector v, int row) {
        long bits = v.getLong(row);
        if (bits < 0) {
            throw Narrowing.outOfRange(Long.toUnsignedString(bits), "long");
        }
        return bits;
    }

    @Override
    boolean bool(ColumnVector v, int row) {
        long bits = v.getLong(row);
        if (bits == 0 || bits == 1) {
            return bits == 1;
        }
        throw impossible("boolean (value " + Long.toUnsignedString(bits) + ")");
    }

    @Override
    double doubleValue(ColumnVector v, int row) {
        return bigInteger(v, row).doubleValue();
    }

    @Override
    BigDecimal decimal(ColumnVector v, int row) {
        return new BigDecimal(bigInteger(v, row));
    }

    @Override
    String string(ColumnVector v, int row) {
        return Long.toUnsignedString(v.getLong(row));
    }

    @Override
    Object object(ColumnVector v, int row) {
        return bigInteger(v, row);
    }
}
