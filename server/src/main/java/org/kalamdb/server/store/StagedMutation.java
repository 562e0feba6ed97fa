package org.kalamdb.server.store;

import java.util.Map;

import org.kalamdb.server.catalog.TableId;
import org.kalamdb.server.catalog.TableType;

/**
 * One write staged in an explicit transaction (protocol.md 7.3), stored exactly as received: no
 * coercion or validation happens before COMMIT. {@code key} is the text of the row's {@code id}
 * (INSERT) or the {@code pk_value} (UPDATE/DELETE); {@code requestedType} is the table type the
 * RPC named; {@code provisionalSeq} is the {@code _seq} staged rows show in the transaction's own
 * reads until the commit assigns the real one.
 */
public record StagedMutation(Kind kind, TableId table, TableType requestedType, String userId, String key,
                             Map<String, Scalar> payload, long provisionalSeq, long approximateBytes) {

    public enum Kind { INSERT, UPDATE, DELETE }

    public StagedMutation {
        payload = payload == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(payload));
    }

    /** The partition this write goes to: the user's for user tables, the shared one otherwise. */
    public String scope() {
        return requestedType == TableType.SHARED ? "" : userId;
    }
}
