package org.kalamdb.server.rpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

import com.google.protobuf.ByteString;

import org.kalamdb.jdbc.types.arrow.IpcSchemaMessage;
import org.kalamdb.server.KalamError;
import org.kalamdb.server.auth.Caller;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableType;
import org.kalamdb.server.proto.DeleteRpcRequest;
import org.kalamdb.server.proto.DeleteRpcResponse;
import org.kalamdb.server.proto.InsertRpcRequest;
import org.kalamdb.server.proto.InsertRpcResponse;
import org.kalamdb.server.proto.ScanFilterExpression;
import org.kalamdb.server.proto.ScanRpcRequest;
import org.kalamdb.server.proto.ScanRpcResponse;
import org.kalamdb.server.proto.UpdateRpcRequest;
import org.kalamdb.server.proto.UpdateRpcResponse;
import org.kalamdb.server.store.CoercionException;
import org.kalamdb.server.store.DataGroups;
import org.kalamdb.server.store.OwnerKey;
import org.kalamdb.server.store.ParallelRows;
import org.kalamdb.server.store.RowJson;
import org.kalamdb.server.store.RowKeys;
import org.kalamdb.server.store.Scalar;
import org.kalamdb.server.store.ScanSpec;
import org.kalamdb.server.store.Scopes;
import org.kalamdb.server.store.StagedMutation;
import org.kalamdb.server.store.StoreException;
import org.kalamdb.server.store.Transaction;
import org.kalamdb.server.store.ValueCoercer;

/**
 * Scan, Insert, Update and Delete (protocol.md 5, 6). Order of checks: session handle, activity,
 * table identity, payload, owner key; then either the session's transaction (staging, overlay
 * reads) or autocommit. A terminal transaction error (7.7) also drops the session's transaction.
 */
final class DataRpc {

    /** Rows per record batch (and so per IPC stream) of a Scan reply. */
    static final int BATCH_ROWS = 65_536;

    private final PgContext ctx;
    private final SessionGate gate;
    private final ScanSchemas scanSchemas = new ScanSchemas();

    DataRpc(PgContext ctx) {
        this.ctx = ctx;
        this.gate = new SessionGate(ctx);
    }

    // ---- Scan ----------------------------------------------------------------------------------

    ScanRpcResponse scan(ScanRpcRequest req, Caller caller) {
        String sessionId = gate.validate(req.getSessionId());
        gate.record(sessionId, "Scan", caller);
        TableRequest t = TableRequest.parse(req.getNamespace(), req.getTableName(), req.getTableType(),
                req.hasUserId() ? req.getUserId() : null);
        OwnerKey owner = OwnerKey.fromSessionId(sessionId);
        return inTransactionScope(owner, sessionId, () -> {
            TableDef def = ctx.catalog().table(t.id());
            if (def == null) {
                throw KalamError.notFound(t.id().dotted());
            }
            if (def.type() == TableType.SYSTEM) {
                throw KalamError.internal("Access denied: Role 'Service' cannot access table '" + t.id().dotted()
                        + "'. System tables require 'dba' or 'system' role.");
            }
            if (def.type() == TableType.SHARED) {
                requireSharedReadable(def, t.type());
            }
            Transaction tx = ctx.transactions().forOwner(owner);
            if (tx != null) {
                tx.requireReadable();
            }
            List<ScanFilterExpression> honoured = new ArrayList<>();
            for (ScanFilterExpression f : req.getFiltersList()) {
                if (f.getOp().equals("eq")) {
                    honoured.add(f);
                }
            }
            int[] projection = projection(def, req.getColumnsList(), !honoured.isEmpty());
            List<ScanSpec.EqFilter> filters = new ArrayList<>(honoured.size());
            boolean keepDeleted = false;
            for (ScanFilterExpression f : honoured) {
                filters.add(filter(def, f));
                keepDeleted |= f.getColumn().equals(ColumnDef.DELETED);
            }
            Long limit = !honoured.isEmpty() && req.hasLimit() ? clampUnsigned(req.getLimit()) : null;
            String scope = Scopes.of(def.type(), t.userId());
            long snapshot = Long.MAX_VALUE;
            List<StagedMutation> overlay = List.of();
            if (tx != null) {
                if (def.type() == TableType.STREAM) {
                    throw KalamError.internal("Invalid operation: stream tables are not supported inside explicit transactions");
                }
                String group = def.type() == TableType.SHARED ? DataGroups.shared() : DataGroups.forUser(scope);
                tx.accessForRead(def.id(), group, ctx.clock().millis());
                snapshot = tx.snapshot();
                overlay = tx.staged();
            }
            ScanSpec spec = new ScanSpec(def, scope, projection, filters, keepDeleted, limit, snapshot, overlay);
            IpcSchemaMessage schema = scanSchemas.forScan(def, projection);
            List<ByteString> streams = new ArrayList<>();
            try {
                ctx.scanner().scanBatches(spec, schema.schema(), BATCH_ROWS, IpcBatches.encoder(schema, streams));
            } catch (StoreException e) {
                throw KalamError.internal(e.getMessage());
            }
            return ScanRpcResponse.newBuilder().addAllIpcBatches(streams).build();
        });
    }

