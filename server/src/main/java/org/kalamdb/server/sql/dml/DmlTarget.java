package org.kalamdb.server.sql.dml;

import net.sf.jsqlparser.schema.Table;

import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.sql.SqlErrors;
import org.kalamdb.server.sql.ddl.NamespaceIds;
import org.kalamdb.server.sql.query.RelationResolver;

/** Resolves the table of an INSERT/UPDATE/DELETE; DML on system namespaces is blocked (block_system_namespace_dml). */
final class DmlTarget {

    private DmlTarget() {
    }

    static TableDef resolve(RelationResolver resolver, Table table, String operation) {
        RelationResolver.Target target = resolver.target(table);
        if (NamespaceIds.isSystemNamespace(target.namespace())) {
            throw SqlErrors.invalidOperation("Cannot " + operation + " system table '" + target.namespace() + "."
                    + target.table() + "'");
        }
        return resolver.dataTable(target);
    }
}
