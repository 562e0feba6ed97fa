package org.kalamdb.server.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The registry of namespaces and table definitions (latest version plus full history for
 * system.schemas). Thread-safe; it validates nothing — the DDL handlers own the rules and texts.
 */
public final class Catalog {

    private final ConcurrentMap<String, NamespaceDef> namespaces = new ConcurrentHashMap<>();
    private final ConcurrentMap<TableId, TableDef> tables = new ConcurrentHashMap<>();
    private final List<TableDef> history = new CopyOnWriteArrayList<>();
    private final ConcurrentMap<String, UserDef> users = new ConcurrentHashMap<>();

    public Catalog() {
        long now = System.currentTimeMillis() * 1000;
        // Namespaces that exist on a fresh real server (server.md 1).
        namespaces.put("default", new NamespaceDef("default", now, "{}"));
        namespaces.put("dba", new NamespaceDef("dba", now, "{}"));
    }

    public NamespaceDef namespace(String name) {
        return namespaces.get(name);
    }

    /** Every namespace, sorted by name. {@code system} is virtual and not listed here. */
    public List<NamespaceDef> namespaces() {
        List<NamespaceDef> out = new ArrayList<>(namespaces.values());
        out.sort(Comparator.comparing(NamespaceDef::name));
        return out;
    }

    /** @return false when a namespace of that name already exists */
    public boolean createNamespace(NamespaceDef ns) {
        return namespaces.putIfAbsent(ns.name(), ns) == null;
    }

    /** Removes the namespace and returns the tables that were in it (already removed), or null if absent. */
    public synchronized List<TableDef> dropNamespace(String name) {
        if (namespaces.remove(name) == null) {
            return null;
        }
        List<TableDef> dropped = new ArrayList<>();
        for (TableDef t : new ArrayList<>(tables.values())) {
            if (t.id().namespace().equals(name)) {
                tables.remove(t.id());
                dropped.add(t);
            }
        }
        return dropped;
    }

    public TableDef table(TableId id) {
        return tables.get(id);
    }

    /** Latest version of every table, sorted by namespace then name. */
    public List<TableDef> tables() {
        List<TableDef> out = new ArrayList<>(tables.values());
        out.sort(Comparator.comparing((TableDef t) -> t.id().namespace()).thenComparing(t -> t.id().table()));
        return out;
    }

    /** Every version of every table ever created, in creation order (system.schemas). */
    public List<TableDef> history() {
        return List.copyOf(history);
    }

    /** @return false when a table with that id already exists */
    public synchronized boolean createTable(TableDef def) {
        if (tables.putIfAbsent(def.id(), def) != null) {
            return false;
        }
        history.add(def);
        return true;
    }

    /** Installs a new version of an existing table (ALTER). */
    public synchronized void replaceTable(TableDef newVersion) {
        tables.put(newVersion.id(), newVersion);
        history.add(newVersion);
    }

    /** @return the dropped definition, or null if there was none */
    public synchronized TableDef dropTable(TableId id) {
        return tables.remove(id);
    }

    /** The account with this user id (case-sensitive), soft-deleted ones included; null if none. */
    public UserDef user(String userId) {
        return users.get(userId);
    }

    /** Every account, sorted by user id. */
    public List<UserDef> users() {
        List<UserDef> out = new ArrayList<>(users.values());
        out.sort(Comparator.comparing(UserDef::userId));
        return out;
    }

    /** @return false when a live account with that id already exists */
    public synchronized boolean createUser(UserDef user) {
        UserDef existing = users.get(user.userId());
        if (existing != null && !existing.isDeleted()) {
            return false;
        }
        users.put(user.userId(), user);
        return true;
    }

    /** Replaces an account (ALTER USER, DROP USER's soft delete). */
    public void putUser(UserDef user) {
        users.put(user.userId(), user);
    }
}
