package org.kalamdb.jdbc.types.access;

import org.kalamdb.jdbc.types.TextFormats;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/** BYTES and the other binary kinds: byte[]; text is PostgreSQL's bytea hex form {@code \x0102}. */
final class BinaryAccessor extends AbstractAccessor {

    BinaryAccessor(Field field) {
        super(field);
    }

    @Override
    byte[] bytes(ColumnVector v, int row) {
        return v.getBytes(row);
    }

    @Override
    String string(ColumnVector v, int row) {
        return TextFormats.bytea(v.getBytes(row));
    }

    @Override
    Object object(ColumnVector v, int row) {
        return v.getBytes(row);
    }
}
