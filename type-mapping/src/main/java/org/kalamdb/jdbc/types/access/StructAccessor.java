package org.kalamdb.jdbc.types.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.json.PlainJsonRenderer;

/** Struct: an unmodifiable Map of member name to value, in member order; text is a JSON object. */
final class StructAccessor extends AbstractAccessor {

    private final List<ColumnAccessor> members = new ArrayList<>();

    StructAccessor(Field field) {
        super(field);
        for (Field child : field.children()) {
            members.add(Accessors.forField(child));
        }
    }

    private Map<String, Object> map(ColumnVector v, int row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            out.put(members.get(i).field().name(), members.get(i).getObject(v.child(i), row));
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    String string(ColumnVector v, int row) {
        return PlainJsonRenderer.renderObject(map(v, row));
    }

    @Override
    Object object(ColumnVector v, int row) {
        return map(v, row);
    }
}
