package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kalamdb.jdbc.KalamResultSet;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.exec.InsertRowEncoder.PreparedRow;
import org.kalamdb.jdbc.schema.ColumnSchema;
import org.kalamdb.jdbc.schema.SystemColumns;
import org.kalamdb.jdbc.schema.TableSchema;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.expr.RowValues;
import org.kalamdb.jdbc.sql.plan.FunctionCall;
import org.kalamdb.jdbc.sql.plan.GeneralSelect;
import org.kalamdb.jdbc.sql.plan.Insert;
import org.kalamdb.jdbc.sql.plan.InsertSource;
import org.kalamdb.jdbc.sql.plan.QueryPlan;
import org.kalamdb.jdbc.sql.plan.Select;
import org.kalamdb.jdbc.transport.InsertRequest;
import org.kalamdb.jdbc.transport.TableType;
import org.kalamdb.jdbc.types.ValueConversionException;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.json.ValueCoercer;

/**
 * INSERT (VALUES, multi-row, DEFAULT VALUES, INSERT ... SELECT, with or without a column list):
 * DEFAULTs and NOT NULL are applied on the client from the schema cache (design.md D4), values
 * are coerced to the column types and encoded as typed row JSON, and rows are sent in as few
 * Insert requests as fit under the server's 4 MiB request limit. {@code _seq} values are ignored;
 * {@code _userid} is the documented insert-time tenant override of user tables (one value per
 * statement, refused when the tenant is locked and it differs). RETURNING and generated keys give
 * the real values written.
 */
final class InsertExecutor {

    /** The server refuses requests over 4 MiB; leave room for the other fields and framing. */
    static final int REQUEST_BUDGET = 4 * 1024 * 1024 - 64 * 1024;

    private final SelectExecutor selects;
    private final FunctionExecutor functions;

    InsertExecutor(SelectExecutor selects, FunctionExecutor functions) {
        this.selects = selects;
        this.functions = functions;
    }

    /** What the statement writes to: the table and, per value position, the target column. */
    private record Target(TableSchema table, List<String> positions, boolean explicitColumns) {
    }

    StatementResult insert(Insert plan, ExecutionContext context) throws SQLException {
        Target target = target(plan, context);
        return write(plan, target, sourceRows(plan, target, context), context);
    }

    /**
     * An INSERT whose rows the query engine computed: one value per column of {@code plan}'s
     * column list, in order; the other columns get their DEFAULTs, as for any INSERT.
     */
    StatementResult insertComputed(Insert plan, List<Object[]> values, ExecutionContext context) throws SQLException {
        return write(plan, target(plan, context), values, context);
    }

    /** The checks of {@link #insert} that precede reading any row: the target, read-only, transaction rules. */
    void checkTarget(Insert plan, ExecutionContext context) throws SQLException {
        target(plan, context);
    }

    private StatementResult write(Insert plan, Target target, List<Object[]> sourceRows, ExecutionContext context)
            throws SQLException {
        boolean keepValues = !plan.returning().isEmpty() || !(context.request().keys() instanceof GeneratedKeys.None);
        InsertRowEncoder encoder = new InsertRowEncoder(target.table(), target.positions(), keepValues);
        List<PreparedRow> rows = new ArrayList<>(sourceRows.size());
        for (Object[] raw : sourceRows) {
            rows.add(encoder.encode(raw, context));
        }
        checkOneTenant(rows);
        long count;
        if (rows.size() == 1 && plan.returning().isEmpty() && context.request().keys() instanceof GeneratedKeys.None) {
            // A single row may wait in the transaction's write buffer (design.md D8).
            TableSchema t = target.table();
            count = context.session().insertBuffered(new InsertRequest(t.namespace(), t.name(), t.type(),
                    rows.get(0).userId(), List.of(rows.get(0).json())), context.statementText(), context.rpc());
        } else {
            count = send(target.table(), rows, context);
        }
        return result(plan, target.table(), rows, count, context);
    }

