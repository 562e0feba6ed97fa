package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kalamdb.jdbc.KalamResultSet;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.result.ColumnViews;
import org.kalamdb.jdbc.schema.ColumnSchema;
import org.kalamdb.jdbc.schema.SystemColumns;
import org.kalamdb.jdbc.schema.TableSchema;
import org.kalamdb.jdbc.sql.expr.Conjuncts;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.plan.GeneralSelect;
import org.kalamdb.jdbc.sql.plan.OrderItem;
import org.kalamdb.jdbc.sql.plan.Select;
import org.kalamdb.jdbc.sql.plan.SelectItem;
import org.kalamdb.jdbc.transport.QueryResult;
import org.kalamdb.jdbc.transport.TableType;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ArrowIpcReader;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.IpcStream;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.RecordBatchBuilder;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * The fast read path of design.md D3 for one table: a Scan with projection and {@code eq}
 * pushdown, then locally the rest of the WHERE clause (the dialect's evaluator, three-valued),
 * ORDER BY, OFFSET, LIMIT and {@code setMaxRows}. {@code _seq} comes back with its real values,
 * user tables show {@code _userid} (the tenant), {@code _deleted} is hidden. Tables of the
 * {@code system} namespace cannot be scanned by the bridge account, so they are read with
 * ExecuteQuery, 1000 rows a page, and processed the same way. Anything the fast path cannot
 * serve (joins, aggregates, ...) fails with 0A000, never with a wrong answer.
 */
final class SelectExecutor {

    static final String SYSTEM_NAMESPACE = "system";
    private static final int SYSTEM_PAGE = 1000;

    /** One output column: its label and the source column it shows. */
    private record Output(String label, String source) {
    }

    /** Rows to process and what the table offers. */
    private record Source(RecordBatch batch, List<Field> allColumns, String userId, boolean hasUserId,
                          Set<String> columnNames) {
    }

    StatementResult select(Select plan, ExecutionContext context) throws SQLException {
        return new StatementResult.Rows(query(plan, context));
    }

    StatementResult general(GeneralSelect plan) throws SQLException {
        throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "This query (joins, aggregates, GROUP BY, DISTINCT, subqueries, set operations, "
                + "CTEs, window functions or expressions over table columns) needs the driver's general query "
                + "engine, which is not available yet; single-table SELECTs with any WHERE, ORDER BY and "
                + "LIMIT work, and kalam_exec('...') sends a query to KalamDB as written");
    }

    /** Runs the fast path and returns its rows. */
    KalamResultSet query(Select plan, ExecutionContext context) throws SQLException {
        String namespace = plan.table().name().namespaceOr(context.session().namespace()).toLowerCase(Locale.ROOT);
        if (SYSTEM_NAMESPACE.equals(namespace)) {
            return systemQuery(plan, context);
        }
        try {
            return tableQuery(plan, namespace, context);
        } catch (SQLException e) {
            if (!SqlStates.UNDEFINED_COLUMN.equals(e.getSQLState())) {
                throw e;
            }
            // Refresh the table definition once: another session may have altered it.
            context.schemas().invalidate(namespace, plan.table().name().name());
            return tableQuery(plan, namespace, context);
        }
    }

    /** The result columns of {@code plan} without reading any row (PreparedStatement.getMetaData). */
    List<Field> describe(Select plan, ExecutionContext context) throws SQLException {
        String namespace = plan.table().name().namespaceOr(context.session().namespace()).toLowerCase(Locale.ROOT);
        if (SYSTEM_NAMESPACE.equals(namespace)) {
            return null;
        }
        TableSchema table = context.schemas().get(namespace, plan.table().name().name(), context.rpc());
        List<Field> all = tableFields(table);
        List<Field> out = new ArrayList<>();
        for (Output o : outputs(plan, all, names(all), table.qualifiedName())) {
            out.add(relabel(find(all, o.source()), o.label()));
        }
        return out;
    }

    private KalamResultSet tableQuery(Select plan, String namespace, ExecutionContext context) throws SQLException {
        TableSchema table = context.schemas().get(namespace, plan.table().name().name(), context.rpc());
        String userId = null;
        if (table.isTenantScoped()) {
            userId = context.session().tenant().require("read " + table.type().wireName() + " table "
                    + table.qualifiedName());
        }
        if (table.type() == TableType.STREAM && context.session().inTransaction()) {
            throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "Reading stream table " + table.qualifiedName() + " inside a transaction "
                    + "(KalamDB refuses stream tables in explicit transactions); run it outside the transaction");
        }
        List<Field> all = tableFields(table);
        Set<String> known = names(all);
        List<Output> outputs = outputs(plan, all, known, table.qualifiedName());

        Conjuncts.Split split = plan.conjuncts();
        TableScanner.Pushdown pushdown = TableScanner.pushdown(context, table, split);
        Expr residual = pushdown.residual();
        Set<String> needed = new LinkedHashSet<>();
        for (Output o : outputs) {
            needed.add(o.source());
        }
        if (residual != null) {
            for (String c : residual.referencedColumns()) {
                requireKnown(c, known, table.qualifiedName());
                needed.add(c);
            }
        }
        List<String> orderColumns = orderColumns(plan, outputs, known, table.qualifiedName());
        needed.addAll(orderColumns);
        needed.remove(SystemColumns.USER_ID);
        if (needed.isEmpty()) {
            // Only _userid (or nothing) is shown: scan one real column to learn the row count.
            needed.add(table.primaryKey().orElse(table.userColumns().get(0)).name());
        }
        Long limit = nonNegative(plan.limit(), context, "LIMIT", "2201W");
        Long offset = nonNegative(plan.offset(), context, "OFFSET", "2201X");
        long effectiveLimit = effectiveLimit(limit, context.request().maxRows());

        RecordBatch batch = null;
        if (!pushdown.matchesNothing() && effectiveLimit != 0) {
            Long pushedLimit = null;
            if (residual == null && plan.orderBy().isEmpty() && !pushdown.filters().isEmpty() && effectiveLimit > 0) {
                // The server honours a limit only on the filtered path (protocol.md 5.3).
                pushedLimit = effectiveLimit + (offset == null ? 0 : offset);
            }
            batch = TableScanner.scan(context, table, userId, new ArrayList<>(needed), pushdown.filters(),
                    pushedLimit).batch();
        }
        Source source = new Source(batch, all, userId, table.exposesUserId(), known);
        return finish(plan, source, outputs, residual, orderColumns, offset, effectiveLimit, context);
    }

    private KalamResultSet systemQuery(Select plan, ExecutionContext context) throws SQLException {
        String table = plan.table().name().name().toLowerCase(Locale.ROOT);
        if (!table.matches("[a-z0-9_]{1,64}")) {
            throw Errors.create(SqlStates.UNDEFINED_TABLE, "relation \"system." + table + "\" does not exist");
        }
        RecordBatch merged = null;
        Schema schema = null;
        RecordBatchBuilder builder = null;
        for (long offset = 0; ; offset += SYSTEM_PAGE) {
            QueryResult page = context.session().executeQuery("SELECT * FROM system." + table + " LIMIT "
                    + SYSTEM_PAGE + " OFFSET " + offset, context.rpc());
            IpcStream stream;
            try {
                stream = ArrowIpcReader.readAll(page.ipcBatches());
            } catch (RuntimeException e) {
                throw Errors.create(SqlStates.PROTOCOL_VIOLATION, "Could not decode the reply: " + e.getMessage(), e);
            }
            if (stream.schema() == null) {
                break;
            }
            if (builder == null) {
                schema = stream.schema();
                builder = new RecordBatchBuilder(schema);
            }
            long rows = 0;
            for (RecordBatch b : stream.batches()) {
                for (int r = 0; r < b.rowCount(); r++) {
                    builder.appendRowFrom(b, r);
                }
                rows += b.rowCount();
            }
            if (rows < SYSTEM_PAGE) {
                break;
            }
        }
        if (builder != null) {
            merged = builder.build();
        }
        List<Field> all = schema == null ? List.of() : schema.fields();
        Set<String> known = names(all);
        String qualified = "system." + table;
        List<Output> outputs = outputs(plan, all, known, qualified);
        Expr residual = plan.where();
        if (residual != null) {
            for (String c : residual.referencedColumns()) {
                requireKnown(c, known, qualified);
            }
        }
        List<String> orderColumns = orderColumns(plan, outputs, known, qualified);
        Long limit = nonNegative(plan.limit(), context, "LIMIT", "2201W");
        Long offset = nonNegative(plan.offset(), context, "OFFSET", "2201X");
        Source source = new Source(merged, all, null, false, known);
        return finish(plan, source, outputs, residual, orderColumns, offset,
                effectiveLimit(limit, context.request().maxRows()), context);
    }

    /** Local filter, sort, offset, limit, then the output columns over the selected rows. */
    private KalamResultSet finish(Select plan, Source source, List<Output> outputs, Expr residual,
                                  List<String> orderColumns, Long offset, long limit, ExecutionContext context)
            throws SQLException {
        List<Field> fields = new ArrayList<>(outputs.size());
        RecordBatch batch = source.batch();
        int n = batch == null ? 0 : batch.rowCount();
        int[] rows = new int[n];
        int kept = 0;
        BatchRow row = new BatchRow(batch, source.userId(), source.hasUserId());
        for (int r = 0; r < n; r++) {
            if (residual == null || context.matches(residual, row.at(r))) {
                rows[kept++] = r;
            }
        }
        rows = java.util.Arrays.copyOf(rows, kept);
        if (!plan.orderBy().isEmpty()) {
            List<RowOrdering.Key> keys = new ArrayList<>();
            for (int i = 0; i < plan.orderBy().size(); i++) {
                OrderItem item = plan.orderBy().get(i);
                String column = orderColumns.get(i);
                BatchRow keyRow = new BatchRow(batch, source.userId(), source.hasUserId());
                keys.add(new RowOrdering.Key(r -> keyRow.at(r).value(column), item.descending(), item.nullsFirst()));
            }
            rows = RowOrdering.sort(rows, keys);
        }
        int from = offset == null ? 0 : (int) Math.min(offset, rows.length);
        int to = limit < 0 ? rows.length : (int) Math.min(rows.length, from + limit);
        rows = java.util.Arrays.copyOfRange(rows, from, Math.max(from, to));

        List<ColumnVector> vectors = new ArrayList<>(outputs.size());
        for (Output o : outputs) {
            Field declared = find(source.allColumns(), o.source());
            if (SystemColumns.USER_ID.equals(o.source()) && source.hasUserId()) {
                Field f = relabel(declared, o.label());
                fields.add(f);
                vectors.add(ColumnViews.constant(f, source.userId(), rows.length));
                continue;
            }
            int index = batch == null ? -1 : batch.schema().indexOf(o.source());
            if (index < 0) {
                Field f = relabel(declared, o.label());
                fields.add(f);
                if (rows.length > 0) {
                    throw Errors.create(SqlStates.PROTOCOL_VIOLATION, "The server did not return column "
                            + o.source());
                }
                vectors.add(null);
                continue;
            }
            ColumnVector scanned = batch.column(index);
            Field f = new Field(o.label(), scanned.field().type(), declared.nullable(),
                    declared.metadata().isEmpty() ? scanned.field().metadata() : declared.metadata(),
                    scanned.field().children());
            fields.add(f);
            vectors.add(ColumnViews.selected(scanned, f, rows));
        }
        if (rows.length == 0) {
            return new KalamResultSet(fields, List.of(), context.statement());
        }
        RecordBatch out = new RecordBatch(new Schema(fields), rows.length, vectors);
        return new KalamResultSet(fields, List.of(out), context.statement());
    }

    // ---- projection and names --------------------------------------------------------------------

    /** The columns of a Kalam table as SELECT * shows them: user columns, _seq, then _userid for user tables. */
    static List<Field> tableFields(TableSchema table) {
        List<Field> out = new ArrayList<>();
        for (ColumnSchema c : table.userColumns()) {
            out.add(c.type().toArrowField(c.name(), c.nullable(), c.primaryKey()));
        }
        out.add(KalamType.BIGINT.toArrowField(SystemColumns.SEQ, false, false));
        if (table.exposesUserId()) {
            out.add(KalamType.TEXT.toArrowField(SystemColumns.USER_ID, false, false));
        }
        return out;
    }

    private static Set<String> names(List<Field> fields) {
        Set<String> out = new LinkedHashSet<>();
        for (Field f : fields) {
            out.add(f.name());
        }
        return out;
    }

    private static List<Output> outputs(Select plan, List<Field> all, Set<String> known, String table)
            throws SQLException {
        List<Output> out = new ArrayList<>();
        for (SelectItem item : plan.projection()) {
            if (item instanceof SelectItem.AllColumns) {
                for (Field f : all) {
                    out.add(new Output(f.name(), f.name()));
                }
            } else if (item instanceof SelectItem.ExprItem e) {
                if (!(e.expr() instanceof Expr.ColumnRef ref)) {
                    throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "Expressions in the select list of a table query are not supported yet (only column names and *)");
                }
                requireKnown(ref.name(), known, table);
                out.add(new Output(e.label(), ref.name()));
            }
        }
        return out;
    }

    private static List<String> orderColumns(Select plan, List<Output> outputs, Set<String> known, String table)
            throws SQLException {
        List<String> out = new ArrayList<>();
        for (OrderItem item : plan.orderBy()) {
            String column = item.column();
            if (!known.contains(column)) {
                // ORDER BY an output label (alias)
                String viaLabel = null;
                for (Output o : outputs) {
                    if (o.label().equals(column)) {
                        viaLabel = o.source();
                        break;
                    }
                }
                if (viaLabel == null) {
                    requireKnown(column, known, table);
                }
                column = viaLabel;
            }
            out.add(column);
        }
        return out;
    }

    private static void requireKnown(String column, Set<String> known, String table) throws SQLException {
        if (!known.contains(column)) {
            throw Errors.create(SqlStates.UNDEFINED_COLUMN, "column \"" + column + "\" does not exist in " + table);
        }
    }

    private static Field find(List<Field> fields, String name) {
        for (Field f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return KalamType.TEXT.toArrowField(name, true, false);
    }

    private static Field relabel(Field f, String label) {
        return new Field(label, f.type(), f.nullable(), f.metadata(), f.children());
    }

    // ---- LIMIT / OFFSET --------------------------------------------------------------------------

    private static Long nonNegative(Expr e, ExecutionContext context, String what, String state) throws SQLException {
        if (e == null) {
            return null;
        }
        Object v = context.evaluate(e);
        if (v == null) {
            return null;
        }
        long n;
        if (v instanceof Long l) {
            n = l;
        } else if (v instanceof Number num) {
            n = num.longValue();
        } else {
            try {
                n = Long.parseLong(String.valueOf(v).trim());
            } catch (NumberFormatException ex) {
                throw Errors.create(SqlStates.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type bigint: \""
                        + v + "\"");
            }
        }
        if (n < 0) {
            throw Errors.create(state, what + " must not be negative");
        }
        return n;
    }

    /** The smaller of LIMIT and maxRows; -1 when neither applies. */
    private static long effectiveLimit(Long limit, long maxRows) {
        long l = limit == null ? -1 : limit;
        if (maxRows > 0) {
            l = l < 0 ? maxRows : Math.min(l, maxRows);
        }
        return l;
    }
}
