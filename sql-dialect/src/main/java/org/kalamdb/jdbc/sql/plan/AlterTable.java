package org.kalamdb.jdbc.sql.plan;

import java.util.Objects;

/**
 * {@code ALTER [FOREIGN] TABLE [IF EXISTS] [ONLY] name <one action>}. KalamDB applies one
 * operation per statement; several comma-separated actions are refused at parse time (0A000).
 *
 * @param table    the table; a null schema means the current schema
 * @param foreign  written {@code ALTER FOREIGN TABLE}
 * @param ifExists IF EXISTS was written: the driver skips a missing table instead of failing
 * @param action   the operation
 */
public record AlterTable(QualifiedName table, boolean foreign, boolean ifExists, AlterAction action)
        implements DdlPlan {

    public AlterTable {
        Objects.requireNonNull(table);
        Objects.requireNonNull(action);
    }

    /** {@code ALTER TABLE <ns>.<table> <clause>}. */
    public String render(String namespace) {
        return "ALTER TABLE " + KalamNames.namespace(namespace) + "." + table.name() + " " + action.renderClause();
    }

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