    /**
     * A parameter batch of a one-row INSERT ... VALUES: every parameter set becomes a row and all
     * rows go out together, one Insert per tenant and 4 MiB chunk.
     */
    BatchResult insertBatch(Insert plan, List<ExecutionContext> contexts) throws SQLException {
        ExecutionContext first = contexts.get(0);
        Target target = target(plan, first);
        InsertRowEncoder encoder = new InsertRowEncoder(target.table(), target.positions(),
                !(first.request().keys() instanceof GeneratedKeys.None));
        List<PreparedRow> rows = new ArrayList<>(contexts.size());
        List<Expr> values = ((InsertSource.Values) plan.source()).rows().get(0); // isBatchable: one VALUES row
        for (ExecutionContext context : contexts) {
            rows.add(encoder.encode(valuesRow(values, target, context), context));
        }
        send(target.table(), rows, first);
        long[] counts = new long[contexts.size()];
        java.util.Arrays.fill(counts, 1);
        KalamResultSet keys = null;
        if (!(first.request().keys() instanceof GeneratedKeys.None)) {
            keys = generatedKeys(first.request().keys(), target.table(), written(target.table(), rows, false, first),
                    first);
        }
        return new BatchResult(counts, keys);
    }

    /** True when a batch of {@code plan} can be sent as rows of one Insert. */
    static boolean isBatchable(Insert plan) {
        return plan.returning().isEmpty() && plan.source() instanceof InsertSource.Values v && v.rows().size() == 1;
    }

    // ---- target and source -----------------------------------------------------------------------

    private Target target(Insert plan, ExecutionContext context) throws SQLException {
        String namespace = plan.table().name().namespaceOr(context.session().namespace()).toLowerCase(Locale.ROOT);
        if (SelectExecutor.SYSTEM_NAMESPACE.equals(namespace)) {
            throw Errors.create(SqlStates.INSUFFICIENT_PRIVILEGE, "cannot insert into system tables");
        }
        context.checkWritable("INSERT");
        TableSchema table = context.schemas().get(namespace, plan.table().name().name(), context.rpc());
        checkTransactionRules(table, context);
        List<String> positions = new ArrayList<>();
        if (plan.columns().isEmpty()) {
            for (ColumnSchema c : table.userColumns()) {
                positions.add(c.name());
            }
            positions.add(SystemColumns.SEQ);
            if (table.exposesUserId()) {
                positions.add(SystemColumns.USER_ID);
            }
        } else {
            Set<String> seen = new HashSet<>();
            for (String column : plan.columns()) {
                if (!seen.add(column)) {
                    throw Errors.create("42701", "column \"" + column + "\" specified more than once");
                }
                boolean known = SystemColumns.SEQ.equals(column)
                        || (SystemColumns.USER_ID.equals(column) && table.exposesUserId())
                        || table.column(column).filter(c -> !c.isSystemColumn()).isPresent();
                if (!known) {
                    throw TableScanner.undefinedColumn(table, column);
                }
                positions.add(column);
            }
        }
        return new Target(table, positions, !plan.columns().isEmpty());
    }

