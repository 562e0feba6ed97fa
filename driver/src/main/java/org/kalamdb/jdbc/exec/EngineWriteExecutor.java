package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kalamdb.jdbc.engine.MutationRow;
import org.kalamdb.jdbc.engine.PreparedMutation;
import org.kalamdb.jdbc.engine.TableDefinition;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.schema.ColumnSchema;
import org.kalamdb.jdbc.schema.SystemColumns;
import org.kalamdb.jdbc.schema.TableSchema;
import org.kalamdb.jdbc.sql.plan.Insert;
import org.kalamdb.jdbc.sql.plan.InsertSource;
import org.kalamdb.jdbc.sql.plan.QualifiedName;
import org.kalamdb.jdbc.sql.plan.TableRef;
import org.kalamdb.jdbc.transport.DeleteRequest;
import org.kalamdb.jdbc.transport.TableType;
import org.kalamdb.jdbc.transport.UpdateRequest;
import org.kalamdb.jdbc.types.ValueConversionException;
import org.kalamdb.jdbc.types.json.ColumnValue;
import org.kalamdb.jdbc.types.json.TypedRowEncoder;

/**
 * UPDATE, DELETE and INSERT statements beyond the dialect's own evaluator (subqueries in WHERE or
 * SET, functions it does not know, JSON operators, ...): the query engine computes the target
 * rows and the new values ({@link PreparedMutation}), then the driver writes exactly as for the
 * fast path (design.md D5) — one Update or Delete per primary key, with true counts, and INSERT
 * rows through {@link InsertExecutor} (DEFAULTs, NOT NULL, tenant and transaction rules, one
 * Insert per 4 MiB chunk). The same rules as the fast path are checked before anything is sent:
 * no writes to system tables or a read-only connection, no UPDATE of the primary key or
 * {@code _userid}, {@code _seq} assignments ignored, stream tables append-only and outside
 * transactions. RETURNING is not available on this path (the engine's parser has no RETURNING).
 */
final class EngineWriteExecutor {

    private final EngineBridge engine;
    private final InsertExecutor inserts;

    EngineWriteExecutor(EngineBridge engine, InsertExecutor inserts) {
        this.engine = engine;
        this.inserts = inserts;
    }

    StatementResult run(ScriptStatement.EngineWrite statement, ExecutionContext context) throws SQLException {
        PreparedMutation mutation = prepare(statement, context);
        return switch (mutation.kind()) {
            case UPDATE -> update(mutation, context);
            case DELETE -> delete(mutation, context);
            case INSERT -> insert(mutation, context);
        };
    }

