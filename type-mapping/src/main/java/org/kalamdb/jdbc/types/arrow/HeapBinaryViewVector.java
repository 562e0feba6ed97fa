package org.kalamdb.jdbc.types.arrow;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Utf8View and BinaryView: 16-byte views (length, then either the value inline when it is at most
 * 12 bytes, or a 4-byte prefix, a data-buffer index and an offset) plus variadic data buffers.
 */
final class HeapBinaryViewVector extends HeapVector {

    static final int VIEW_WIDTH = 16;
    static final int MAX_INLINE = 12;

    private final BufferSlice views;
    private final List<BufferSlice> dataBuffers;
    private final boolean utf8;

    HeapBinaryViewVector(Field field, int size, BufferSlice validity, int nullCount, BufferSlice views,
                         List<BufferSlice> dataBuffers, boolean utf8) {
        super(field, size, validity, nullCount);
        this.views = views;
        this.dataBuffers = List.copyOf(dataBuffers);
        this.utf8 = utf8;
    }

    @Override
    public String getString(int row) {
        if (!utf8) {
            throw misfit("getString");
        }
        int view = views.offset() + checkRow(row) * VIEW_WIDTH;
        byte[] a = views.array();
        int length = LittleEndian.getInt(a, view);
        if (length <= MAX_INLINE) {
            return new String(a, view + 4, length, StandardCharsets.UTF_8);
        }
        BufferSlice buffer = dataBuffers.get(LittleEndian.getInt(a, view + 8));
        int start = buffer.offset() + LittleEndian.getInt(a, view + 12);
        return new String(buffer.array(), start, length, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] getBytes(int row) {
        int view = views.offset() + checkRow(row) * VIEW_WIDTH;
        byte[] a = views.array();
        int length = LittleEndian.getInt(a, view);
        if (length <= MAX_INLINE) {
            return Arrays.copyOfRange(a, view + 4, view + 4 + length);
        }
        BufferSlice buffer = dataBuffers.get(LittleEndian.getInt(a, view + 8));
        int start = buffer.offset() + LittleEndian.getInt(a, view + 12);
        return Arrays.copyOfRange(buffer.array(), start, start + length);
    }

    /** Checks every non-inline view against its data buffer; called once by the reader. */
    void validate() {
        byte[] a = views.array();
        for (int row = 0; row < size(); row++) {
            if (isNull(row)) {
                continue;    // the view of a null slot is unspecified
            }
            int view = views.offset() + row * VIEW_WIDTH;
            int length = LittleEndian.getInt(a, view);
            if (length < 0) {
                throw new ArrowFormatException("negative view length in column '" + field().name() + "'");
            }
            if (length > MAX_INLINE) {
                int index = LittleEndian.getInt(a, view + 8);
                int offset = LittleEndian.getInt(a, view + 12);
                if (index < 0 || index >= dataBuffers.size() || offset < 0
                        || offset > dataBuffers.get(index).length() - length) {
                    throw new ArrowFormatException("view of row " + row + " in column '" + field().name()
                            + "' points outside its data buffers");
                }
            }
        }
    }

    @Override
    void appendBuffers(List<BufferSlice> out) {
        out.add(validityForWrite());
        out.add(new BufferSlice(views.array(), views.offset(), size() * VIEW_WIDTH));
        out.addAll(dataBuffers);
    }

    @Override
    int variadicBufferCount() {
        return dataBuffers.size();
    }
}
