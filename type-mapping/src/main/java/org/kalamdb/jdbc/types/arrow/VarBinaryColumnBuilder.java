package org.kalamdb.jdbc.types.arrow;

import java.nio.charset.StandardCharsets;

/** Utf8/LargeUtf8 (any CharSequence) and Binary/LargeBinary (byte[]) columns. */
final class VarBinaryColumnBuilder extends ColumnBuilder {

    /** First guess of the data bytes per slot; the data buffer grows past it as needed. */
    private static final int EXPECTED_BYTES_PER_SLOT = 16;

    private final GrowableBuffer offsets;
    private final GrowableBuffer data;
    private final boolean large;
    private final boolean utf8;

    VarBinaryColumnBuilder(Field field, int expectedSlots) {
        super(field, expectedSlots);
        ArrowType type = field.type();
        large = type instanceof ArrowType.LargeUtf8 || type instanceof ArrowType.LargeBinary;
        utf8 = type instanceof ArrowType.Utf8 || type instanceof ArrowType.LargeUtf8;
        offsets = new GrowableBuffer(Math.multiplyExact(expectedSlots + 1, large ? 8 : 4));
        data = new GrowableBuffer(Math.multiplyExact(expectedSlots, EXPECTED_BYTES_PER_SLOT));
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

    /**
     * A String or byte[] is appended without the two-phase detour. Strings go through
     * {@code String.getBytes}: for the common Latin-1 strings its intrinsic beats encoding char by
     * char into the buffer (measured), even with the short-lived array it leaves behind.
     */
    @Override
    void appendValue(Object value) {
        if (utf8 && value instanceof String s) {
            markValid();
            appendPrepared(s.getBytes(StandardCharsets.UTF_8));
        } else if (!utf8 && value instanceof byte[] b) {
            markValid();
            appendPrepared(b);
        } else {
            super.appendValue(value);
        }
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