    /**
     * Scan reads as role User for table_type user/stream and Service otherwise (protocol.md 5.1,
     * 5.2): Service reads public, private and restricted shared tables; User only public ones;
     * neither reads dba-level tables.
     */
    private static void requireSharedReadable(TableDef def, TableType requested) {
        boolean userRole = requested == TableType.USER || requested == TableType.STREAM;
        String level = def.options().getOrDefault("access_level", "private").toLowerCase(java.util.Locale.ROOT);
        boolean allowed = switch (level) {
            case "public" -> true;
            case "dba" -> false;
            default -> !userRole;
        };
        if (!allowed) {
            throw KalamError.internal("Access denied: Role '" + (userRole ? "User" : "Service")
                    + "' cannot access table '" + def.id().dotted() + "'. Shared table access denied (access_level="
                    + level + ")");
        }
    }

    private static int[] projection(TableDef def, List<String> columns, boolean filtered) {
        if (columns.isEmpty()) {
            int[] all = new int[def.columns().size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] out = new int[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = def.columnIndex(columns.get(i));
            if (out[i] < 0) {
                throw filtered ? noSuchField(def, columns.get(i))
                        : KalamError.invalidArgument("column '" + columns.get(i) + "' not found in table '"
                                + def.id().dotted() + "'");
            }
        }
        return out;
    }

    /** {@code column = literal}, the literal typed from the column (DataFusion's coercion of the text). */
    private static ScanSpec.EqFilter filter(TableDef def, ScanFilterExpression f) {
        int index = def.columnIndex(f.getColumn());
        if (index < 0) {
            throw noSuchField(def, f.getColumn());
        }
        ColumnDef column = def.columns().get(index);
        try {
            return new ScanSpec.EqFilter(index, ValueCoercer.coerce(new Scalar.Text(false, f.getValue()), column));
        } catch (CoercionException e) {
            throw KalamError.internal("Arrow error: Cast error: Cannot cast string '" + f.getValue() + "' to value of "
                    + ValueCoercer.arrowTypeName(column.type()) + " type");
        }
    }

    /** DataFusion's planning error for an unknown column on the filtered path. */
    private static KalamError noSuchField(TableDef def, String column) {
        StringJoiner valid = new StringJoiner(", ");
        for (ColumnDef c : def.columns()) {
            valid.add(def.id().dotted() + "." + c.name());
        }
        return KalamError.internal("Schema error: No field named " + column + ". Valid fields are " + valid + ".");
    }

    private static long clampUnsigned(long limit) {
        return limit < 0 ? Long.MAX_VALUE : limit;
    }

    // ---- Insert --------------------------------------------------------------------------------

    InsertRpcResponse insert(InsertRpcRequest req, Caller caller) {
        String sessionId = gate.validate(req.getSessionId());
        gate.record(sessionId, "Insert", caller);
        TableRequest t = TableRequest.parse(req.getNamespace(), req.getTableName(), req.getTableType(),
                req.hasUserId() ? req.getUserId() : null);
        List<Map<String, Scalar>> rows = ParallelRows.map(req.getRowsJsonList(), RowJson::parseRow);
        long bytes = 0;
        for (String json : req.getRowsJsonList()) {
            bytes += json.length();
        }
        long rowBytes = rows.isEmpty() ? 0 : bytes / rows.size();
        OwnerKey owner = OwnerKey.fromSessionId(sessionId);
        long affected = inTransactionScope(owner, sessionId, () -> {
            Transaction tx = ctx.transactions().forOwner(owner);
            if (tx != null) {
                return stageInserts(tx, t, rows, rowBytes);
            }
            requireUserForAutocommit(t, "inserts", "cannot insert into system tables");
            if (rows.isEmpty()) {
                return 0L;
            }
            TableDef def = tableForWrite(t);
            return autocommit("Failed to insert batch: ", () -> ctx.writes().insert(def, scope(def, t), rows));
        });
        return InsertRpcResponse.newBuilder().setAffectedRows(affected).build();
    }

    /** Staged inserts take their key from a column literally named {@code id} (protocol.md 7.3). */
    private long stageInserts(Transaction tx, TableRequest t, List<Map<String, Scalar>> rows, long rowBytes) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<StagedMutation> staged = new ArrayList<>(rows.size());
        for (Map<String, Scalar> row : rows) {
            Scalar id = row.get("id");
            if (id == null) {
                throw KalamError.invalidArgument("transactional INSERT requires primary key column 'id'");
            }
            staged.add(new StagedMutation(StagedMutation.Kind.INSERT, t.id(), t.type(), t.userId(), RowKeys.text(id),
                    row, ctx.transactions().provisionalSeq(), rowBytes));
        }
        ctx.transactions().stage(tx, t.type(), t.id(), t.userId(), staged);
        return rows.size();
    }

    // ---- Update --------------------------------------------------------------------------------

