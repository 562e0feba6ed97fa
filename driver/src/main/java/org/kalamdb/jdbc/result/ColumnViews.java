package org.kalamdb.jdbc.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.RecordBatchBuilder;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * Zero-copy views over decoded columns, so that projection, column labels, row selection (after a
 * local filter, sort, OFFSET and LIMIT) and constant columns ({@code _userid}) are all plain
 * {@link ColumnVector}s and one {@link org.kalamdb.jdbc.KalamResultSet} reads them all.
 */
public final class ColumnViews {

    private ColumnViews() {
    }

    /** The same values under another field (a label / alias, or a field with richer metadata). */
    public static ColumnVector relabelled(ColumnVector base, Field field) {
        return new Mapped(base, field, null, base.size());
    }

    /** Row {@code i} of the view is row {@code rows[i]} of {@code base}. */
    public static ColumnVector selected(ColumnVector base, Field field, int[] rows) {
        return new Mapped(base, field, rows, rows.length);
    }

    /** Row {@code i} of the view is row {@code first + i} of {@code base}, for {@code size} rows. */
    public static ColumnVector range(ColumnVector base, Field field, int first, int size) {
        Objects.checkFromIndexSize(first, size, base.size());
        return new Shifted(base, field, first, size);
    }

    /** A column holding {@code value} in each of {@code size} rows (built once, read at row 0). */
    public static ColumnVector constant(Field field, Object value, int size) {
        RecordBatch one = new RecordBatchBuilder(new Schema(List.of(field))).appendRow(value).build();
        return new Repeated(one.column(0), field, size);
    }

    /** Shared by both views: delegate every getter after mapping the row. */
    private abstract static class Delegating implements ColumnVector {
        final ColumnVector base;
        final Field field;
        final int size;

        Delegating(ColumnVector base, Field field, int size) {
            this.base = base;
            this.field = field;
            this.size = size;
        }

        abstract int map(int row);

        @Override
        public Field field() {
            return field;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean isNull(int row) {
            return base.isNull(map(row));
        }

        @Override
        public boolean getBoolean(int row) {
            return base.getBoolean(map(row));
        }

        @Override
        public long getLong(int row) {
            return base.getLong(map(row));
        }

        @Override
        public double getDouble(int row) {
            return base.getDouble(map(row));
        }

        @Override
        public BigDecimal getDecimal(int row) {
            return base.getDecimal(map(row));
        }

        @Override
        public String getString(int row) {
            return base.getString(map(row));
        }

        @Override
        public byte[] getBytes(int row) {
            return base.getBytes(map(row));
        }

        @Override
        public ColumnVector child() {
            return base.child();
        }

        @Override
        public int listStart(int row) {
            return base.listStart(map(row));
        }

        @Override
        public int listLength(int row) {
            return base.listLength(map(row));
        }

        @Override
        public int childCount() {
            return base.childCount();
        }

        @Override
        public ColumnVector child(int index) {
            return base.child(index);
        }
    }

    private static final class Mapped extends Delegating {
        private final int[] rows;

        Mapped(ColumnVector base, Field field, int[] rows, int size) {
            super(base, field, size);
            this.rows = rows;
        }

        @Override
        int map(int row) {
            if (row < 0 || row >= size) {
                throw new IndexOutOfBoundsException("row " + row + " of " + size);
            }
            return rows == null ? row : rows[row];
        }
    }

    private static final class Shifted extends Delegating {
        private final int first;

        Shifted(ColumnVector base, Field field, int first, int size) {
            super(base, field, size);
            this.first = first;
        }

        @Override
        int map(int row) {
            if (row < 0 || row >= size) {
                throw new IndexOutOfBoundsException("row " + row + " of " + size);
            }
            return first + row;
        }
    }

    private static final class Repeated extends Delegating {
        Repeated(ColumnVector one, Field field, int size) {
            super(one, field, size);
        }

        @Override
        int map(int row) {
            if (row < 0 || row >= size) {
                throw new IndexOutOfBoundsException("row " + row + " of " + size);
            }
            return 0;
        }
    }
}
