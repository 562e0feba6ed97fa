package org.kalamdb.jdbc.types.arrow;

import java.math.BigDecimal;

/**
 * One decoded column of a record batch, on the heap. Accessors are by physical kind; calling one
 * that does not fit the field's type throws {@link IllegalStateException}. Values of null slots
 * are unspecified: check {@link #isNull(int)} first.
 */
public interface ColumnVector {

    Field field();

    /** Number of slots (the batch's row count, or the child length for list elements). */
    int size();

    boolean isNull(int row);

    boolean getBoolean(int row);

    /**
     * Int8..Int64 (sign-extended), UInt8..UInt32 (zero-extended), UInt64 (raw two's-complement
     * bits), Date32 (days), Date64 (ms), Time32/Time64, Timestamp and Duration (in their unit).
     */
    long getLong(int row);

    /** Float32 or Float64, widened. */
    double getDouble(int row);

    /** Decimal128 / Decimal256 with the field's scale. */
    BigDecimal getDecimal(int row);

    /** Utf8, LargeUtf8, Utf8View. */
    String getString(int row);

    /** Binary, LargeBinary, BinaryView, FixedSizeBinary (a fresh copy); also the UTF-8 bytes of the Utf8 kinds. */
    byte[] getBytes(int row);

    /** List, LargeList, FixedSizeList: the element vector. */
    ColumnVector child();

    /** List kinds: index of the first element of this row in {@link #child()}. */
    int listStart(int row);

    /** List kinds: number of elements of this row. */
    int listLength(int row);

    /** Number of null slots. */
    default int nullCount() {
        int n = 0;
        for (int i = 0; i < size(); i++) {
            if (isNull(i)) {
                n++;
            }
        }
        return n;
    }

    /** Struct: number of member vectors; list kinds: 1; flat types: 0. */
    default int childCount() {
        return 0;
    }

    /** Struct: the member vector at {@code index}; list kinds: index 0 is {@link #child()}. */
    default ColumnVector child(int index) {
        if (index == 0 && childCount() == 1) {
            return child();
        }
        throw new IndexOutOfBoundsException("column '" + field().name() + "' has no child " + index);
    }
}
