package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.schema.ColumnSchema;
import org.kalamdb.jdbc.schema.SystemColumns;
import org.kalamdb.jdbc.schema.TableSchema;
import org.kalamdb.jdbc.sql.expr.Conjuncts;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.expr.SqlValues;
import org.kalamdb.jdbc.sql.plan.Assignment;
import org.kalamdb.jdbc.sql.plan.Delete;
import org.kalamdb.jdbc.sql.plan.SelectItem;
import org.kalamdb.jdbc.sql.plan.TableRef;
import org.kalamdb.jdbc.sql.plan.Update;
import org.kalamdb.jdbc.transport.DeleteRequest;
import org.kalamdb.jdbc.transport.TableType;
import org.kalamdb.jdbc.transport.UpdateRequest;
import org.kalamdb.jdbc.types.ValueConversionException;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.json.ColumnValue;
import org.kalamdb.jdbc.types.json.TypedRowEncoder;
import org.kalamdb.jdbc.types.json.ValueCoercer;

/**
 * UPDATE and DELETE by scan-then-primary-key (design.md D5): the matching rows are found with a
 * Scan (pushdown where possible, the rest of the WHERE evaluated locally), then one Update or
 * Delete is sent per row, identified by the table's declared primary key — not pg_kalam's "first
 * column" heuristic (extension.md 9.8). Assignments are evaluated against the old row, so
 * {@code SET n = n + ?} is exact. Updating the primary key or {@code _userid} is refused;
 * {@code _seq} assignments are ignored (read-only). Counts are the rows the statement matched and
 * wrote (a row whose values do not change is matched but not sent; a row deleted concurrently in
 * autocommit is not counted).
 */
final class UpdateDeleteExecutor {

    /** The table, its tenant and the rows the WHERE clause selected. */
    private record Matched(TableSchema table, String userId, RecordBatch batch, int[] rows) {
    }

