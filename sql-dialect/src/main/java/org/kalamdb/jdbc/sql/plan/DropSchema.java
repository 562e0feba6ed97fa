package org.kalamdb.jdbc.sql.plan;

import java.util.List;

/**
 * {@code DROP SCHEMA [IF EXISTS] a, b [CASCADE|RESTRICT]}. KalamDB's DROP NAMESPACE always drops
 * the namespace's tables (its CASCADE is parsed but ignored), so without CASCADE the driver must
 * itself refuse to drop a namespace that still has tables (PostgreSQL's 2BP01).
 *
 * @param names    the namespaces
 * @param ifExists IF EXISTS was written
 * @param cascade  CASCADE was written
 */
public record DropSchema(List<String> names, boolean ifExists, boolean cascade) implements DdlPlan {

    public DropSchema {
        names = List.copyOf(names);
    }

    /** {@code DROP NAMESPACE [IF EXISTS] name[ CASCADE]}. */
    public String render(String name) {
        return "DROP NAMESPACE " + (ifExists ? "IF EXISTS " : "") + KalamNames.namespace(name) + (cascade ? " CASCADE" : "");
    }

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
