package org.kalamdb.jdbc.types.arrow;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Utf8View and BinaryView columns: short values inline in the view, long ones in one data buffer. */
final class BinaryViewColumnBuilder extends ColumnBuilder {

    private final GrowableBuffer views = new GrowableBuffer(256);
    private final GrowableBuffer data = new GrowableBuffer(256);
    private final boolean utf8;

    BinaryViewColumnBuilder(Field field) {
        super(field, DEFAULT_SLOTS);
        utf8 = field.type() instanceof ArrowType.Utf8View;
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
        byte[] bytes = (byte[]) prepared;
        views.putInt(bytes.length);
        if (bytes.length <= HeapBinaryViewVector.MAX_INLINE) {
            views.putBytes(bytes);
            views.putZeros(HeapBinaryViewVector.MAX_INLINE - bytes.length);
        } else {
            views.putBytes(bytes, 0, 4);       // prefix
            views.putInt(0);                   // data buffer index
            views.putInt(data.position());     // offset in it
            data.putBytes(bytes);
        }
    }

    @Override
    void appendEmpty() {
        views.putZeros(HeapBinaryViewVector.VIEW_WIDTH);
    }

    @Override
    void copyValue(ColumnVector source, int row) {
        appendPrepared(source.getBytes(row));
    }

    @Override
    HeapVector build(BufferSlice validity, int nullCount) {
        List<BufferSlice> buffers = data.position() == 0 ? List.of() : List.of(data.toSlice());
        return new HeapBinaryViewVector(field, size(), validity, nullCount, views.toSlice(), buffers, utf8);
    }
}
