package org.kalamdb.server.rpc;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kalamdb.jdbc.types.arrow.ArrowIpcWriter;
import org.kalamdb.jdbc.types.arrow.IpcSchemaMessage;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;

/**
 * The encoded schema message of Scan replies, per table definition and projection. Every reply
 * starts each of its IPC streams with the same schema, and encoding it (field metadata included)
 * costs as much as a whole one-row reply, so it is encoded once per (definition, projection).
 *
 * <p>A definition is matched by identity: the catalog replaces a table's {@link TableDef} on every
 * change (ALTER, drop and re-create), so a new definition simply finds no entry and the old one
 * is dropped with it. Projections per definition are bounded, since clients choose them freely.
 */
final class ScanSchemas {

    /** Projections kept per table definition before its entry starts over. */
    static final int MAX_PROJECTIONS = 64;
    /** Tables kept before the whole cache starts over (dropped tables are never evicted otherwise). */
    static final int MAX_TABLES = 4096;

    private final Map<TableId, TableSchemas> byTable = new ConcurrentHashMap<>();

    /** The schema message for a Scan of {@code projection} (column indexes, in reply order) of {@code def}. */
    IpcSchemaMessage forScan(TableDef def, int[] projection) {
        TableSchemas entry = byTable.get(def.id());
        if (entry == null || entry.def != def) {
            if (byTable.size() >= MAX_TABLES) {
                byTable.clear();
            }
            entry = new TableSchemas(def);
            byTable.put(def.id(), entry);
        }
        return entry.forProjection(projection);
    }

    /** The messages of one table definition, by projection. */
    private static final class TableSchemas {

        final TableDef def;
        private final Map<Projection, IpcSchemaMessage> messages = new ConcurrentHashMap<>();

        TableSchemas(TableDef def) {
            this.def = def;
        }

        IpcSchemaMessage forProjection(int[] projection) {
            Projection key = new Projection(projection.clone());
            IpcSchemaMessage message = messages.get(key);
            if (message == null) {
                if (messages.size() >= MAX_PROJECTIONS) {
                    messages.clear();
                }
                message = ArrowIpcWriter.encodeSchema(def.arrowSchema(projection));
                messages.put(key, message);
            }
            return message;
        }
    }

    /** Column indexes compared by content. */
    private record Projection(int[] columns) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Projection p && Arrays.equals(columns, p.columns);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(columns);
        }

        @Override
        public String toString() {
            return Arrays.toString(columns);
        }
    }
}
