package org.kalamdb.server.sql.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.sf.jsqlparser.schema.Table;

import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;
import org.kalamdb.server.catalog.TableType;
import org.kalamdb.server.sql.EngineError;
import org.kalamdb.server.sql.ExecutionIdentity;
import org.kalamdb.server.sql.system.SystemContext;
import org.kalamdb.server.sql.system.SystemView;
import org.kalamdb.server.sql.system.SystemViews;
import org.kalamdb.server.store.DataAccess;

/**
 * Resolves a table reference the way DataFusion does in catalog {@code kalam}: {@code t} is
 * {@code kalam.<default>.t}, {@code ns.t} is {@code kalam.ns.t}, {@code kalam.ns.t} works too.
 * Namespace {@code system} holds the system views; every other namespace holds catalog tables.
 */
public final class RelationResolver {

    /** A resolved reference: the namespace and table names and the full name for messages. */
    public record Target(String namespace, String table, String fullName, String qualifier) {
    }

    private final Catalog catalog;
    private final DataAccess data;
    private final SystemViews views;
    private final ExecutionIdentity identity;

    public RelationResolver(Catalog catalog, DataAccess data, SystemViews views, ExecutionIdentity identity) {
        this.catalog = catalog;
        this.data = data;
        this.views = views;
        this.identity = identity;
    }

    public Target target(Table table) {
        List<String> parts = new ArrayList<>();
        for (String p : table.getNameParts()) {
            parts.add(Identifiers.normalize(p));
        }
        Collections.reverse(parts);
        String qualifier = String.join(".", parts);
        String catalogName = "kalam";
        String namespace = identity.namespace();
        String name;
        if (parts.size() == 1) {
            name = parts.get(0);
        } else if (parts.size() == 2) {
            namespace = parts.get(0);
            name = parts.get(1);
        } else if (parts.size() == 3) {
            catalogName = parts.get(0);
            namespace = parts.get(1);
            name = parts.get(2);
        } else {
            throw EngineError.planning("Unsupported compound identifier '" + qualifier + "'");
        }
        String full = catalogName + "." + namespace + "." + name;
        if (!catalogName.equals("kalam")) {
            throw tableNotFound(full);
        }
        if (table.getAlias() != null) {
            qualifier = Identifiers.normalize(table.getAlias().getName());
        }
        return new Target(namespace, name, full, qualifier);
    }

    /** The catalog table a DML statement targets; system tables are reported by the caller. */
    public TableDef dataTable(Target target) {
        TableDef def = lookup(target);
        if (def == null) {
            throw tableNotFound(target.fullName());
        }
        return def;
    }

    public Relation resolve(Table table, boolean includeDeleted, SystemContext context) {
        Target target = target(table);
        if (target.namespace().equals("system")) {
            SystemView view = views.view(target.table());
            if (view == null) {
                throw tableNotFound(target.fullName());
            }
            return new Relation(target.qualifier(), null, view.fields(), view.rows(context));
        }
        TableDef def = dataTable(target);
        List<Object[]> rows = data.scan(def, userScope(def), includeDeleted);
        return new Relation(target.qualifier(), def, def.arrowSchema().fields(), rows);
    }

    /** SQL as pg-extension: user and stream tables are scoped to that user; shared tables are not. */
    public String userScope(TableDef def) {
        return def.type() == TableType.SHARED ? null : identity.userId();
    }

    private TableDef lookup(Target target) {
        // TableId lowercases; a quoted mixed-case name must not match the lowercase catalog.
        TableId id = new TableId(target.namespace(), target.table());
        if (!id.namespace().equals(target.namespace()) || !id.table().equals(target.table())) {
            return null;
        }
        return catalog.table(id);
    }

    public static EngineError tableNotFound(String fullName) {
        return EngineError.planning("table '" + fullName + "' not found");
    }
}