    UpdateRpcResponse update(UpdateRpcRequest req, Caller caller) {
        String sessionId = gate.validate(req.getSessionId());
        gate.record(sessionId, "Update", caller);
        TableRequest t = TableRequest.parse(req.getNamespace(), req.getTableName(), req.getTableType(),
                req.hasUserId() ? req.getUserId() : null);
        List<Map<String, Scalar>> rows = RowJson.parseRows(req.getUpdatesJson());
        OwnerKey owner = OwnerKey.fromSessionId(sessionId);
        long affected = inTransactionScope(owner, sessionId, () -> {
            Transaction tx = ctx.transactions().forOwner(owner);
            if (tx != null) {
                stageByKey(tx, t, StagedMutation.Kind.UPDATE, req.getPkValue(),
                        rows.isEmpty() ? Map.of() : rows.get(0), req.getUpdatesJson().length());
                return 1L;
            }
            requireUserForAutocommit(t, "updates", "cannot update system tables");
            if (rows.isEmpty()) {
                if (t.type() == TableType.SHARED) {
                    return 0L;
                }
                throw KalamError.internal("Validation error: Update requires at least one update row");
            }
            TableDef def = tableForWrite(t);
            return autocommit("Failed to update row: ",
                    () -> ctx.writes().update(def, scope(def, t), req.getPkValue(), rows.get(0)));
        });
        return UpdateRpcResponse.newBuilder().setAffectedRows(affected).build();
    }

    // ---- Delete --------------------------------------------------------------------------------

    DeleteRpcResponse delete(DeleteRpcRequest req, Caller caller) {
        String sessionId = gate.validate(req.getSessionId());
        gate.record(sessionId, "Delete", caller);
        TableRequest t = TableRequest.parse(req.getNamespace(), req.getTableName(), req.getTableType(),
                req.hasUserId() ? req.getUserId() : null);
        OwnerKey owner = OwnerKey.fromSessionId(sessionId);
        long affected = inTransactionScope(owner, sessionId, () -> {
            Transaction tx = ctx.transactions().forOwner(owner);
            if (tx != null) {
                stageByKey(tx, t, StagedMutation.Kind.DELETE, req.getPkValue(), Map.of(), req.getPkValue().length());
                return 1L;
            }
            requireUserForAutocommit(t, "deletes", "cannot delete from system tables");
            TableDef def = tableForWrite(t);
            return autocommit("Failed to delete row: ", () -> ctx.writes().delete(def, scope(def, t), req.getPkValue()));
        });
        return DeleteRpcResponse.newBuilder().setAffectedRows(affected).build();
    }

    private void stageByKey(Transaction tx, TableRequest t, StagedMutation.Kind kind, String pkValue,
                            Map<String, Scalar> payload, long bytes) {
        StagedMutation m = new StagedMutation(kind, t.id(), t.type(), t.userId(), pkValue, payload,
                ctx.transactions().provisionalSeq(), bytes);
        ctx.transactions().stage(tx, t.type(), t.id(), t.userId(), List.of(m));
    }

    // ---- autocommit helpers --------------------------------------------------------------------

    /** user/stream need a user id; system tables refuse DML; shared ignore the user id (protocol.md 6.1). */
    private static void requireUserForAutocommit(TableRequest t, String operation, String systemText) {
        switch (t.type()) {
            case USER, STREAM -> {
                if (t.userId() == null) {
                    throw KalamError.invalidArgument("user_id required for user/stream table " + operation);
                }
            }
            case SYSTEM -> throw KalamError.permissionDenied(systemText);
            case SHARED -> {
            }
        }
    }

    /** The table an autocommit write names, checked against the provider the request type selects. */
    private TableDef tableForWrite(TableRequest t) {
        boolean shared = t.type() == TableType.SHARED;
        TableDef def = ctx.catalog().table(t.id());
        if (def == null) {
            throw KalamError.internal((shared ? "Shared table provider" : "Table provider") + " not found: "
                    + t.id().colon());
        }
        boolean sharedTable = def.type() == TableType.SHARED;
        if (shared != sharedTable || def.type() == TableType.SYSTEM) {
            throw KalamError.internal("Execution error: Provider type mismatch for " + (shared ? "shared" : "user")
                    + " table " + t.id().colon());
        }
        return def;
    }

    private static String scope(TableDef def, TableRequest t) {
        return def.type() == TableType.SHARED ? "" : t.userId();
    }

    private static long autocommit(String prefix, Supplier<Long> write) {
        try {
            return write.get();
        } catch (StoreException e) {
            throw KalamError.internal("Execution error: " + prefix + e.getMessage());
        }
    }

    /** Runs a data operation; after a terminal transaction error the session's transaction is dropped. */
    private <T> T inTransactionScope(OwnerKey owner, String sessionId, Supplier<T> work) {
        try {
            return work.get();
        } catch (KalamError e) {
            if (TerminalErrors.isTerminal(e) && ctx.transactions().discard(owner) != null) {
                ctx.sessions().unpin(sessionId, null);
            }
            throw e;
        }
    }
}
