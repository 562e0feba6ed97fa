package org.kalamdb.jdbc.engine.calcite;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.calcite.linq4j.function.Predicate1;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.schema.lookup.Named;

/**
 * The catalog {@code kalam}, whose sub-schemas are the namespaces, so that the server's
 * three-part names ({@code kalam.ns.table}) resolve too.
 */
public final class CatalogSchema extends AbstractSchema {

    private final Map<String, NamespaceSchema> namespaces;

    public CatalogSchema(Map<String, NamespaceSchema> namespaces) {
        this.namespaces = Map.copyOf(namespaces);
    }

    @Override
    public Lookup<? extends Schema> subSchemas() {
        return new Lookup<Schema>() {
            @Override
            public Schema get(String name) {
                return namespaces.get(name);
            }

            @Override
            public Named<Schema> getIgnoreCase(String name) {
                String lower = name.toLowerCase(Locale.ROOT);
                Schema s = namespaces.get(lower);
                return s == null ? null : new Named<>(lower, s);
            }

            @Override
            public Set<String> getNames(LikePattern pattern) {
                Predicate1<String> matcher = pattern.matcher();
                Set<String> names = new LinkedHashSet<>();
                for (String n : namespaces.keySet()) {
                    if (matcher.apply(n)) {
                        names.add(n);
                    }
                }
                return names;
            }
        };
    }

    @Override
    public boolean isMutable() {
        return false;
    }
}
