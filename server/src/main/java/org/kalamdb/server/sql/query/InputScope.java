package org.kalamdb.server.sql.query;

import java.util.ArrayList;
import java.util.List;

import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;

import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.server.sql.EngineError;

/** Resolves column references against the fields of a {@link Relation}, with DataFusion's error text. */
public final class InputScope {

    private final Relation relation;

    public InputScope(Relation relation) {
        this.relation = relation;
    }

    public Relation relation() {
        return relation;
    }

    public Compiled resolve(Column column) {
        String name = Identifiers.normalize(column.getColumnName());
        List<String> qualifier = qualifierParts(column.getTable());
        if (qualifier.isEmpty() || qualifierMatches(qualifier)) {
            List<Field> fields = relation.fields();
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(name)) {
                    return reference(i);
                }
            }
        }
        String written = qualifier.isEmpty() ? Identifiers.quoteIfNeeded(name)
                : String.join(".", qualifier) + "." + Identifiers.quoteIfNeeded(name);
        throw noField(written);
    }

    /** A reference to the input column at {@code index}. */
    public Compiled reference(int index) {
        Field f = relation.fields().get(index);
        String display = relation.qualifier() == null ? f.name() : relation.qualifier() + "." + f.name();
        return new Compiled(row -> row[index], f.type(), f.nullable(), display, f.name(), f);
    }

    public EngineError noField(String written) {
        List<String> valid = new ArrayList<>();
        for (Field f : relation.fields()) {
            String q = relation.qualifier() == null ? "" : relation.qualifier() + ".";
            valid.add(q + Identifiers.quoteIfNeeded(f.name()));
        }
        String tail = valid.isEmpty() ? "" : ". Valid fields are " + String.join(", ", valid);
        return new EngineError("Schema error: No field named " + written + tail + ".");
    }

    private boolean qualifierMatches(List<String> written) {
        if (relation.qualifier() == null) {
            return false;
        }
        String[] own = relation.qualifier().split("\\.");
        if (written.size() > own.length) {
            return false;
        }
        for (int i = 0; i < written.size(); i++) {
            if (!written.get(written.size() - 1 - i).equals(own[own.length - 1 - i])) {
                return false;
            }
        }
        return true;
    }

    private static List<String> qualifierParts(Table table) {
        List<String> out = new ArrayList<>();
        if (table == null || table.getName() == null) {
            return out;
        }
        List<String> parts = new ArrayList<>(table.getNameParts());
        java.util.Collections.reverse(parts);
        for (String p : parts) {
            if (p != null) {
                out.add(Identifiers.normalize(p));
            }
        }
        return out;
    }
}
