package org.kalamdb.jdbc.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.parser.SqlParseException;

/**
 * The column labels PostgreSQL gives a query's result, where Calcite's differ: an unnamed
 * expression is named after its function ({@code count}, {@code upper}, {@code coalesce},
 * {@code case}) or {@code ?column?}, a cast after its type, and two columns of the same name both
 * keep it (Calcite would rename the second {@code id0}).
 */
final class ColumnLabels {

    static final String UNNAMED = "?column?";

    private ColumnLabels() {
    }

    /**
     * One label per select item of {@code sql}'s outermost query, or null when the list cannot be
     * told from the text alone (a {@code *}, a statement that is not a query).
     */
    static List<String> of(String sql) {
        SqlNode node;
        try {
            node = EngineParser.parse(sql);
        } catch (SqlParseException e) {
            return null;
        }
        SqlSelect select = outermostSelect(node);
        if (select == null) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        for (SqlNode item : select.getSelectList()) {
            if (item instanceof SqlIdentifier id && id.isStar()) {
                return null;
            }
            labels.add(label(item));
        }
        return labels;
    }

    private static SqlSelect outermostSelect(SqlNode node) {
        SqlNode n = node;
        while (true) {
            if (n instanceof SqlSelect s) {
                return s;
            } else if (n instanceof SqlOrderBy o) {
                n = o.query;
            } else if (n instanceof SqlWith w) {
                n = w.body;
            } else if (n instanceof SqlBasicCall call && (n.getKind() == SqlKind.UNION
                    || n.getKind() == SqlKind.INTERSECT || n.getKind() == SqlKind.EXCEPT)) {
                n = call.operand(0);
            } else {
                return null;
            }
        }
    }

    private static String label(SqlNode item) {
        if (item.getKind() == SqlKind.AS) {
            return ((SqlIdentifier) ((SqlCall) item).operand(1)).getSimple();
        }
        if (item instanceof SqlIdentifier id) {
            return id.names.get(id.names.size() - 1);
        }
        if (!(item instanceof SqlCall call)) {
            return UNNAMED;
        }
        switch (call.getKind()) {
            case CAST: {
                // PostgreSQL names a cast after what it casts, or after the type for a literal.
                String inner = label(call.operand(0));
                return inner.equals(UNNAMED) ? castLabel(call.operand(1)) : inner;
            }
            case CASE:
                return isRewrittenCoalesce((SqlCase) call) ? "coalesce" : "case";
            case OVER:
                return label(call.operand(0));
            case SCALAR_QUERY:
                return UNNAMED;
            case EXISTS:
                return "exists";
            case FLOOR:
                return call.operandCount() == 2 ? "date_trunc" : "floor";
            case OTHER_FUNCTION:
            default:
                break;
        }
        if (call.getOperator() instanceof SqlFunction f) {
            String name = f.getName().toLowerCase(Locale.ROOT);
            return switch (name) {
                case "json_get_json", "json_as_text", "json_contains" -> UNNAMED;
                case "truncate" -> "trunc";
                case "trim" -> "btrim";
                case "current_timestamp" -> "now";
                default -> name;
            };
        }
        if (call instanceof SqlSelect inner && inner.getSelectList().size() == 1) {
            return label(inner.getSelectList().get(0));
        }
        return UNNAMED;
    }

    /** {@code CASE WHEN a IS NULL THEN b ELSE a END}: the rewriter's spelling of {@code COALESCE(a, b)}. */
    private static boolean isRewrittenCoalesce(SqlCase c) {
        if (c.getWhenOperands().size() != 1 || c.getElseOperand() == null) {
            return false;
        }
        SqlNode when = c.getWhenOperands().get(0);
        return when.getKind() == SqlKind.IS_NULL
                && ((SqlCall) when).operand(0).equalsDeep(c.getElseOperand(), org.apache.calcite.util.Litmus.IGNORE);
    }

    private static String castLabel(SqlNode type) {
        if (!(type instanceof SqlDataTypeSpec spec)) {
            return UNNAMED;
        }
        String name = spec.getTypeName().getSimple().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "INTEGER" -> "int4";
            case "BIGINT" -> "int8";
            case "SMALLINT" -> "int2";
            case "VARCHAR", "CHAR" -> "text";
            case "DECIMAL" -> "numeric";
            case "DOUBLE" -> "float8";
            case "REAL" -> "float4";
            case "BOOLEAN" -> "bool";
            case "VARBINARY" -> "bytea";
            default -> name.toLowerCase(Locale.ROOT);
        };
    }
}
