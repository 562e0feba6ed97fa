package org.kalamdb.jdbc.types.arrow;

import java.math.BigInteger;

/** Decimal columns: BigDecimal rescaled exactly, or any integral Number. */
final class DecimalColumnBuilder extends ColumnBuilder {

    private final GrowableBuffer data = new GrowableBuffer(64);
    private final ArrowType.Decimal type;
    private final int width;

    DecimalColumnBuilder(Field field) {
        super(field);
        type = (ArrowType.Decimal) field.type();
        width = type.bitWidth() / 8;
    }

    @Override
    Object prepare(Object value) {
        return BuilderValues.decimalValue(value, type, field);
    }

    @Override
    void appendPrepared(Object prepared) {
        BuilderValues.putUnscaled(data, (BigInteger) prepared, width);
    }

    @Override
    void appendEmpty() {
        data.putZeros(width);
    }

    @Override
    void copyValue(ColumnVector source, int row) {
        appendPrepared(BuilderValues.decimalValue(source.getDecimal(row), type, field));
    }

    @Override
    HeapVector build(BufferSlice validity, int nullCount) {
        return new HeapDecimalVector(field, size(), validity, nullCount, data.toSlice(), width, type.scale());
    }
}
