package org.kalamdb.server.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableType;

/**
 * Applies a transaction's staged writes at COMMIT as one write under one commit sequence. As on
 * the real server, only INSERT uniqueness is checked before applying — against storage, and the
 * same staged key twice in the transaction — then the writes apply in order; any failure (PK,
 * coercion, NOT NULL, missing row for an update, unknown table) fails the whole commit. Unlike the
 * real server nothing is partially applied (documented difference).
 */
public final class StagedWriteApplier {

    private final Catalog catalog;
    private final RowStore store;

    public StagedWriteApplier(Catalog catalog, RowStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    void apply(List<StagedMutation> writes) {
        store.write(batch -> {
            TableWriter writer = new TableWriter(batch);
            prevalidateInserts(batch, writer, writes);
            for (StagedMutation m : writes) {
                TableDef def = resolve(m);
                String scope = Scopes.of(def.type(), m.userId());
                switch (m.kind()) {
                    case INSERT -> wrap("Failed to insert batch row: ", () -> writer.insert(def, scope, List.of(m.payload())));
                    case UPDATE -> wrap("Failed to update row: ", () -> writer.update(def, scope,
                            AutocommitWrites.parseKey(def, m.key()), m.key(), m.payload()));
                    case DELETE -> wrap("Failed to delete row: ", () -> writer.delete(def, scope,
                            AutocommitWrites.parseKey(def, m.key())));
                }
            }
            return null;
        });
    }

    private void prevalidateInserts(WriteBatch batch, TableWriter writer, List<StagedMutation> writes) {
        Set<String> seen = new HashSet<>();
        for (StagedMutation m : writes) {
            if (m.kind() != StagedMutation.Kind.INSERT) {
                continue;
            }
            TableDef def = resolve(m);
            ColumnDef pk = def.primaryKey();
            if (pk == null) {
                continue;
            }
            if (!seen.add(m.table().colon() + "|" + m.scope() + "|" + m.key())) {
                throw new StoreException("Failed to insert batch row: Already exists: Primary key violation: value '"
                        + m.key() + "' appears multiple times in the transaction batch for column '" + pk.name() + "'");
            }
            wrap("Failed to insert batch row: ", () -> {
                Object[] row = RowShapes.insertRow(def, m.payload());
                Object key = row[def.columns().indexOf(pk)];
                writer.requireAbsent(batch.rows(def), Scopes.of(def.type(), m.userId()), RowKeys.of(key), key, pk.name());
                return 0L;
            });
        }
    }

    /** The table a staged write names, checked against the type the RPC named. */
    private TableDef resolve(StagedMutation m) {
        TableDef def = catalog.table(m.table());
        boolean shared = m.requestedType() == TableType.SHARED;
        if (def == null) {
            throw new StoreException((shared ? "Shared table provider" : "Table provider") + " not found: "
                    + m.table().colon());
        }
        if (shared != (def.type() == TableType.SHARED) || def.type() == TableType.STREAM) {
            throw new StoreException("Provider type mismatch for " + (shared ? "shared" : "user") + " table "
                    + m.table().colon());
        }
        return def;
    }

    private static void wrap(String prefix, java.util.function.LongSupplier work) {
        try {
            work.getAsLong();
        } catch (StoreException e) {
            throw new StoreException(prefix + e.getMessage());
        }
    }
}
