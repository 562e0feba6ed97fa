package org.kalamdb.server.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.kalamdb.server.KalamError;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;

/**
 * {@link DataAccess} over the row store for the SQL entry points: autocommit, latest committed
 * data, the typed-Insert write rules. Provider failures become INTERNAL errors carrying the
 * provider text (e.g. {@code Already exists: Primary key violation: ...}); the SQL layer adds its
 * own prefixes.
 */
public final class KalamDataAccess implements DataAccess {

    private final RowStore store;
    private final Scanner scanner;
    private final AutocommitWrites writes;
    private final TransactionCoordinator transactions;
    private final Supplier<List<SessionView>> sessions;

    public KalamDataAccess(RowStore store, TransactionCoordinator transactions, Supplier<List<SessionView>> sessions) {
        this.store = store;
        this.scanner = new Scanner(store);
        this.writes = new AutocommitWrites(store);
        this.transactions = transactions;
        this.sessions = sessions;
    }

    @Override
    public List<Object[]> scan(TableDef table, String userId, boolean includeDeleted) {
        int[] all = new int[table.columns().size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        ScanSpec spec = new ScanSpec(table, Scopes.of(table.type(), userId), all, List.of(), includeDeleted, null,
                Long.MAX_VALUE, List.of());
        return scanner.scanValues(spec);
    }

    @Override
    public long insert(TableDef table, String userId, List<Map<String, Object>> rows) {
        List<Map<String, Scalar>> scalars = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            scalars.add(JavaValues.row(row));
        }
        return run(() -> writes.insert(table, Scopes.of(table.type(), userId), scalars));
    }

    @Override
    public long update(TableDef table, String userId, Object primaryKey, Map<String, Object> changes) {
        Object key = typedKey(table, primaryKey);
        return run(() -> writes.updateByKey(table, Scopes.of(table.type(), userId), key, JavaValues.row(changes)));
    }

    @Override
    public long delete(TableDef table, String userId, Object primaryKey) {
        Object key = typedKey(table, primaryKey);
        return run(() -> writes.deleteByKey(table, Scopes.of(table.type(), userId), key));
    }

    /** A key value of any Java type, cast to the key column's type like an inserted value. */
    private static Object typedKey(TableDef table, Object primaryKey) {
        var keyColumn = table.primaryKey() != null ? table.primaryKey() : table.column("id");
        if (keyColumn == null) {
            return primaryKey;
        }
        try {
            return ValueCoercer.coerce(JavaValues.scalar(primaryKey), keyColumn);
        } catch (CoercionException e) {
            throw KalamError.internal("Schema coercion failed: " + e.getMessage());
        }
    }

    @Override
    public void dropData(TableId table) {
        store.drop(table);
    }

    @Override
    public List<SessionView> sessions() {
        return sessions.get();
    }

    @Override
    public List<TransactionView> transactions() {
        return transactions.views();
    }

    private static long run(java.util.function.LongSupplier write) {
        try {
            return write.getAsLong();
        } catch (StoreException e) {
            throw KalamError.internal(e.getMessage());
        }
    }
}
