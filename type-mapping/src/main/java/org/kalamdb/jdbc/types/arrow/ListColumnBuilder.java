package org.kalamdb.jdbc.types.arrow;

import java.util.Collection;

/**
 * List, LargeList and FixedSizeList columns. Values: float[], double[], long[], int[], Object[] or
 * a java.util.Collection of element values (elements follow the child field's conventions).
 */
final class ListColumnBuilder extends ColumnBuilder {

    private final ColumnBuilder child;
    private final GrowableBuffer offsets = new GrowableBuffer(64);
    private final boolean large;
    /** -1 for the variable-size kinds. */
    private final int fixedSize;

    ListColumnBuilder(Field field) {
        super(field, DEFAULT_SLOTS);
        child = ColumnBuilder.forField(field.children().get(0));
        large = field.type() instanceof ArrowType.LargeList;
        fixedSize = field.type() instanceof ArrowType.FixedSizeList f ? f.listSize() : -1;
        if (fixedSize < 0) {
            putOffset();
        }
    }

    @Override
    Object prepare(Object value) {
        Object[] elements = elements(value);
        if (fixedSize >= 0 && elements.length != fixedSize) {
            throw BuilderValues.refuse(field, value, elements.length + " elements instead of " + fixedSize);
        }
        Object[] prepared = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            prepared[i] = child.prepareNullable(elements[i]);
        }
        return prepared;
    }

    private Object[] elements(Object value) {
        if (value instanceof Object[] a) {
            return a;
        } else if (value instanceof Collection<?> c) {
            return c.toArray();
        } else if (value instanceof float[] a) {
            Object[] out = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
            return out;
        } else if (value instanceof double[] a) {
            Object[] out = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
            return out;
        } else if (value instanceof long[] a) {
            Object[] out = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
            return out;
        } else if (value instanceof int[] a) {
            Object[] out = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
            return out;
        }
        throw BuilderValues.refuse(field, value, "expected an array or a List");
    }

    @Override
    void appendPrepared(Object prepared) {
        for (Object element : (Object[]) prepared) {
            child.append(element);
        }
        if (fixedSize < 0) {
            putOffset();
        }
    }

    private void putOffset() {
        if (large) {
            offsets.putLong(child.size());
        } else {
            offsets.putInt(child.size());
        }
    }

    @Override
    void appendEmpty() {
        if (fixedSize < 0) {
            putOffset();
        } else {
            // a null fixed-size list still owns its child slots
            for (int i = 0; i < fixedSize; i++) {
                child.appendZero();
            }
        }
    }

    @Override
    void copyValue(ColumnVector source, int row) {
        int start = source.listStart(row);
        int length = source.listLength(row);
        ColumnVector elements = source.child();
        for (int i = start; i < start + length; i++) {
            child.copy(elements, i);
        }
        if (fixedSize < 0) {
            putOffset();
        }
    }

    @Override
    HeapVector build(BufferSlice validity, int nullCount) {
        HeapVector elements = child.build();
        if (fixedSize >= 0) {
            return new HeapFixedSizeListVector(field, size(), validity, nullCount, fixedSize, elements);
        }
        return new HeapListVector(field, size(), validity, nullCount, offsets.toSlice(), large, elements);
    }

}