    StatementResult update(Update plan, ExecutionContext context) throws SQLException {
        TableSchema table = table(plan.table(), "UPDATE", context);
        if (table.type() == TableType.STREAM) {
            throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "UPDATE of stream table " + table.qualifiedName()
                    + " is not supported: stream tables are append-only");
        }
        ColumnSchema pk = primaryKey(table, "UPDATE");
        List<Assignment> assignments = checkAssignments(plan.assignments(), table);
        Set<String> referenced = new HashSet<>();
        for (Assignment a : assignments) {
            referenced.addAll(a.value().referencedColumns());
        }
        Matched matched = match(table, plan.where(), referenced, plan.returning(), context);
        long count = 0;
        List<WrittenRow> written = new ArrayList<>();
        BatchRow old = new BatchRow(matched.batch(), matched.userId(), table.exposesUserId());
        for (int r : matched.rows()) {
            old.at(r);
            Map<String, Object> oldValues = canonicalRow(table, old);
            Map<String, Object> newValues = new LinkedHashMap<>(oldValues);
            List<ColumnValue> cells = new ArrayList<>();
            boolean changed = false;
            for (Assignment a : assignments) {
                ColumnSchema c = table.column(a.column()).orElseThrow();
                Object v = a.value() instanceof Expr.Default
                        ? ColumnDefaults.valueFor(c, matched.userId(), context)
                        : context.valueOf(a.value(), old);
                if (v == null && !c.nullable()) {
                    throw Errors.create(SqlStates.NOT_NULL_VIOLATION, "null value in column \"" + c.name()
                            + "\" of relation \"" + table.name() + "\" violates not-null constraint");
                }
                Object canonical = InsertExecutor.coerce(v, c);
                changed |= !Objects.deepEquals(canonical, oldValues.get(c.name()));
                newValues.put(c.name(), canonical);
                cells.add(new ColumnValue(c.name(), c.type(), v));
            }
            if (changed) {
                String json;
                try {
                    json = TypedRowEncoder.encodeRowArray(cells);
                } catch (ValueConversionException e) {
                    throw Errors.fromConversion(e);
                }
                context.session().update(new UpdateRequest(table.namespace(), table.name(), table.type(),
                        matched.userId(), keyText(old.value(pk.name())), json), context.rpc());
            }
            count++;
            written.add(new WrittenRow(newValues, null, matched.userId()));
        }
        if (!plan.returning().isEmpty()) {
            if (Returning.needsSeq(plan.returning())) {
                written = SeqReader.readBack(table, written, context);
            }
            return new StatementResult.Rows(Returning.build(plan.returning(), table, written, context));
        }
        return StatementResult.Count.of(count);
    }

    StatementResult delete(Delete plan, ExecutionContext context) throws SQLException {
        TableSchema table = table(plan.table(), "DELETE", context);
        ColumnSchema pk = primaryKey(table, "DELETE");
        Matched matched = match(table, plan.where(), Set.of(), plan.returning(), context);
        long count = 0;
        boolean staged = context.session().inTransaction();
        List<WrittenRow> removed = new ArrayList<>();
        BatchRow old = new BatchRow(matched.batch(), matched.userId(), table.exposesUserId());
        int seqIndex = matched.batch() == null ? -1 : matched.batch().schema().indexOf(SystemColumns.SEQ);
        for (int r : matched.rows()) {
            old.at(r);
            long n = context.session().delete(new DeleteRequest(table.namespace(), table.name(), table.type(),
                    matched.userId(), keyText(old.value(pk.name()))), context.rpc());
            // In a transaction the server stages the delete and always answers 1; the scan found the row.
            long deleted = staged ? 1 : n;
            count += deleted;
            if (deleted > 0) {
                Long seq = seqIndex < 0 || matched.batch().column(seqIndex).isNull(r) ? null
                        : matched.batch().column(seqIndex).getLong(r);
                removed.add(new WrittenRow(canonicalRow(table, old), seq, matched.userId()));
            }
        }
        if (!plan.returning().isEmpty()) {
            return new StatementResult.Rows(Returning.build(plan.returning(), table, removed, context));
        }
        return StatementResult.Count.of(count);
    }

    // ---- shared steps ----------------------------------------------------------------------------

    private static TableSchema table(TableRef ref, String what, ExecutionContext context) throws SQLException {
        String namespace = ref.name().namespaceOr(context.session().namespace()).toLowerCase(Locale.ROOT);
        if (SelectExecutor.SYSTEM_NAMESPACE.equals(namespace)) {
            throw Errors.create(SqlStates.INSUFFICIENT_PRIVILEGE, "cannot " + what.toLowerCase(Locale.ROOT)
                    + " system tables");
        }
        context.checkWritable(what);
        TableSchema table = context.schemas().get(namespace, ref.name().name(), context.rpc());
        if (table.type() == TableType.STREAM && context.session().inTransaction()) {
            throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, what + " of stream table " + table.qualifiedName() + " inside a transaction "
                    + "(KalamDB refuses stream tables in explicit transactions); run it in autocommit mode");
        }
        return table;
    }

    private static ColumnSchema primaryKey(TableSchema table, String what) throws SQLException {
        return table.primaryKey().orElseThrow(() -> Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, what + " on " + table.qualifiedName()
                + ": the table has no primary key to identify rows by"));
    }

    private static List<Assignment> checkAssignments(List<Assignment> assignments, TableSchema table)
            throws SQLException {
        List<Assignment> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Assignment a : assignments) {
            String column = a.column();
            if (!seen.add(column)) {
                throw Errors.create("42601", "multiple assignments to same column \"" + column + "\"");
            }
            if (SystemColumns.SEQ.equals(column)) {
                continue; // _seq is read-only metadata; assignments are not forwarded (pg_kalam docs)
            }
            if (SystemColumns.USER_ID.equals(column) && table.exposesUserId()) {
                throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "UPDATE ... SET _userid: a row's owner cannot be reassigned; "
                        + "insert a copy with _userid set and delete the original");
            }
            ColumnSchema c = table.column(column).filter(x -> !x.isSystemColumn())
                    .orElseThrow(() -> TableScanner.undefinedColumn(table, column));
            if (c.primaryKey()) {
                throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "UPDATE of the primary key column \"" + column + "\" of "
                        + table.qualifiedName() + ": rows are identified by it; delete the row and insert it "
                        + "with the new key");
            }
            out.add(a);
        }
        return out;
    }

    private static Matched match(TableSchema table, Expr where, Set<String> alsoNeeded, List<SelectItem> returning,
                                 ExecutionContext context) throws SQLException {
        String userId = null;
        if (table.isTenantScoped()) {
            userId = context.session().tenant().require("modify " + table.type().wireName() + " table "
                    + table.qualifiedName());
        }
        Conjuncts.Split split = Conjuncts.split(where);
        TableScanner.Pushdown pushdown = TableScanner.pushdown(context, table, split);
        Expr residual = pushdown.residual();
        List<String> columns = new ArrayList<>();
        for (ColumnSchema c : table.userColumns()) {
            columns.add(c.name());
        }
        boolean needsSeq = alsoNeeded.contains(SystemColumns.SEQ) || Returning.needsSeq(returning)
                || (residual != null && residual.referencedColumns().contains(SystemColumns.SEQ));
        if (needsSeq) {
            columns.add(SystemColumns.SEQ);
        }
        if (residual != null) {
            for (String c : residual.referencedColumns()) {
                if (!columns.contains(c) && !(SystemColumns.USER_ID.equals(c) && table.exposesUserId())) {
                    throw TableScanner.undefinedColumn(table, c);
                }
            }
        }
        if (pushdown.matchesNothing()) {
            return new Matched(table, userId, null, new int[0]);
        }
        RecordBatch batch = TableScanner.scan(context, table, userId, columns, pushdown.filters(), null).batch();
        int n = batch == null ? 0 : batch.rowCount();
        int[] rows = new int[n];
        int kept = 0;
        BatchRow row = new BatchRow(batch, userId, table.exposesUserId());
        for (int r = 0; r < n; r++) {
            if (residual == null || context.matches(residual, row.at(r))) {
                rows[kept++] = r;
            }
        }
        return new Matched(table, userId, batch, java.util.Arrays.copyOf(rows, kept));
    }

    /** The user columns of a scanned row as canonical values (ValueCoercer form). */
    private static Map<String, Object> canonicalRow(TableSchema table, BatchRow row) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ColumnSchema c : table.userColumns()) {
            out.put(c.name(), InsertExecutor.coerce(row.value(c.name()), c));
        }
        return out;
    }

    /** The primary-key value as the text the server parses into the key type (protocol.md 6.6). */
    static String keyText(Object key) throws SQLException {
        if (key == null) {
            throw Errors.create(SqlStates.NOT_NULL_VIOLATION, "primary key value is NULL");
        }
        if (key instanceof UUID u) {
            return u.toString();
        }
        return SqlValues.toText(key);
    }
}
