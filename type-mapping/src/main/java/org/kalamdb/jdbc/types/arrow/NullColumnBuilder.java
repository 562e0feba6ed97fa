package org.kalamdb.jdbc.types.arrow;

/** Null columns: only null slots. */
final class NullColumnBuilder extends ColumnBuilder {

    NullColumnBuilder(Field field) {
        super(field, DEFAULT_SLOTS);
    }

    @Override
    Object prepare(Object value) {
        throw BuilderValues.refuse(field, value, "a Null column holds only null");
    }

    @Override
    void appendPrepared(Object prepared) {
        throw new IllegalStateException("unreachable: prepare refuses every value");
    }

    @Override
    void appendEmpty() {
        // no buffers
    }

    @Override
    void copyValue(ColumnVector source, int row) {
        throw new IllegalStateException("a Null vector has no valid slot");
    }

    @Override
    HeapVector build(BufferSlice validity, int nullCount) {
        return new HeapNullVector(field, size());
    }
}