    /** D6: what KalamDB cannot do inside a transaction is refused here, before anything is sent. */
    static void checkTransactionRules(TableSchema table, ExecutionContext context) throws SQLException {
        if (!context.session().inTransaction()) {
            return;
        }
        if (table.type() == TableType.STREAM) {
            throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "Writing stream table " + table.qualifiedName() + " inside a transaction "
                    + "(KalamDB refuses stream tables in explicit transactions); run it in autocommit mode");
        }
        String pk = table.primaryKey().map(ColumnSchema::name).orElse(null);
        if (!"id".equals(pk)) {
            throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "INSERT into " + table.qualifiedName() + " inside a transaction: KalamDB "
                    + "stages transactional inserts by a primary-key column that must be named id, and this "
                    + "table's primary key is " + (pk == null ? "missing" : "'" + pk + "'")
                    + "; run the INSERT in autocommit mode");
        }
    }

    private List<Object[]> sourceRows(Insert plan, Target target, ExecutionContext context) throws SQLException {
        InsertSource source = plan.source();
        List<Object[]> out = new ArrayList<>();
        if (source instanceof InsertSource.DefaultValues) {
            Object[] row = new Object[target.positions().size()];
            java.util.Arrays.fill(row, InsertRowEncoder.DEFAULT);
            out.add(row);
        } else if (source instanceof InsertSource.Values values) {
            for (List<Expr> exprs : values.rows()) {
                out.add(valuesRow(exprs, target, context));
            }
        } else if (source instanceof InsertSource.Query query) {
            out.addAll(queryRows(query.query(), target, context));
        }
        return out;
    }

    private static Object[] valuesRow(List<Expr> exprs, Target target, ExecutionContext context) throws SQLException {
        int positions = target.positions().size();
        if (exprs.size() > positions) {
            throw Errors.create(SqlStates.SYNTAX_ERROR, "INSERT has more expressions than target columns");
        }
        if (exprs.size() < positions && target.explicitColumns()) {
            throw Errors.create(SqlStates.SYNTAX_ERROR, "INSERT has more target columns than expressions");
        }
        Object[] row = new Object[positions];
        java.util.Arrays.fill(row, InsertRowEncoder.DEFAULT);
        for (int i = 0; i < exprs.size(); i++) {
            Expr e = exprs.get(i);
            row[i] = e instanceof Expr.Default ? InsertRowEncoder.DEFAULT : context.valueOf(e, RowValues.EMPTY);
        }
        return row;
    }

    private List<Object[]> queryRows(QueryPlan query, Target target, ExecutionContext context) throws SQLException {
        KalamResultSet rs;
        if (query instanceof Select select) {
            rs = selects.query(select, context);
        } else if (query instanceof FunctionCall call) {
            rs = functions.evaluate(call.items(), context);
        } else {
            // The source rows are all the query's rows: Statement.setMaxRows limits results, not writes.
            rs = selects.generalRows((GeneralSelect) query, 0, context);
        }
        int width = rs.fields().size();
        if (width > target.positions().size()) {
            throw Errors.create(SqlStates.SYNTAX_ERROR, "INSERT has more expressions than target columns");
        }
        if (width < target.positions().size() && target.explicitColumns()) {
            throw Errors.create(SqlStates.SYNTAX_ERROR, "INSERT has more target columns than expressions");
        }
        List<Object[]> out = new ArrayList<>();
        for (RecordBatch b : rs.batches()) {
            for (int r = 0; r < b.rowCount(); r++) {
                Object[] row = new Object[target.positions().size()];
                java.util.Arrays.fill(row, InsertRowEncoder.DEFAULT);
                for (int c = 0; c < width; c++) {
                    row[c] = SqlValueReader.read(b.column(c), r);
                }
                out.add(row);
            }
        }
        return out;
    }

    // ---- one value -------------------------------------------------------------------------------

    static Object coerce(Object value, ColumnSchema column) throws SQLException {
        try {
            return ValueCoercer.coerce(value, column.type());
        } catch (ValueConversionException e) {
            throw conversionFailure(e, column);
        }
    }

    /** A value that cannot become its column's type, with the column named. */
    static SQLException conversionFailure(ValueConversionException e, ColumnSchema column) {
        return Errors.create(e.sqlState(), e.getMessage() + " (column " + column.name() + ")", e);
    }

    // ---- rows ------------------------------------------------------------------------------------

    private static void checkOneTenant(List<PreparedRow> rows) throws SQLException {
        String first = rows.isEmpty() ? null : rows.get(0).userId();
        for (PreparedRow r : rows) {
            if (!Objects.equals(first, r.userId())) {
                throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE,
                        "all rows of one INSERT must use the same _userid value; split the INSERT per tenant");
            }
        }
    }

    // ---- sending ---------------------------------------------------------------------------------

    /** Sends the rows grouped by tenant, in chunks under the request limit; returns the rows written. */
    private static long send(TableSchema table, List<PreparedRow> rows, ExecutionContext context) throws SQLException {
        long count = 0;
        for (List<PreparedRow> group : byOwner(rows)) {
            String userId = group.get(0).userId();
            List<byte[]> chunk = new ArrayList<>();
            long chunkBytes = 0;
            for (PreparedRow r : group) {
                long size = r.json().length + 6L;
                if (size > REQUEST_BUDGET) {
                    throw Errors.create("54000", "A row of " + size + " bytes exceeds KalamDB's 4 MiB request limit");
                }
                if (chunkBytes + size > REQUEST_BUDGET) {
                    count += context.session().insert(new InsertRequest(table.namespace(), table.name(), table.type(),
                            userId, chunk), context.rpc());
                    chunk = new ArrayList<>();
                    chunkBytes = 0;
                }
                chunk.add(r.json());
                chunkBytes += size;
            }
            if (!chunk.isEmpty()) {
                count += context.session().insert(new InsertRequest(table.namespace(), table.name(), table.type(),
                        userId, chunk), context.rpc());
            }
        }
        return count;
    }

    /** The rows of each owner, owners in the order they first appear (usually there is one: no regrouping). */
    private static Collection<List<PreparedRow>> byOwner(List<PreparedRow> rows) {
        String first = rows.isEmpty() ? null : rows.get(0).userId();
        boolean oneOwner = true;
        for (int i = 1; i < rows.size() && oneOwner; i++) {
            oneOwner = Objects.equals(first, rows.get(i).userId());
        }
        if (oneOwner) {
            return rows.isEmpty() ? List.of() : List.of(rows);
        }
        Map<String, List<PreparedRow>> byUser = new LinkedHashMap<>();
        for (PreparedRow r : rows) {
            byUser.computeIfAbsent(r.userId() == null ? "" : r.userId(), k -> new ArrayList<>()).add(r);
        }
        return byUser.values();
    }

    // ---- results ---------------------------------------------------------------------------------

    private static StatementResult result(Insert plan, TableSchema table, List<PreparedRow> rows, long count,
                                          ExecutionContext context) throws SQLException {
        if (!plan.returning().isEmpty()) {
            List<WrittenRow> written = written(table, rows, Returning.needsSeq(plan.returning()), context);
            return new StatementResult.Rows(Returning.build(plan.returning(), table, written, context));
        }
        GeneratedKeys keys = context.request().keys();
        if (keys instanceof GeneratedKeys.None) {
            return StatementResult.Count.of(count);
        }
        KalamResultSet generated = generatedKeys(keys, table, written(table, rows,
                requestsSeq(keys), context), context);
        return new StatementResult.Count(count, generated);
    }

    private static boolean requestsSeq(GeneratedKeys keys) {
        return keys instanceof GeneratedKeys.Columns c
                && c.names().stream().anyMatch(n -> SystemColumns.SEQ.equalsIgnoreCase(n));
    }

    static KalamResultSet generatedKeys(GeneratedKeys keys, TableSchema table, List<WrittenRow> rows,
                                        ExecutionContext context) throws SQLException {
        List<String> names = new ArrayList<>();
        if (keys instanceof GeneratedKeys.PrimaryKey) {
            table.primaryKey().ifPresentOrElse(pk -> names.add(pk.name()),
                    () -> table.userColumns().forEach(c -> names.add(c.name())));
        } else if (keys instanceof GeneratedKeys.Columns cols) {
            for (String n : cols.names()) {
                names.add(n.toLowerCase(Locale.ROOT));
            }
        } else if (keys instanceof GeneratedKeys.Indexes idx) {
            List<ColumnSchema> user = table.userColumns();
            for (int i : idx.indexes()) {
                if (i < 1 || i > user.size()) {
                    throw Errors.create(SqlStates.INVALID_PARAMETER_INDEX, "Column index " + i
                            + " is out of range for table " + table.qualifiedName());
                }
                names.add(user.get(i - 1).name());
            }
        }
        return Returning.keys(names, table, rows, context);
    }

    private static List<WrittenRow> written(TableSchema table, List<PreparedRow> rows, boolean withSeq,
                                            ExecutionContext context) throws SQLException {
        List<WrittenRow> out = new ArrayList<>(rows.size());
        for (PreparedRow r : rows) {
            out.add(new WrittenRow(r.values(), null, r.userId()));
        }
        return withSeq ? SeqReader.readBack(table, out, context) : out;
    }
}
