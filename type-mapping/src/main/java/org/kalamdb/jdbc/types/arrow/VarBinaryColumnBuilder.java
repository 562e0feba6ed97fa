package org.kalamdb.jdbc.types.arrow;

import java.nio.charset.StandardCharsets;

/** Utf8/LargeUtf8 (any CharSequence) and Binary/LargeBinary (byte[]) columns. */
final class VarBinaryColumnBuilder extends ColumnBuilder {

    private final GrowableBuffer offsets = new GrowableBuffer(64);
    private final GrowableBuffer data = new GrowableBuffer(256);
    private final boolean large;
    private final boolean utf8;

    VarBinaryColumnBuilder(Field field) {
        super(field);
        ArrowType type = field.type();
        large = type instanceof ArrowType.LargeUtf8 || type instanceof ArrowType.LargeBinary;
        utf8 = type instanceof ArrowType.Utf8 || type instanceof ArrowType.LargeUtf8;
        putOffset();
    }

    @Override
    Object prepare(Object value) {
        if (utf8) {
            if (value instanceof CharSequence s) {
                return s.toString().getBytes(StandardCharsets.UTF_8);
            }
            throw BuilderValues.refuse(field, value, "expected a String");
        }
        if (value instanceof byte[]) {
            return value;
        }
        throw BuilderValues.refuse(field, value, "expected byte[]");
    }

    @Override
    void appendPrepared(Object prepared) {
        data.putBytes((byte[]) prepared);
        putOffset();
    }

    private void putOffset() {
        if (large) {
            offsets.putLong(data.position());
        } else {
            offsets.putInt(data.position());
        }
    }

    @Override
    void appendEmpty() {
        putOffset();
    }

    @Override
    void copyValue(ColumnVector source, int row) {
        appendPrepared(source.getBytes(row));
    }

    @Override
    HeapVector build(BufferSlice validity, int nullCount) {
        return new HeapVarBinaryVector(field, size(), validity, nullCount, offsets.toSlice(), data.toSlice(),
                large, utf8);
    }
}
