package org.kalamdb.server.store;

import java.util.List;
import java.util.Map;

import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;

/**
 * What the SQL entry points need from the row store. SQL on the real server runs as user
 * {@code pg-extension} outside every session transaction (protocol.md 8), so these calls are
 * autocommit and see committed data only.
 *
 * <p>Values are the server's canonical Java values per KalamDB type: BOOLEAN Boolean, SMALLINT
 * Short, INT Integer, BIGINT Long, FLOAT Float, DOUBLE Double, DECIMAL BigDecimal (at the column
 * scale), TEXT/JSON/FILE String, BYTES byte[], TIMESTAMP/DATETIME Long (µs since the epoch), DATE
 * Integer (days since 1970-01-01), TIME Long (µs since midnight), UUID java.util.UUID,
 * EMBEDDING float[]; null for NULL. Errors are {@link org.kalamdb.server.KalamError}s with the
 * real server's texts.
 */
public interface DataAccess {

    /**
     * Latest live version of every row (tombstones only when {@code includeDeleted}), scoped to
     * {@code userId} for user and stream tables ({@code "anonymous"} when null; ignored for shared).
     * Each row holds the values of {@code table.columns()} in order, _seq and _deleted included.
     */
    List<Object[]> scan(TableDef table, String userId, boolean includeDeleted);

    /** Inserts rows (column name → value; missing columns get the typed-Insert treatment). */
    long insert(TableDef table, String userId, List<Map<String, Object>> rows);

    /** Partial update of the row with this primary key; 0 for a no-op. */
    long update(TableDef table, String userId, Object primaryKey, Map<String, Object> changes);

    /** Soft delete; 1 if a live row was deleted, else 0. */
    long delete(TableDef table, String userId, Object primaryKey);

    /** Discards every row of a dropped table. */
    void dropData(TableId table);

    /** Rows of system.sessions (protocol.md 4.6), already in the view's order. */
    List<SessionView> sessions();

    /** Rows of system.transactions (protocol.md 4.7), already in the view's order. */
    List<TransactionView> transactions();

    record SessionView(String sessionId, Long backendPid, String currentSchema, String state,
                       String transactionId, String transactionState, boolean transactionHasWrites,
                       String clientAddr, String transport, long openedAtMicros, long lastSeenAtMicros,
                       String lastMethod) {
    }

    record TransactionView(String transactionId, String ownerId, String origin, String state, long ageMs,
                           long idleMs, long writeCount, long writeBytes, long touchedTablesCount,
                           long snapshotCommitSeq) {
    }
}
