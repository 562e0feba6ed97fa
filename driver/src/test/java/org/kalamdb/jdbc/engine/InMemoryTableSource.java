package org.kalamdb.jdbc.engine;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;

/**
 * A {@link TableSource} over rows held in memory, for tests: it applies the pushed-down
 * equalities the way the server's {@code eq} filter does (the value text cast to the column's
 * type), projects the requested columns, and records every scan it serves.
 */
final class InMemoryTableSource implements TableSource {

    private final Map<String, Map<String, StoredTable>> namespaces = new LinkedHashMap<>();
    private final List<ScanRequest> scans = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger definitionLookups = new AtomicInteger();
    private volatile SQLException failNextScan;

    private record StoredTable(TableDefinition definition, List<Object[]> rows) {
    }

    /** Adds (or replaces) a table with these full rows, one value per column in ordinal order. */
    synchronized InMemoryTableSource add(TableDefinition definition, List<Object[]> rows) {
        namespaces.computeIfAbsent(definition.namespace(), ns -> new LinkedHashMap<>())
                .put(definition.name(), new StoredTable(definition, new ArrayList<>(rows)));
        return this;
    }

    synchronized void addNamespace(String namespace) {
        namespaces.computeIfAbsent(namespace, ns -> new LinkedHashMap<>());
    }

    synchronized void drop(String namespace, String table) {
        namespaces.getOrDefault(namespace, Map.of()).remove(table);
    }

    /** Appends a row to an existing table, as a write would. */
    synchronized void insert(String namespace, String table, Object[] row) {
        namespaces.get(namespace).get(table).rows().add(row);
    }

    List<ScanRequest> scans() {
        synchronized (scans) {
            return List.copyOf(scans);
        }
    }

    void clearScans() {
        scans.clear();
    }

    int definitionLookups() {
        return definitionLookups.get();
    }

    void failNextScan(SQLException e) {
        failNextScan = e;
    }

    @Override
    public synchronized List<String> namespaces() {
        return List.copyOf(namespaces.keySet());
    }

    @Override
    public synchronized List<String> tableNames(String namespace) {
        return List.copyOf(namespaces.getOrDefault(namespace, Map.of()).keySet());
    }

    @Override
    public synchronized Optional<TableDefinition> table(String namespace, String name) {
        definitionLookups.incrementAndGet();
        StoredTable t = namespaces.getOrDefault(namespace, Map.of()).get(name);
        return Optional.ofNullable(t).map(StoredTable::definition);
    }

    @Override
    public synchronized RowCursor scan(ScanRequest request) throws SQLException {
        SQLException failure = failNextScan;
        if (failure != null) {
            failNextScan = null;
            throw failure;
        }
        scans.add(request);
        TableDefinition def = request.table();
        StoredTable t = namespaces.getOrDefault(def.namespace(), Map.of()).get(def.name());
        if (t == null) {
            throw Errors.create(SqlStates.UNDEFINED_TABLE, "table not found: " + def.qualifiedName());
        }
        int[] indexes = new int[request.columns().size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = indexOf(def, request.columns().get(i));
        }
        List<Object[]> out = new ArrayList<>();
        for (Object[] row : t.rows()) {
            if (!matches(def, row, request.equalities())) {
                continue;
            }
            Object[] projected = new Object[indexes.length];
            for (int i = 0; i < indexes.length; i++) {
                projected[i] = row[indexes[i]];
            }
            out.add(projected);
        }
        return RowCursor.of(out);
    }

    private static int indexOf(TableDefinition def, String column) throws SQLException {
        for (int i = 0; i < def.columns().size(); i++) {
            if (def.columns().get(i).name().equals(column)) {
                return i;
            }
        }
        throw Errors.create(SqlStates.UNDEFINED_COLUMN, "no column " + column);
    }

    private static boolean matches(TableDefinition def, Object[] row, Map<String, String> eq) throws SQLException {
        for (Map.Entry<String, String> e : eq.entrySet()) {
            int i = indexOf(def, e.getKey());
            Object v = row[i];
            if (v == null) {
                return false;
            }
            String text = e.getValue();
            boolean same = switch (def.columns().get(i).type().kind()) {
                case SMALLINT, INT, BIGINT, DECIMAL -> new BigDecimal(v.toString()).compareTo(new BigDecimal(text)) == 0;
                case BOOLEAN -> v.toString().equals(text);
                case UUID -> v.toString().equalsIgnoreCase(text);
                default -> v.toString().equals(text);
            };
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
