package org.kalamdb.jdbc.engine.calcite;

import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.calcite.linq4j.function.Predicate1;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.schema.lookup.Named;
import org.kalamdb.jdbc.engine.TableDefinition;
import org.kalamdb.jdbc.engine.TableSource;

/**
 * One KalamDB namespace as a Calcite schema. Tables are looked up one by one, when a query names
 * them, and kept for the life of the engine session's schema (the driver invalidates it after
 * DDL). KalamDB stores every name in lowercase, so a lookup folds the name to lowercase.
 */
public final class NamespaceSchema extends AbstractSchema {

    private final String namespace;
    private final TableSource source;
    private final Map<String, KalamTable> tables = new ConcurrentHashMap<>();
    /** The names the last listing of the namespace gave: these tables exist. */
    private volatile Set<String> listed = Set.of();

    public NamespaceSchema(String namespace, TableSource source) {
        this.namespace = namespace;
        this.source = source;
    }

    @Override
    public Lookup<Table> tables() {
        return new Lookup<>() {
            @Override
            public Table get(String name) {
                return table(name);
            }

            @Override
            public Named<Table> getIgnoreCase(String name) {
                String lower = name.toLowerCase(Locale.ROOT);
                Table t = table(lower);
                return t == null ? null : new Named<>(lower, t);
            }

            @Override
            public Set<String> getNames(LikePattern pattern) {
                Predicate1<String> matcher = pattern.matcher();
                Set<String> names = new LinkedHashSet<>();
                try {
                    List<String> all = source.tableNames(namespace);
                    listed = Set.copyOf(all);
                    for (String n : all) {
                        if (matcher.apply(n)) {
                            names.add(n);
                        }
                    }
                } catch (SQLException e) {
                    throw new ScanFailure(e);
                }
                return names;
            }
        };
    }

    private KalamTable table(String name) {
        KalamTable cached = tables.get(name);
        if (cached != null) {
            return cached;
        }
        if (listed.contains(name)) {
            // Listed: it exists; its definition is read when a query uses it.
            KalamTable table = new KalamTable(namespace, name, source);
            tables.put(name, table);
            return table;
        }
        try {
            Optional<TableDefinition> def = source.table(namespace, name);
            if (def.isEmpty()) {
                return null;
            }
            KalamTable table = new KalamTable(def.get(), source);
            tables.put(name, table);
            return table;
        } catch (SQLException e) {
            throw new ScanFailure(e);
        }
    }

    @Override
    public boolean isMutable() {
        return false;
    }
}
