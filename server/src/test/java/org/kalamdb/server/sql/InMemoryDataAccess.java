package org.kalamdb.server.sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.KalamError;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;
import org.kalamdb.server.catalog.TableType;
import org.kalamdb.server.store.DataAccess;

/**
 * A test fake of the row store that follows the {@link DataAccess} javadoc: MVCC versions with
 * _seq/_deleted, latest version per primary key, tombstones on delete, per-user partitions for
 * user and stream tables, missing NOT NULL columns zero-filled like the typed Insert, PK
 * uniqueness. Not a mock: it keeps real state.
 */
final class InMemoryDataAccess implements DataAccess {

    private final AtomicLong seq = new AtomicLong(1000);
    /** table -> partition (user id, or "" for shared) -> versions in _seq order, each a column-name map. */
    private final Map<TableId, Map<String, List<Map<String, Object>>>> tables = new HashMap<>();
    private final List<SessionView> sessions = new ArrayList<>();
    private final List<TransactionView> transactions = new ArrayList<>();
    /** Every scan request, for assertions on user scoping and tombstone visibility. */
    final List<String> scanLog = new ArrayList<>();

    void addSession(SessionView s) {
        sessions.add(s);
    }

    void addTransaction(TransactionView t) {
        transactions.add(t);
    }

    private List<Map<String, Object>> partition(TableDef table, String userId) {
        String key = table.type() == TableType.SHARED ? "" : (userId == null ? "anonymous" : userId);
        return tables.computeIfAbsent(table.id(), k -> new HashMap<>()).computeIfAbsent(key, k -> new ArrayList<>());
    }

    @Override
    public synchronized List<Object[]> scan(TableDef table, String userId, boolean includeDeleted) {
        scanLog.add(table.id() + " user=" + userId + " deleted=" + includeDeleted);
        List<Object[]> out = new ArrayList<>();
        for (Map<String, Object> version : latest(table, partition(table, userId)).values()) {
            if (!includeDeleted && Boolean.TRUE.equals(version.get(ColumnDef.DELETED))) {
                continue;
            }
            Object[] row = new Object[table.columns().size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = version.get(table.columns().get(i).name());
            }
            out.add(row);
        }
        return out;
    }

    /** Latest version per key (PK value, or _seq without a PK), in first-insert order. */
    private static Map<Object, Map<String, Object>> latest(TableDef table, List<Map<String, Object>> versions) {
        ColumnDef pk = table.primaryKey();
        Map<Object, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> v : versions) {
            Object key = pk == null ? v.get(ColumnDef.SEQ) : keyOf(v.get(pk.name()));
            out.put(key, v);
        }
        return out;
    }

    private static Object keyOf(Object v) {
        return v instanceof byte[] b ? Arrays.toString(b) : v;
    }

    @Override
    public synchronized long insert(TableDef table, String userId, List<Map<String, Object>> rows) {
        List<Map<String, Object>> partition = partition(table, userId);
        Map<Object, Map<String, Object>> live = latest(table, partition);
        ColumnDef pk = table.primaryKey();
        List<Map<String, Object>> prepared = new ArrayList<>();
        List<Object> batchKeys = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Map<String, Object> version = new LinkedHashMap<>();
            for (ColumnDef c : table.userColumns()) {
                Object v = rows.get(r).containsKey(c.name()) ? rows.get(r).get(c.name()) : (c.nullable() ? null : zero(c.type()));
                if (v == null && !c.nullable()) {
                    throw KalamError.internal("Constraint violation: NOT NULL constraint violation: column '" + c.name()
                            + "' cannot be NULL (row " + (r + 1) + ")");
                }
                version.put(c.name(), v);
            }
            if (pk != null) {
                Object key = keyOf(version.get(pk.name()));
                Map<String, Object> existing = live.get(key);
                if (existing != null && !Boolean.TRUE.equals(existing.get(ColumnDef.DELETED))) {
                    throw KalamError.internal("Already exists: Primary key violation: value '" + version.get(pk.name())
                            + "' already exists in column '" + pk.name() + "'");
                }
                if (batchKeys.contains(key)) {
                    throw KalamError.internal("Already exists: Primary key violation: value '" + version.get(pk.name())
                            + "' appears multiple times in the insert batch for column '" + pk.name() + "'");
                }
                batchKeys.add(key);
            }
            prepared.add(version);
        }
        for (Map<String, Object> version : prepared) {
            version.put(ColumnDef.SEQ, seq.incrementAndGet());
            version.put(ColumnDef.DELETED, false);
            partition.add(version);
        }
        return prepared.size();
    }

    /** The typed-Insert zero for a missing NOT NULL column; types without one stay NULL. */
    private static Object zero(KalamType type) {
        return switch (type.kind()) {
            case BOOLEAN -> false;
            case SMALLINT -> (short) 0;
            case INT, DATE -> 0;
            case BIGINT, TIMESTAMP, DATETIME -> 0L;
            case FLOAT -> 0f;
            case DOUBLE -> 0d;
            case TEXT, JSON, FILE -> "";
            default -> null;
        };
    }

    @Override
    public synchronized long update(TableDef table, String userId, Object primaryKey, Map<String, Object> changes) {
        List<Map<String, Object>> partition = partition(table, userId);
        Map<String, Object> current = latest(table, partition).get(keyOf(primaryKey));
        if (current == null || Boolean.TRUE.equals(current.get(ColumnDef.DELETED))) {
            return 0;
        }
        Map<String, Object> next = new LinkedHashMap<>(current);
        boolean changed = false;
        for (Map.Entry<String, Object> e : changes.entrySet()) {
            if (!same(current.get(e.getKey()), e.getValue())) {
                changed = true;
            }
            next.put(e.getKey(), e.getValue());
        }
        if (!changed) {
            return 0;
        }
        next.put(ColumnDef.SEQ, seq.incrementAndGet());
        partition.add(next);
        return 1;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        return Objects.equals(a, b);
    }

    @Override
    public synchronized long delete(TableDef table, String userId, Object primaryKey) {
        List<Map<String, Object>> partition = partition(table, userId);
        Map<String, Object> current = latest(table, partition).get(keyOf(primaryKey));
        if (current == null || Boolean.TRUE.equals(current.get(ColumnDef.DELETED))) {
            return 0;
        }
        Map<String, Object> tombstone = new LinkedHashMap<>(current);
        tombstone.put(ColumnDef.SEQ, seq.incrementAndGet());
        tombstone.put(ColumnDef.DELETED, true);
        partition.add(tombstone);
        return 1;
    }

    @Override
    public synchronized void dropData(TableId table) {
        tables.remove(table);
    }

    synchronized boolean hasData(TableId table) {
        return tables.containsKey(table);
    }

    @Override
    public List<SessionView> sessions() {
        return List.copyOf(sessions);
    }

    @Override
    public List<TransactionView> transactions() {
        return List.copyOf(transactions);
    }
}
