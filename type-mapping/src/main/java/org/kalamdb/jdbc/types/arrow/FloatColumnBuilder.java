package org.kalamdb.jdbc.types.arrow;

/** Float16/32/64 columns: any Number. */
final class FloatColumnBuilder extends ColumnBuilder {

    private final GrowableBuffer data;
    private final int width;

    FloatColumnBuilder(Field field, int expectedSlots) {
        super(field, expectedSlots);
        width = switch (((ArrowType.FloatingPoint) field.type()).precision()) {
            case HALF -> 2;
            case SINGLE -> 4;
            case DOUBLE -> 8;
        };
        data = new GrowableBuffer(Math.multiplyExact(expectedSlots, width));
    }

    @Override
    Object prepare(Object value) {
        return BuilderValues.floatValue(value, field);
    }

    @Override
    void appendValue(Object value) {
        // every Number is accepted as its double value: no boxed intermediate needed
        if (value instanceof Number n) {
            markValid();
            put(n.doubleValue());
        } else {
            super.appendValue(value);
        }
    }

    @Override
    void appendPrepared(Object prepared) {
        put((Double) prepared);
    }

    private void put(double v) {
        switch (width) {
            case 2 -> data.putShort(HalfFloat.fromFloat((float) v));
            case 4 -> data.putFloat((float) v);
            default -> data.putDouble(v);
        }
    }

    @Override
    void appendEmpty() {
        data.putZeros(width);
    }

    @Override
    void copyValue(ColumnVector source, int row) {
        put(source.getDouble(row));
    }

    @Override
    HeapVector build(BufferSlice validity, int nullCount) {
        return new HeapFloatVector(field, size(), validity, nullCount, data.toSlice(), width);
    }
}
