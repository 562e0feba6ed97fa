package org.kalamdb.jdbc.sql.plan;

import java.util.List;

/**
 * {@code DROP [FOREIGN] TABLE [IF EXISTS] a, b [CASCADE|RESTRICT]}. Each table is dropped with
 * its own KalamDB statement ({@link #render}); without IF EXISTS the driver first checks that
 * every table exists (42P01) so that nothing is dropped when one name is wrong.
 *
 * @param tables   the tables, schemas null where not written
 * @param ifExists IF EXISTS was written
 * @param foreign  written {@code DROP FOREIGN TABLE}
 * @param cascade  CASCADE was written (KalamDB has no dependent objects; informational)
 */
public record DropTables(List<QualifiedName> tables, boolean ifExists, boolean foreign, boolean cascade)
        implements DdlPlan {

    public DropTables {
        tables = List.copyOf(tables);
    }

    /**
     * {@code DROP [<TYPE> ]TABLE [IF EXISTS ]<ns>.<table>}.
     *
     * @param type the table's type when known (the server uses it only for authorisation), or null
     */
    public String render(String namespace, String table, TableType type) {
        return "DROP " + (type == null ? "" : type.keyword() + " ") + "TABLE " + (ifExists ? "IF EXISTS " : "")
                + KalamNames.namespace(namespace) + "." + KalamNames.check(table, "table", 0);
    }

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
