package org.kalamdb.jdbc.engine;

import java.util.Objects;

import org.kalamdb.jdbc.types.KalamType;

/**
 * One column of a query result. Values in this column are the canonical Java values of
 * {@link #type()} (see {@link TableSource}).
 *
 * @param label     the column label: the alias, the column name, or for an unnamed expression
 *                  the name PostgreSQL would give it ({@code count}, {@code upper}, {@code ?column?})
 * @param type      the KalamDB type of the values: the table column's own type for a plain
 *                  column reference (so JSON, UUID, FILE and DATETIME survive), else the type
 *                  nearest to the computed SQL type
 * @param precision declared precision or length, 0 when the type has none
 * @param scale     declared scale, 0 when the type has none
 * @param nullable  whether the column may hold NULL
 * @param origin    the table column this is a plain reference to, or null for a computed column
 */
public record ResultColumn(String label, KalamType type, int precision, int scale, boolean nullable,
                           ColumnOrigin origin) {

    public ResultColumn {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }
}
