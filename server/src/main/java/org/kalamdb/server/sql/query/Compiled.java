package org.kalamdb.server.sql.query;

import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * A compiled expression: how to evaluate it, its Arrow result type, and its names. {@code display}
 * is DataFusion's display name (used inside other expressions and as the output name of computed
 * columns); {@code outputName} is the output column name when it is selected without an alias
 * (a plain column keeps its bare name). {@code sourceField} is the table field of a plain column
 * reference, whose KalamDB metadata the result column keeps.
 */
public record Compiled(RowExpr eval, ArrowType type, boolean nullable, String display, String outputName,
                       Field sourceField) {

    public static Compiled computed(RowExpr eval, ArrowType type, boolean nullable, String display) {
        return new Compiled(eval, type, nullable, display, display, null);
    }

    /** The output field of this expression under {@code name}. */
    public Field field(String name) {
        if (sourceField != null) {
            return new Field(name, sourceField.type(), sourceField.nullable(), sourceField.metadata(),
                    sourceField.children());
        }
        ArrowType t = type instanceof ArrowType.Null ? ArrowType.UTF8 : type;
        java.util.List<Field> children = t instanceof ArrowType.FixedSizeList
                ? java.util.List.of(Field.of("item", ArrowType.FLOAT32, false)) : java.util.List.of();
        return new Field(name, t, nullable, java.util.Map.of(), children);
    }
}