    /**
     * The engine's plan; when the engine cannot parse the statement either, the dialect's reason
     * for refusing it (0A000) is the answer, with the engine's detail.
     */
    private PreparedMutation prepare(ScriptStatement.EngineWrite statement, ExecutionContext context)
            throws SQLException {
        try {
            return engine.mutation(EngineSql.text(statement.parameters()), context);
        } catch (SQLException e) {
            if (SqlStates.SYNTAX_ERROR.equals(e.getSQLState()) || "42000".equals(e.getSQLState())
                    || SqlStates.FEATURE_NOT_SUPPORTED.equals(e.getSQLState())) {
                throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, statement.refusal() + " (the driver's query engine cannot run"
                        + " it either: " + e.getMessage() + ")", e);
            }
            throw e;
        }
    }

    private StatementResult update(PreparedMutation mutation, ExecutionContext context) throws SQLException {
        TableSchema table = target(mutation.table(), "UPDATE", context);
        if (table.type() == TableType.STREAM) {
            throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "UPDATE of stream table " + table.qualifiedName()
                    + " is not supported: stream tables are append-only");
        }
        primaryKey(table, "UPDATE");
        List<ColumnSchema> columns = new ArrayList<>();
        for (String name : mutation.columns()) {
            columns.add(assignable(table, name));
        }
        String userId = tenant(table, context);
        long count = 0;
        for (MutationRow row : engine.writes(mutation, context)) {
            List<ColumnValue> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                ColumnSchema c = columns.get(i);
                if (c == null) {
                    continue; // _seq: read-only, not forwarded
                }
                Object value = row.values()[i];
                if (value == null && !c.nullable()) {
                    throw Errors.create(SqlStates.NOT_NULL_VIOLATION, "null value in column \"" + c.name()
                            + "\" of relation \"" + table.name() + "\" violates not-null constraint");
                }
                cells.add(new ColumnValue(c.name(), c.type(), value));
            }
            if (!cells.isEmpty()) {
                context.session().update(new UpdateRequest(table.namespace(), table.name(), table.type(), userId,
                        UpdateDeleteExecutor.keyText(row.key()), encode(cells)), context.rpc());
            }
            count++;
        }
        return StatementResult.Count.of(count);
    }

    private StatementResult delete(PreparedMutation mutation, ExecutionContext context) throws SQLException {
        TableSchema table = target(mutation.table(), "DELETE", context);
        primaryKey(table, "DELETE");
        String userId = tenant(table, context);
        boolean staged = context.session().inTransaction();
        long count = 0;
        for (MutationRow row : engine.writes(mutation, context)) {
            long n = context.session().delete(new DeleteRequest(table.namespace(), table.name(), table.type(), userId,
                    UpdateDeleteExecutor.keyText(row.key())), context.rpc());
            // In a transaction the server stages the delete and always answers 1; the engine found the row.
            count += staged ? 1 : n;
        }
        return StatementResult.Count.of(count);
    }

    private StatementResult insert(PreparedMutation mutation, ExecutionContext context) throws SQLException {
        TableDefinition def = mutation.table();
        Insert plan = new Insert(new TableRef(QualifiedName.of(def.namespace(), def.name()), null), mutation.columns(),
                new InsertSource.DefaultValues(), List.of());
        // Checked before the engine reads anything: the target, its tenant and transaction rules.
        inserts.checkTarget(plan, context);
        List<Object[]> values = new ArrayList<>();
        for (MutationRow row : engine.writes(mutation, context)) {
            values.add(row.values());
        }
        return inserts.insertComputed(plan, values, context);
    }

    // ---- rules -----------------------------------------------------------------------------------

    private static TableSchema target(TableDefinition def, String what, ExecutionContext context) throws SQLException {
        if (SystemTableReader.SYSTEM_NAMESPACE.equals(def.namespace())) {
            throw Errors.create(SqlStates.INSUFFICIENT_PRIVILEGE, "cannot " + what.toLowerCase(Locale.ROOT)
                    + " system tables");
        }
        context.checkWritable(what);
        TableSchema table = context.schemas().get(def.namespace(), def.name(), context.rpc());
        if (table.type() == TableType.STREAM && context.session().inTransaction()) {
            throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, what + " of stream table " + table.qualifiedName()
                    + " inside a transaction (KalamDB refuses stream tables in explicit transactions); run it in "
                    + "autocommit mode");
        }
        return table;
    }

    private static void primaryKey(TableSchema table, String what) throws SQLException {
        if (table.primaryKey().isEmpty()) {
            throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, what + " on " + table.qualifiedName()
                    + ": the table has no primary key to identify rows by");
        }
    }

    /** The column a SET assigns, or null for {@code _seq} (ignored); the fast path's refusals otherwise. */
    private static ColumnSchema assignable(TableSchema table, String column) throws SQLException {
        if (SystemColumns.SEQ.equals(column)) {
            return null;
        }
        if (SystemColumns.USER_ID.equals(column) && table.exposesUserId()) {
            throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "UPDATE ... SET _userid: a row's owner cannot be "
                    + "reassigned; insert a copy with _userid set and delete the original");
        }
        ColumnSchema c = table.column(column).filter(x -> !x.isSystemColumn())
                .orElseThrow(() -> TableScanner.undefinedColumn(table, column));
        if (c.primaryKey()) {
            throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "UPDATE of the primary key column \"" + column
                    + "\" of " + table.qualifiedName() + ": rows are identified by it; delete the row and insert it "
                    + "with the new key");
        }
        return c;
    }

    private static String tenant(TableSchema table, ExecutionContext context) throws SQLException {
        if (!table.isTenantScoped()) {
            return null;
        }
        return context.session().tenant().require("modify " + table.type().wireName() + " table "
                + table.qualifiedName());
    }

    private static String encode(List<ColumnValue> cells) throws SQLException {
        try {
            return TypedRowEncoder.encodeRowArray(cells);
        } catch (ValueConversionException e) {
            throw Errors.fromConversion(e);
        }
    }
}
