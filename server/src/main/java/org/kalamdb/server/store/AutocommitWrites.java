package org.kalamdb.server.store;

import java.util.List;
import java.util.Map;

import org.kalamdb.server.catalog.TableDef;

/**
 * Autocommit INSERT/UPDATE/DELETE: each call is one all-or-nothing write under a new commit
 * sequence. Failures are {@link StoreException}s with the provider text; callers wrap them.
 */
public final class AutocommitWrites {

    private final RowStore store;

    public AutocommitWrites(RowStore store) {
        this.store = store;
    }

    public long insert(TableDef def, String scope, List<Map<String, Scalar>> rows) {
        return store.write(batch -> new TableWriter(batch).insert(def, scope, rows));
    }

    /** Update by {@code pk_value} text, parsed against the key column's type. */
    public long update(TableDef def, String scope, String pkValue, Map<String, Scalar> changes) {
        return store.write(batch -> new TableWriter(batch).update(def, scope, parseKey(def, pkValue), pkValue, changes));
    }

    /** Update by an already typed key value. */
    public long updateByKey(TableDef def, String scope, Object key, Map<String, Scalar> changes) {
        return store.write(batch -> new TableWriter(batch).update(def, scope, key, RowKeys.text(key), changes));
    }

    public long delete(TableDef def, String scope, String pkValue) {
        return store.write(batch -> new TableWriter(batch).delete(def, scope, parseKey(def, pkValue)));
    }

    public long deleteByKey(TableDef def, String scope, Object key) {
        return store.write(batch -> new TableWriter(batch).delete(def, scope, key));
    }

    /** Stream tables without a primary key match their {@code id} column, if any. */
    static Object parseKey(TableDef def, String pkValue) {
        var keyColumn = def.primaryKey() != null ? def.primaryKey() : def.column("id");
        return keyColumn == null ? pkValue : RowKeys.parse(pkValue, keyColumn);
    }
}
