package org.kalamdb.jdbc.types.arrow;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Utf8, LargeUtf8, Binary, LargeBinary: an offsets buffer (32- or 64-bit) into a data buffer.
 * Strings are decoded only when asked for. getBytes also works on the string kinds (their UTF-8).
 */
final class HeapVarBinaryVector extends HeapVector {

    private final BufferSlice offsets;
    private final BufferSlice data;
    private final boolean largeOffsets;
    private final boolean utf8;

    HeapVarBinaryVector(Field field, int size, BufferSlice validity, int nullCount, BufferSlice offsets,
                        BufferSlice data, boolean largeOffsets, boolean utf8) {
        super(field, size, validity, nullCount);
        this.offsets = offsets;
        this.data = data;
        this.largeOffsets = largeOffsets;
        this.utf8 = utf8;
    }

    /** Offset number {@code index} (0..size); validated against the data buffer when decoded. */
    int offsetAt(int index) {
        byte[] a = offsets.array();
        return largeOffsets
                ? (int) LittleEndian.getLong(a, offsets.offset() + index * 8)
                : LittleEndian.getInt(a, offsets.offset() + index * 4);
    }

    @Override
    public String getString(int row) {
        if (!utf8) {
            throw misfit("getString");
        }
        int start = offsetAt(checkRow(row));
        int end = offsetAt(row + 1);
        return new String(data.array(), data.offset() + start, end - start, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] getBytes(int row) {
        int start = offsetAt(checkRow(row));
        int end = offsetAt(row + 1);
        return Arrays.copyOfRange(data.array(), data.offset() + start, data.offset() + end);
    }

    @Override
    void appendBuffers(List<BufferSlice> out) {
        out.add(validityForWrite());
        int width = largeOffsets ? 8 : 4;
        if (size() == 0) {
            // one zero offset: some readers insist on length + 1 offsets even for no rows
            out.add(new BufferSlice(new byte[width], 0, width));
            out.add(BufferSlice.EMPTY);
            return;
        }
        out.add(new BufferSlice(offsets.array(), offsets.offset(), (size() + 1) * width));
        // the writer emits the data buffer as is: offsets stay valid without rebasing
        out.add(new BufferSlice(data.array(), data.offset(), offsetAt(size())));
    }
}
