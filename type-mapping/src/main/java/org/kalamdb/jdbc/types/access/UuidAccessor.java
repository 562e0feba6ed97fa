package org.kalamdb.jdbc.types.access;

import java.nio.ByteBuffer;
import java.util.UUID;

import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/** UUID (FixedSizeBinary(16), RFC 4122 byte order): java.util.UUID, its text, or the 16 bytes. */
final class UuidAccessor extends AbstractAccessor {

    UuidAccessor(Field field) {
        super(field);
    }

    @Override
    UUID uuid(ColumnVector v, int row) {
        ByteBuffer bytes = ByteBuffer.wrap(v.getBytes(row));
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    @Override
    byte[] bytes(ColumnVector v, int row) {
        return v.getBytes(row);
    }

    @Override
    String string(ColumnVector v, int row) {
        return uuid(v, row).toString();
    }

    @Override
    Object object(ColumnVector v, int row) {
        return uuid(v, row);
    }
}
