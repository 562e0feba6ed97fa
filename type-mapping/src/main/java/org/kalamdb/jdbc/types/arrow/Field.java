package org.kalamdb.jdbc.types.arrow;

import java.util.List;
import java.util.Map;

/**
 * One Arrow field: name, type, nullability, key/value metadata (KalamDB puts
 * {@code kalam_data_type} and {@code kalam_column_flags} here) and, for nested types, children.
 */
public record Field(String name, ArrowType type, boolean nullable, Map<String, String> metadata,
                    List<Field> children) {

    public Field {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        children = children == null ? List.of() : List.copyOf(children);
    }

    public static Field of(String name, ArrowType type, boolean nullable) {
        return new Field(name, type, nullable, Map.of(), List.of());
    }

    public Field withMetadata(Map<String, String> newMetadata) {
        return new Field(name, type, nullable, newMetadata, children);
    }
}
