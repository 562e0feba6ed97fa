package org.kalamdb.jdbc.schema;

import org.kalamdb.jdbc.types.KalamType;

/**
 * One column of a KalamDB table as the schema cache knows it.
 *
 * @param name         lower-case column name
 * @param type         KalamDB type
 * @param nullable     false for NOT NULL and primary-key columns
 * @param primaryKey   true for the (single) primary-key column
 * @param defaultValue the DEFAULT, or null when the column has none
 * @param ordinal      1-based position in the table
 */
public record ColumnSchema(String name, KalamType type, boolean nullable, boolean primaryKey,
                           ColumnDefaultValue defaultValue, int ordinal) {

    /** {@code _seq}, {@code _deleted}: server-managed columns appended to every table. */
    public boolean isSystemColumn() {
        return SystemColumns.isServerColumn(name);
    }
}
