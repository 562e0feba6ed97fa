package org.kalamdb.jdbc.types.arrow;

/** Integer-backed columns: Int/UInt of every width, Date, Time, Timestamp, Duration. */
final class IntColumnBuilder extends ColumnBuilder {

    private final GrowableBuffer data;
    private final int width;
    private final boolean signed;
    /**
     * The boxed type whose every value this column stores as it is (Long for Int64 and Timestamp,
     * Integer for Int32 and Date32, ...), so that {@link #appendValue} can skip the conversion and
     * range check; null when no type is exact (the unsigned kinds).
     */
    private final Class<? extends Number> exactType;

    IntColumnBuilder(Field field, int expectedSlots) {
        super(field, expectedSlots);
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
        exactType = signed ? exactType(width) : null;
        data = new GrowableBuffer(Math.multiplyExact(expectedSlots, width));
    }

    /** A signed value of this width holds every value of exactly one boxed integer type. */
    private static Class<? extends Number> exactType(int width) {
        return switch (width) {
            case 1 -> Byte.class;
            case 2 -> Short.class;
            case 4 -> Integer.class;
            default -> Long.class;
        };
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
    void appendValue(Object value) {
        if (value != null && value.getClass() == exactType) {
            markValid();
            put(((Number) value).longValue());
        } else {
            super.appendValue(value);
        }
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
