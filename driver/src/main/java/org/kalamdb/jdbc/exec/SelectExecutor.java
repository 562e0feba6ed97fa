package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kalamdb.jdbc.KalamResultSet;
import org.kalamdb.jdbc.engine.ParameterType;
import org.kalamdb.jdbc.engine.QueryResult;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.result.ColumnViews;
import org.kalamdb.jdbc.schema.SystemColumns;
import org.kalamdb.jdbc.schema.TableSchema;
import org.kalamdb.jdbc.sql.ParameterizedSql;
import org.kalamdb.jdbc.sql.expr.Conjuncts;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.plan.GeneralSelect;
import org.kalamdb.jdbc.sql.plan.OrderItem;
import org.kalamdb.jdbc.sql.plan.Select;
import org.kalamdb.jdbc.transport.TableType;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ChunkedBatches;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * The fast read path of design.md D3 for one table: a Scan with projection and {@code eq}
 * pushdown, then locally the rest of the WHERE clause (the dialect's evaluator, three-valued),
 * ORDER BY, OFFSET, LIMIT and {@code setMaxRows}. {@code _seq} comes back with its real values,
 * user tables show {@code _userid} (the tenant), {@code _deleted} is hidden. Tables of the
 * {@code system} namespace cannot be scanned by the bridge account, so they are read with
 * ExecuteQuery, 1000 rows a page, and processed the same way. Everything else ({@link
 * GeneralSelect}: joins, aggregates, expressions, ...) is the query engine's, through
 * {@link EngineBridge}.
 */
final class SelectExecutor {

    static final String SYSTEM_NAMESPACE = SystemTableReader.SYSTEM_NAMESPACE;

    private final EngineBridge engine;
    private final ProjectionCache projections = new ProjectionCache();

    SelectExecutor(EngineBridge engine) {
        this.engine = engine;
    }

    /** Rows to process: the reply's batches, in order, and the tenant for {@code _userid}. */
    private record Source(Schema schema, List<RecordBatch> batches, String userId, boolean hasUserId) {

        static Source of(TableScanner.Scanned scanned, String userId, boolean hasUserId) {
            return new Source(scanned.schema(), scanned.batches(), userId, hasUserId);
        }

        /** Every row as one batch: a view over the batches, for row-wise filtering and sorting. */
        RecordBatch batch() {
            return schema == null ? null : ChunkedBatches.concat(schema, batches);
        }

        long rowCount() {
            long n = 0;
            for (RecordBatch b : batches) {
                n += b.rowCount();
            }
            return n;
        }
    }

    StatementResult select(Select plan, ExecutionContext context) throws SQLException {
        return new StatementResult.Rows(query(plan, context));
    }

    /** A query for the engine: its rows, limited by Statement.setMaxRows. */
    StatementResult general(GeneralSelect plan, ExecutionContext context) throws SQLException {
        return new StatementResult.Rows(generalRows(plan, context.request().maxRows(), context));
    }

    /** The engine's rows of {@code plan}; {@code maxRows} 0 keeps every row. */
    KalamResultSet generalRows(GeneralSelect plan, long maxRows, ExecutionContext context) throws SQLException {
        return engineRows(plan.sql(), maxRows, context);
    }

    /**
     * A statement the fast path was planned for but cannot finish (a residual the dialect's
     * evaluator cannot compute), run by the engine instead.
     */
    StatementResult viaEngine(ParameterizedSql statement, ExecutionContext context) throws SQLException {
        return new StatementResult.Rows(engineRows(statement, context.request().maxRows(), context));
    }

    /** The result columns of a query for the engine, without running it. */
    List<Field> describeGeneral(GeneralSelect plan, ExecutionContext context) throws SQLException {
        return EngineResults.fields(engine.describe(EngineSql.text(plan.sql()), context));
    }

    /** The types the engine infers for the parameters of a query, in order. */
    List<KalamType> describeParameters(GeneralSelect plan, ExecutionContext context) throws SQLException {
        List<KalamType> out = new ArrayList<>();
        for (ParameterType p : engine.parameters(EngineSql.text(plan.sql()), context)) {
            out.add(p.type());
        }
        return out;
    }

    private KalamResultSet engineRows(ParameterizedSql statement, long maxRows, ExecutionContext context)
            throws SQLException {
        QueryResult result = engine.query(EngineSql.text(statement), context);
        return EngineResults.resultSet(result, maxRows, context.statement());
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
        return projections.of(plan, table).describe();
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
        TableProjection projection = projections.of(plan, table);

        Conjuncts.Split split = plan.conjuncts();
        TableScanner.Pushdown pushdown = TableScanner.pushdown(context, table, split);
        Expr residual = pushdown.residual();
        Set<String> needed = new LinkedHashSet<>();
        for (TableProjection.Output o : projection.outputs()) {
            needed.add(o.source());
        }
        if (residual != null) {
            for (String c : residual.referencedColumns()) {
                projection.requireKnown(c);
                needed.add(c);
            }
        }
        List<String> orderColumns = projection.orderColumns(plan);
        needed.addAll(orderColumns);
        needed.remove(SystemColumns.USER_ID);
        if (needed.isEmpty()) {
            // Only _userid (or nothing) is shown: scan one real column to learn the row count.
            needed.add(table.primaryKey().orElse(table.userColumns().get(0)).name());
        }
        Long limit = nonNegative(plan.limit(), context, "LIMIT", "2201W");
        Long offset = nonNegative(plan.offset(), context, "OFFSET", "2201X");
        long effectiveLimit = effectiveLimit(limit, context.request().maxRows());

        Source source = new Source(null, List.of(), userId, table.exposesUserId());
        if (!pushdown.matchesNothing() && effectiveLimit != 0) {
            Long pushedLimit = null;
            if (residual == null && plan.orderBy().isEmpty() && !pushdown.filters().isEmpty() && effectiveLimit > 0) {
                // The server honours a limit only on the filtered path (protocol.md 5.3).
                pushedLimit = effectiveLimit + (offset == null ? 0 : offset);
            }
            source = Source.of(TableScanner.scan(context, table, userId, new ArrayList<>(needed), pushdown.filters(),
                    pushedLimit), userId, table.exposesUserId());
        }
        return finish(plan, projection, source, residual, orderColumns, offset, effectiveLimit, context);
    }

    private KalamResultSet systemQuery(Select plan, ExecutionContext context) throws SQLException {
        String table = SystemTableReader.checkedName(plan.table().name().name());
        SystemTableReader.Rows read = SystemTableReader.readAll(table, context);
        Schema schema = read.schema();
        List<Field> all = schema == null ? List.of() : schema.fields();
        TableProjection projection = TableProjection.of(plan, null, all, "system." + table, false);
        Expr residual = plan.where();
        if (residual != null) {
            for (String c : residual.referencedColumns()) {
                projection.requireKnown(c);
            }
        }
        List<String> orderColumns = projection.orderColumns(plan);
        Long limit = nonNegative(plan.limit(), context, "LIMIT", "2201W");
        Long offset = nonNegative(plan.offset(), context, "OFFSET", "2201X");
        Source source = new Source(schema, read.batch() == null ? List.of() : List.of(read.batch()), null, false);
        return finish(plan, projection, source, residual, orderColumns, offset,
                effectiveLimit(limit, context.request().maxRows()), context);
    }

    /** Local filter, sort, offset, limit, then the output columns over the selected rows. */
    private KalamResultSet finish(Select plan, TableProjection projection, Source source, Expr residual,
                                  List<String> orderColumns, Long offset, long limit, ExecutionContext context)
            throws SQLException {
        TableProjection.Columns columns = projection.columns(source.schema());
        if (residual == null && plan.orderBy().isEmpty()) {
            return inReplyOrder(projection, columns, source, offset, limit, context);
        }
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
        checkSent(projection, columns, rows.length);
        if (rows.length == 0) {
            return new KalamResultSet(columns.fields(), List.of(), context.statement());
        }
        List<ColumnVector> vectors = new ArrayList<>(columns.fields().size());
        for (int i = 0; i < columns.fields().size(); i++) {
            Field f = columns.fields().get(i);
            int column = columns.sources()[i];
            vectors.add(column == TableProjection.FROM_USER_ID ? ColumnViews.constant(f, source.userId(), rows.length)
                    : ColumnViews.selected(batch.column(column), f, rows));
        }
        RecordBatch out = new RecordBatch(columns.schema(), rows.length, vectors);
        return new KalamResultSet(columns.fields(), List.of(out), context.statement());
    }

    /**
     * The rows as the server sent them, from OFFSET up to LIMIT: no row is copied or mapped, each
     * reply batch (or the part of it in range) is a batch of the result.
     */
    private static KalamResultSet inReplyOrder(TableProjection projection, TableProjection.Columns columns,
                                               Source source, Long offset, long limit, ExecutionContext context)
            throws SQLException {
        long total = source.rowCount();
        long from = offset == null ? 0 : Math.min(offset, total);
        long to = limit < 0 ? total : from + Math.min(limit, total - from);
        checkSent(projection, columns, to - from);
        List<Field> fields = columns.fields();
        Schema schema = columns.schema();
        List<RecordBatch> out = new ArrayList<>();
        long start = 0;
        for (RecordBatch b : source.batches()) {
            long first = Math.max(from - start, 0);
            long end = Math.min(to - start, b.rowCount());
            start += b.rowCount();
            if (first >= end) {
                continue;
            }
            int count = (int) (end - first);
            List<ColumnVector> vectors = new ArrayList<>(fields.size());
            for (int i = 0; i < fields.size(); i++) {
                int column = columns.sources()[i];
                if (column == TableProjection.FROM_USER_ID) {
                    vectors.add(ColumnViews.constant(fields.get(i), source.userId(), count));
                } else if (count == b.rowCount()) {
                    vectors.add(b.column(column));    // the result set reads it under fields.get(i)
                } else {
                    vectors.add(ColumnViews.range(b.column(column), fields.get(i), (int) first, count));
                }
            }
            out.add(new RecordBatch(schema, count, vectors));
        }
        return new KalamResultSet(fields, out, context.statement());
    }

    /** A column the server did not send is a protocol violation as soon as there is a row to show. */
    private static void checkSent(TableProjection projection, TableProjection.Columns columns, long rows)
            throws SQLException {
        if (rows == 0) {
            return;
        }
        for (int i = 0; i < columns.sources().length; i++) {
            if (columns.sources()[i] == TableProjection.NOT_SENT) {
                throw Errors.create(SqlStates.PROTOCOL_VIOLATION, "The server did not return column "
                        + projection.outputs().get(i).source());
            }
        }
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
