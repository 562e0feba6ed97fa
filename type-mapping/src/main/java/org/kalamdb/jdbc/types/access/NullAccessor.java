package org.kalamdb.jdbc.types.access;

import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/** Arrow Null: every slot is SQL NULL. */
final class NullAccessor extends AbstractAccessor {

    NullAccessor(Field field) {
        super(field);
    }

    @Override
    public boolean isNull(ColumnVector vector, int row) {
        return true;
    }

    @Override
    String string(ColumnVector v, int row) {
        throw new IllegalStateException("a Null column has no values");
    }

    @Override
    Object object(ColumnVector v, int row) {
        throw new IllegalStateException("a Null column has no values");
    }
}
