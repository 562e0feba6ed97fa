package org.kalamdb.jdbc.types.arrow;

/** Integer-backed columns: Int/UInt of every width, Date, Time, Timestamp, Duration. */
final class IntColumnBuilder extends ColumnBuilder {

    private final GrowableBuffer data = new GrowableBuffer(64);
    private final int width;
    private final boolean signed;

    IntColumnBuilder(Field field) {
        super(field);
        ArrowType type = field.type();
        if (type instanceof ArrowType.Int t) {
            width = t.bitWidth() / 8;
            signed = t.signed();
        } else if (type instanceof ArrowType.Date t) {
            width = t.unit() == ArrowType.DateUnit.DAY ? 4 : 8;
            signed = true;
        } else if (type instanceof ArrowType.Time t) {
            width = t.bitWidth() / 8;
            signed = true;
        } else {
            width = 8;
            signed = true;
        }
    }

    @Override
    Object prepare(Object value) {
        ArrowType type = field.type();
        long v;
        if (type instanceof ArrowType.Int t) {
            v = BuilderValues.intValue(value, t, field);
        } else if (type instanceof ArrowType.Date t) {
            v = BuilderValues.dateValue(value, t, field);
        } else if (type instanceof ArrowType.Time t) {
            v = BuilderValues.timeValue(value, t, field);
        } else if (type instanceof ArrowType.Timestamp t) {
            v = BuilderValues.timestampValue(value, t, field);
        } else {
            v = BuilderValues.durationValue(value, (ArrowType.Duration) type, field);
        }
        return v;
    }

    @Override
    void appendPrepared(Object prepared) {
        put((Long) prepared);
    }

    private void put(long v) {
        switch (width) {
            case 1 -> data.putByte((byte) v);
            case 2 -> data.putShort((short) v);
            case 4 -> data.putInt((int) v);
            default -> data.putLong(v);
        }
    }

    @Override
    void appendEmpty() {
        data.putZeros(width);
    }

    @Override
    void copyValue(ColumnVector source, int row) {
        put(source.getLong(row));
    }

    @Override
    HeapVector build(BufferSlice validity, int nullCount) {
        return new HeapIntVector(field, size(), validity, nullCount, data.toSlice(), width, signed);
    }
}
