package org.kalamdb.jdbc.types.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.json.PlainJsonRenderer;

/** List, LargeList and non-embedding FixedSizeList: an unmodifiable java.util.List; text is JSON. */
final class ListAccessor extends AbstractAccessor {

    private final ColumnAccessor elements;

    ListAccessor(Field field) {
        super(field);
        elements = Accessors.forField(field.children().get(0));
    }

    private List<Object> list(ColumnVector v, int row) {
        ColumnVector child = v.child();
        int start = v.listStart(row);
        int length = v.listLength(row);
        List<Object> out = new ArrayList<>(length);
        for (int i = start; i < start + length; i++) {
            out.add(elements.getObject(child, i));
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    String string(ColumnVector v, int row) {
        return PlainJsonRenderer.render(list(v, row));
    }

    @Override
    Object object(ColumnVector v, int row) {
        return list(v, row);
    }
}
