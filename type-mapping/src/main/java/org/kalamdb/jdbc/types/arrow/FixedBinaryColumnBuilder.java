package org.kalamdb.jdbc.types.arrow;

/** FixedSizeBinary columns: byte[] of the exact width; UUID for width 16. */
final class FixedBinaryColumnBuilder extends ColumnBuilder {

    private final GrowableBuffer data = new GrowableBuffer(64);
    private final int width;

    FixedBinaryColumnBuilder(Field field) {
        super(field);
        width = ((ArrowType.FixedSizeBinary) field.type()).byteWidth();
    }

    @Override
    Object prepare(Object value) {
        return BuilderValues.fixedBinary(value, width, field);
    }

    @Override
    void appendPrepared(Object prepared) {
        data.putBytes((byte[]) prepared);
    }

    @Override
    void appendEmpty() {
        data.putZeros(width);
    }

    @Override
    void copyValue(ColumnVector source, int row) {
        data.putBytes(source.getBytes(row));
    }

    @Override
    HeapVector build(BufferSlice validity, int nullCount) {
        return new HeapFixedBinaryVector(field, size(), validity, nullCount, data.toSlice(), width);
    }
}
