package org.kalamdb.server.sql.system;

import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.server.sql.ResultTable;

/** A table of namespace {@code system}: its column layout (server.md 5) and its current rows. */
public interface SystemView {

    /** Table name inside namespace {@code system}, e.g. {@code tables}. */
    String name();

    List<ViewColumn> columns();

    /** Rows in column order, in the order the real view produces them. */
    List<Object[]> rows(SystemContext context);

    /**
     * Persisted system tables (users, namespaces, schemas) are listed in system.tables,
     * system.columns and system.schemas; virtual views are not (server.md 5).
     */
    default boolean persisted() {
        return false;
    }

    default String comment() {
        return null;
    }

    default List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        for (ViewColumn c : columns()) {
            fields.add(c.field());
        }
        return fields;
    }

    default ResultTable table(SystemContext context, boolean batchWhenEmpty) {
        return new ResultTable(fields(), rows(context), batchWhenEmpty);
    }
}
