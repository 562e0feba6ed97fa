package org.kalamdb.jdbc.exec;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.result.IpcReplies;
import org.kalamdb.jdbc.schema.ColumnSchema;
import org.kalamdb.jdbc.schema.TableSchema;
import org.kalamdb.jdbc.sql.expr.Conjuncts;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.transport.ScanFilter;
import org.kalamdb.jdbc.transport.ScanRequest;
import org.kalamdb.jdbc.transport.ScanResult;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ChunkedBatches;
import org.kalamdb.jdbc.types.arrow.IpcStream;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * Reads rows of one KalamDB table with the Scan RPC (design.md D3): an explicit projection, the
 * {@code column = constant} conjuncts pushed down as {@code eq} filters, everything else left
 * for local evaluation. A conjunct is pushed only when the server's comparison gives exactly
 * PostgreSQL's answer: integer, boolean and text columns with a value of that type (the server
 * falls back to string comparison for other types, which can differ). An equality with NULL
 * matches no row, so no RPC is made at all.
 */
final class TableScanner {

    private TableScanner() {
    }

    /** The filters to send and what is left to evaluate locally. */
    record Pushdown(List<ScanFilter> filters, Expr residual, boolean matchesNothing) {
    }

    /**
     * The rows read: the reply's batches in order, as decoded (no row is copied). {@code schema} is
     * null when the server sent no schema at all, and then there are no batches.
     */
    record Scanned(Schema schema, List<RecordBatch> batches) {

        Scanned {
            batches = List.copyOf(batches);
        }

        /** Every row as one batch: a view over the batches (null without a schema). */
        RecordBatch batch() {
            return schema == null ? null : ChunkedBatches.concat(schema, batches);
        }
    }

    static Pushdown pushdown(ExecutionContext context, TableSchema table, Conjuncts.Split split) throws SQLException {
        List<ScanFilter> filters = new ArrayList<>();
        List<Expr> residual = new ArrayList<>();
        if (split.residual() != null) {
            residual.add(split.residual());
        }
        for (Conjuncts.ColumnEquality eq : split.equalities()) {
            ColumnSchema column = table.column(eq.column()).orElseThrow(() -> undefinedColumn(table, eq.column()));
            Object value = context.evaluate(eq.value());
            if (value == null) {
                return new Pushdown(List.of(), null, true);
            }
            String text = pushableText(column.type(), value);
            if (text == null) {
                residual.add(new Expr.Comparison(Expr.ComparisonOp.EQ, Expr.ColumnRef.of(eq.column()), eq.value()));
            } else {
                filters.add(ScanFilter.eq(column.name(), text));
            }
        }
        return new Pushdown(filters, Conjuncts.and(residual), false);
    }

    static SQLException undefinedColumn(TableSchema table, String column) {
        return Errors.create(SqlStates.UNDEFINED_COLUMN, "column \"" + column + "\" of relation \""
                + table.qualifiedName() + "\" does not exist");
    }

    /** The filter text, or null when the server's comparison might differ from PostgreSQL's. */
    static String pushableText(KalamType type, Object value) {
        return switch (type.kind()) {
            case SMALLINT -> integerText(value, Short.MIN_VALUE, Short.MAX_VALUE);
            case INT -> integerText(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT -> integerText(value, Long.MIN_VALUE, Long.MAX_VALUE);
            case BOOLEAN -> value instanceof Boolean b ? b.toString() : booleanText(value);
            case TEXT -> value instanceof String s ? s : null;
            default -> null;
        };
    }

    private static String integerText(Object value, long min, long max) {
        long n;
        if (value instanceof Long l) {
            n = l;
        } else if (value instanceof BigDecimal d) {
            try {
                n = d.longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        } else if (value instanceof String s && s.trim().matches("[+-]?\\d{1,19}")) {
            try {
                n = Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        return n < min || n > max ? null : Long.toString(n);
    }

    private static String booleanText(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "t", "true", "yes", "y", "on", "1" -> "true";
            case "f", "false", "no", "n", "off", "0" -> "false";
            default -> null;
        };
    }

    /**
     * Scans {@code columns} of {@code table} for {@code userId} (null for shared tables). Retries
     * once after refreshing the schema cache when the server reports an unknown column.
     */
    static Scanned scan(ExecutionContext context, TableSchema table, String userId, List<String> columns,
                        List<ScanFilter> filters, Long limit) throws SQLException {
        ScanRequest request = new ScanRequest(table.namespace(), table.name(), table.type(), userId, columns, limit,
                filters);
        ScanResult result;
        try {
            result = context.session().scan(request, context.rpc());
        } catch (SQLException e) {
            if (SqlStates.UNDEFINED_COLUMN.equals(e.getSQLState())) {
                // Another connection may have altered the table: the cached definition is stale.
                context.schemas().invalidate(table.namespace(), table.name());
            }
            throw e;
        }
        return decode(result);
    }

    static Scanned decode(ScanResult result) throws SQLException {
        IpcStream stream;
        try {
            stream = IpcReplies.decode(result.ipcBatches());
        } catch (RuntimeException e) {
            throw Errors.create(SqlStates.PROTOCOL_VIOLATION, "Could not decode the Scan reply: " + e.getMessage(), e);
        }
        return new Scanned(stream.schema(), stream.batches());
    }
}
