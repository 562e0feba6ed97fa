package org.kalamdb.server.sql.system;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.catalog.NamespaceDef;

/**
 * Options set by ALTER NAMESPACE ... SET OPTIONS. The catalog has no way to replace a
 * {@link NamespaceDef}, so the altered JSON lives here, keyed by namespace name and tied to the
 * namespace's creation time: once the namespace is dropped and created again, the entry no
 * longer applies.
 */
public final class NamespaceOptionStore {

    private record Altered(long createdAtMicros, String optionsJson) {
    }

    private final ConcurrentMap<String, Altered> altered = new ConcurrentHashMap<>();

    /** The options JSON of this namespace as system.namespaces shows it. */
    public String optionsJson(NamespaceDef ns) {
        Altered a = altered.get(ns.name());
        if (a != null && a.createdAtMicros() == ns.createdAtMicros()) {
            return a.optionsJson();
        }
        return ns.optionsJson();
    }

    public void put(NamespaceDef ns, String optionsJson) {
        altered.put(ns.name(), new Altered(ns.createdAtMicros(), optionsJson));
    }

    /** Drops entries of namespaces that no longer exist (called after DROP NAMESPACE). */
    public void forgetMissing(Catalog catalog) {
        altered.keySet().removeIf(name -> catalog.namespace(name) == null);
    }
}
