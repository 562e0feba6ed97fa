package org.kalamdb.server.catalog;

import java.util.Locale;

/** A table's identity: namespace and table name, both lowercase (server.md 1, 2.1). */
public record TableId(String namespace, String table) {

    public TableId {
        namespace = namespace.toLowerCase(Locale.ROOT);
        table = table.toLowerCase(Locale.ROOT);
    }

    /** {@code ns.table}, as in NOT_FOUND messages and SQL. */
    public String dotted() {
        return namespace + "." + table;
    }

    /** {@code ns:table}, as in system.schemas.table_id and transaction texts. */
    public String colon() {
        return namespace + ":" + table;
    }

    @Override
    public String toString() {
        return dotted();
    }
}
