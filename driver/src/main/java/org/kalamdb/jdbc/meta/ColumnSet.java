package org.kalamdb.jdbc.meta;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.KalamResultSet;
import org.kalamdb.jdbc.ResultSets;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * The columns of one DatabaseMetaData result set, in the order and with the types its javadoc
 * gives. Every column is nullable: JDBC leaves many values "may be null".
 */
record ColumnSet(List<Field> fields) {

    ColumnSet {
        fields = List.copyOf(fields);
    }

    /** One column: a JDBC name and the KalamDB type whose getters match the javadoc's Java type. */
    record Column(String name, KalamType type) {
    }

    static ColumnSet of(Column... columns) {
        List<Field> fields = new ArrayList<>(columns.length);
        for (Column c : columns) {
            fields.add(c.type().toArrowField(c.name(), true, false));
        }
        return new ColumnSet(fields);
    }

    /** A {@code String} column. */
    static Column text(String name) {
        return new Column(name, KalamType.TEXT);
    }

    /** An {@code int} column. */
    static Column integer(String name) {
        return new Column(name, KalamType.INT);
    }

    /** A {@code short} column. */
    static Column small(String name) {
        return new Column(name, KalamType.SMALLINT);
    }

    /** A {@code long} column. */
    static Column big(String name) {
        return new Column(name, KalamType.BIGINT);
    }

    /** A {@code boolean} column. */
    static Column bool(String name) {
        return new Column(name, KalamType.BOOLEAN);
    }

    KalamResultSet empty() {
        return ResultSets.empty(fields);
    }

    KalamResultSet rows(List<Object[]> rows) throws SQLException {
        return ResultSets.of(fields, rows);
    }
}
