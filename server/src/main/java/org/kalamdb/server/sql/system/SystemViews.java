package org.kalamdb.server.sql.system;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The tables of namespace {@code system} this server can read through SQL. */
public final class SystemViews {

    private final Map<String, SystemView> views;

    public SystemViews() {
        List<SystemView> all = List.of(new NamespacesView(), new TablesView(), new ColumnsView(), new SchemasView(),
                new UsersView(), new SessionsView(), new TransactionsView(), new DatatypesView());
        this.views = all.stream().collect(Collectors.toUnmodifiableMap(SystemView::name, Function.identity()));
    }

    /** The view with this (lowercase) name, or null. */
    public SystemView view(String name) {
        return views.get(name);
    }

    public List<SystemView> all() {
        return views.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }
}
