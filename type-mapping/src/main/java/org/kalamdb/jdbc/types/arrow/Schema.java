package org.kalamdb.jdbc.types.arrow;

import java.util.List;
import java.util.Map;

/** An Arrow schema: ordered fields plus schema-level metadata. */
public record Schema(List<Field> fields, Map<String, String> metadata) {

    public Schema {
        fields = List.copyOf(fields);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public Schema(List<Field> fields) {
        this(fields, Map.of());
    }

    /** Index of the field with exactly this name, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
