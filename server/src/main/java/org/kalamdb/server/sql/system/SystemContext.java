package org.kalamdb.server.sql.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.store.DataAccess;

/**
 * What the system views read: the catalog, the row store (sessions, transactions), altered
 * namespace options and the definitions of the persisted system tables.
 */
public record SystemContext(Catalog catalog, DataAccess data, NamespaceOptionStore namespaceOptions,
                            List<TableDef> systemTables) {

    public SystemContext {
        systemTables = List.copyOf(systemTables);
    }

    /** Latest version of every user, shared and stream table plus the persisted system tables, by namespace then name. */
    public List<TableDef> allTables() {
        List<TableDef> out = new ArrayList<>(catalog.tables());
        out.addAll(systemTables);
        out.sort(Comparator.comparing((TableDef t) -> t.id().namespace()).thenComparing(t -> t.id().table()));
        return out;
    }
}
