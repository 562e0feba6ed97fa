package org.kalamdb.jdbc.types.arrow;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * One column over the same column of several batches, without copying: row {@code r} is row
 * {@code r - starts[c]} of chunk {@code c}. Replies split into batches of equal size (all but the
 * last), so the chunk is usually a division; otherwise a binary search over the starts.
 * <p>
 * List kinds read their elements through a chunked view of the chunks' element vectors (a row's
 * list start moves by the elements of the chunks before it); struct members are chunked like
 * the struct itself.
 */
final class ChunkedVector implements ColumnVector {

    private final Field field;
    private final ColumnVector[] chunks;
    /** First row of each chunk, then the total size: {@code chunks.length + 1} entries. */
    private final int[] starts;
    /** Rows of every chunk but the last when they are all equal (and not 0), else 0. */
    private final int chunkRows;
    /** List kinds: the elements, chunked; else null. */
    private final ChunkedVector elements;
    /** Struct: the members, chunked like the struct; else empty. */
    private final ChunkedVector[] members;

    ChunkedVector(Field field, ColumnVector[] chunks, int[] starts) {
        this.field = Objects.requireNonNull(field, "field");
        this.chunks = chunks;
        this.starts = starts;
        this.chunkRows = uniformChunkRows(starts);
        this.elements = isList(field.type()) ? elementsOf(field, chunks) : null;
        this.members = field.type() instanceof ArrowType.Struct ? membersOf(field, chunks, starts)
                : new ChunkedVector[0];
    }

    /** The row starts of vectors laid end to end. */
    static int[] startsOf(ColumnVector[] chunks) {
        int[] starts = new int[chunks.length + 1];
        for (int i = 0; i < chunks.length; i++) {
            starts[i + 1] = Math.addExact(starts[i], chunks[i].size());
        }
        return starts;
    }

    private static int uniformChunkRows(int[] starts) {
        int chunkCount = starts.length - 1;
        if (chunkCount < 2) {
            return 0;
        }
        int rows = starts[1] - starts[0];
        for (int i = 1; i < chunkCount - 1; i++) {
            if (starts[i + 1] - starts[i] != rows) {
                return 0;
            }
        }
        return rows;
    }

    private static boolean isList(ArrowType type) {
        return type instanceof ArrowType.List || type instanceof ArrowType.LargeList
                || type instanceof ArrowType.FixedSizeList;
    }

    private static ChunkedVector elementsOf(Field field, ColumnVector[] chunks) {
        ColumnVector[] children = new ColumnVector[chunks.length];
        for (int i = 0; i < chunks.length; i++) {
            children[i] = chunks[i].child();
        }
        return new ChunkedVector(field.children().get(0), children, startsOf(children));
    }

    private static ChunkedVector[] membersOf(Field field, ColumnVector[] chunks, int[] starts) {
        ChunkedVector[] out = new ChunkedVector[field.children().size()];
        for (int m = 0; m < out.length; m++) {
            ColumnVector[] parts = new ColumnVector[chunks.length];
            for (int i = 0; i < chunks.length; i++) {
                parts[i] = chunks[i].child(m);
            }
            // a member has (at least) its struct's rows: row r of the struct is row r of the member
            out[m] = new ChunkedVector(field.children().get(m), parts, starts);
        }
        return out;
    }

    /** The chunk holding {@code row}. */
    private int chunk(int row) {
        Objects.checkIndex(row, size());
        if (chunkRows > 0) {
            return Math.min(row / chunkRows, chunks.length - 1);
        }
        int i = Arrays.binarySearch(starts, 0, chunks.length, row);
        if (i >= 0) {
            while (i + 1 < chunks.length && starts[i + 1] == row) {
                i++;    // skip empty chunks starting at the same row
            }
            return i;
        }
        return -i - 2;
    }

    @Override
    public Field field() {
        return field;
    }

    @Override
    public int size() {
        return starts[chunks.length];
    }

    @Override
    public boolean isNull(int row) {
        int c = chunk(row);
        return chunks[c].isNull(row - starts[c]);
    }

    @Override
    public boolean getBoolean(int row) {
        int c = chunk(row);
        return chunks[c].getBoolean(row - starts[c]);
    }

    @Override
    public long getLong(int row) {
        int c = chunk(row);
        return chunks[c].getLong(row - starts[c]);
    }

    @Override
    public double getDouble(int row) {
        int c = chunk(row);
        return chunks[c].getDouble(row - starts[c]);
    }

    @Override
    public BigDecimal getDecimal(int row) {
        int c = chunk(row);
        return chunks[c].getDecimal(row - starts[c]);
    }

    @Override
    public String getString(int row) {
        int c = chunk(row);
        return chunks[c].getString(row - starts[c]);
    }

    @Override
    public byte[] getBytes(int row) {
        int c = chunk(row);
        return chunks[c].getBytes(row - starts[c]);
    }

    @Override
    public ColumnVector child() {
        if (elements == null) {
            throw new IllegalStateException("column '" + field.name() + "' of Arrow type " + field.type()
                    + " has no child");
        }
        return elements;
    }

    @Override
    public int listStart(int row) {
        int c = chunk(row);
        int start = chunks[c].listStart(row - starts[c]);
        return elements.starts[c] + start;
    }

    @Override
    public int listLength(int row) {
        int c = chunk(row);
        return chunks[c].listLength(row - starts[c]);
    }

    @Override
    public int nullCount() {
        int n = 0;
        for (ColumnVector chunk : chunks) {
            n += chunk.nullCount();
        }
        return n;
    }

    @Override
    public int childCount() {
        return elements != null ? 1 : members.length;
    }

    @Override
    public ColumnVector child(int index) {
        if (elements != null && index == 0) {
            return elements;
        }
        if (index < 0 || index >= members.length) {
            throw new IndexOutOfBoundsException("column '" + field.name() + "' has no child " + index);
        }
        return members[index];
    }
}
