package org.kalamdb.jdbc.sql.expr;

import java.util.Map;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;

/** The columns of the row an expression is evaluated against, by folded column name. */
@FunctionalInterface
public interface RowValues {

    /** No columns: any column reference is 42703. For INSERT values and FROM-less SELECTs. */
    RowValues EMPTY = column -> {
        throw undefinedColumn(column);
    };

    /**
     * The value of {@code column} (see {@link SqlValues} for the accepted classes).
     *
     * @throws SqlDialectException 42703 when the row has no such column
     */
    Object get(String column);

    /** A row backed by a map; a missing key is 42703, a key mapped to null is SQL NULL. */
    static RowValues of(Map<String, ?> values) {
        return column -> {
            if (!values.containsKey(column)) {
                throw undefinedColumn(column);
            }
            return values.get(column);
        };
    }

    static SqlDialectException undefinedColumn(String column) {
        return new SqlDialectException(SqlStates.UNDEFINED_COLUMN, "column \"" + column + "\" does not exist");
    }
}
