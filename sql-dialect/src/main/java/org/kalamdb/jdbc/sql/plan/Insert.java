package org.kalamdb.jdbc.sql.plan;

import java.util.List;
import java.util.Objects;

/**
 * {@code INSERT INTO table [(columns)] VALUES ... | DEFAULT VALUES | SELECT ... [RETURNING ...]}.
 * ON CONFLICT is refused at parse time (0A000).
 *
 * @param table     the target table
 * @param columns   the column list as written (folded), or empty: all user columns in table order
 * @param source    where the rows come from
 * @param returning the RETURNING list, evaluated against each inserted row; empty for none
 */
public record Insert(TableRef table, List<String> columns, InsertSource source, List<SelectItem> returning)
        implements WritePlan {

    public Insert {
        Objects.requireNonNull(table);
        Objects.requireNonNull(source);
        columns = List.copyOf(columns);
        returning = List.copyOf(returning);
    }

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
