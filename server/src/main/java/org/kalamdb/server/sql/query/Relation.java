package org.kalamdb.server.sql.query;

import java.util.List;

import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.server.catalog.TableDef;

/**
 * The rows a SELECT reads, with their fields. {@code qualifier} is how DataFusion names the
 * source in messages and computed column names (the reference as written, or its alias);
 * {@code table} is the user/shared/stream table definition, null for system views and for a
 * SELECT without FROM.
 */
public record Relation(String qualifier, TableDef table, List<Field> fields, List<Object[]> rows) {

    public Relation {
        fields = List.copyOf(fields);
    }

    /** SELECT without FROM: one row with no columns. */
    public static Relation single() {
        List<Object[]> oneEmptyRow = List.<Object[]>of(new Object[0]);
        return new Relation(null, null, List.of(), oneEmptyRow);
    }
}
