package org.kalamdb.jdbc.types.arrow;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Decimal columns: BigDecimal rescaled exactly, or any integral Number. */
final class DecimalColumnBuilder extends ColumnBuilder {

    /** Decimal digits every long holds (10^18 - 1 < 2^63). */
    private static final int LONG_DIGITS = 18;

    private final GrowableBuffer data;
    private final ArrowType.Decimal type;
    private final int width;

    DecimalColumnBuilder(Field field, int expectedSlots) {
        super(field, expectedSlots);
        type = (ArrowType.Decimal) field.type();
        width = type.bitWidth() / 8;
        data = new GrowableBuffer(Math.multiplyExact(expectedSlots, width));
    }

    @Override
    Object prepare(Object value) {
        return BuilderValues.decimalValue(value, type, field);
    }

    /**
     * A BigDecimal already at the field's scale with at most 18 digits (within the precision) needs
     * no rescaling and fits a long: its unscaled value is written sign-extended, no BigInteger
     * arithmetic. Everything else takes the checked path.
     */
    @Override
    void appendValue(Object value) {
        if (value instanceof BigDecimal d && d.scale() == type.scale() && width >= Long.BYTES) {
            int digits = d.precision();
            if (digits <= LONG_DIGITS && digits <= type.precision()) {
                markValid();
                // the unscaled value as a long: scaleByPowerOfTen only moves the scale (no digits
                // are copied), unlike unscaledValue(), which builds a BigInteger per value
                BuilderValues.putUnscaled(data, d.scaleByPowerOfTen(d.scale()).longValue(), width);
                return;
            }
        }
        super.appendValue(value);
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
