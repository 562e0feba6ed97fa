package org.kalamdb.jdbc.types.arrow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Struct columns: a Map from member name to value, or an Object[] / List in member order. */
final class StructColumnBuilder extends ColumnBuilder {

    private final List<ColumnBuilder> members = new ArrayList<>();

    StructColumnBuilder(Field field) {
        super(field, DEFAULT_SLOTS);
        for (Field child : field.children()) {
            members.add(ColumnBuilder.forField(child));
        }
    }

    @Override
    Object prepare(Object value) {
        Object[] values;
        if (value instanceof Map<?, ?> map) {
            values = new Object[members.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = map.get(field.children().get(i).name());
            }
        } else if (value instanceof Object[] a) {
            values = a;
        } else if (value instanceof Collection<?> c) {
            values = c.toArray();
        } else {
            throw BuilderValues.refuse(field, value, "expected a Map, Object[] or List of member values");
        }
        if (values.length != members.size()) {
            throw BuilderValues.refuse(field, value, values.length + " members instead of " + members.size());
        }
        Object[] prepared = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            prepared[i] = members.get(i).prepareNullable(values[i]);
        }
        return prepared;
    }

    @Override
    void appendPrepared(Object prepared) {
        Object[] values = (Object[]) prepared;
        for (int i = 0; i < values.length; i++) {
            members.get(i).append(values[i]);
        }
    }

    @Override
    void appendEmpty() {
        for (ColumnBuilder member : members) {
            member.append(null);
        }
    }

    @Override
    void copyValue(ColumnVector source, int row) {
        for (int i = 0; i < members.size(); i++) {
            members.get(i).copy(source.child(i), row);
        }
    }

    @Override
    HeapVector build(BufferSlice validity, int nullCount) {
        List<HeapVector> built = new ArrayList<>(members.size());
        for (ColumnBuilder member : members) {
            built.add(member.build());
        }
        return new HeapStructVector(field, size(), validity, nullCount, built);
    }
}
