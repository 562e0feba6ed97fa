package org.kalamdb.jdbc.types.arrow;

/** Boolean columns: Boolean values. */
final class BoolColumnBuilder extends ColumnBuilder {

    private final BitmapBuilder values;

    BoolColumnBuilder(Field field, int expectedSlots) {
        super(field, expectedSlots);
        values = new BitmapBuilder(expectedSlots);
    }

    @Override
    Object prepare(Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        throw BuilderValues.refuse(field, value, "expected Boolean");
    }

    @Override
    void appendValue(Object value) {
        if (value instanceof Boolean b) {
            markValid();
            values.append(b);
        } else {
            super.appendValue(value);
        }
    }

    @Override
    void appendPrepared(Object prepared) {
        values.append((Boolean) prepared);
    }

    @Override
    void appendEmpty() {
        values.append(false);
    }

    @Override
    void copyValue(ColumnVector source, int row) {
        values.append(source.getBoolean(row));
    }

    @Override
    HeapVector build(BufferSlice validity, int nullCount) {
        return new HeapBoolVector(field, size(), validity, nullCount, values.toSlice());
    }
}
