package org.kalamdb.jdbc.sql.plan;

import java.util.Objects;

/**
 * The table a read or write statement targets.
 *
 * @param name  the table
 * @param alias the folded alias, or null
 */
public record TableRef(QualifiedName name, String alias) {

    public TableRef {
        Objects.requireNonNull(name, "name");
    }

    /**
     * True when {@code qualifier} (a folded {@code t} or {@code schema.t} written before a column)
     * denotes this table: its alias if it has one, else its name with or without schema.
     */
    public boolean isDenotedBy(String qualifier) {
        if (alias != null) {
            return alias.equals(qualifier);
        }
        return qualifier.equals(name.name()) || qualifier.equals(name.toString());
    }
}
