package org.kalamdb.jdbc.engine.calcite;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.calcite.DataContext;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;
import org.kalamdb.jdbc.engine.ColumnDefinition;
import org.kalamdb.jdbc.engine.TableDefinition;

/**
 * Finds the {@code column = literal} and {@code column = ?} conjuncts among the filters Calcite
 * offers a scan and spells their values as the server's {@code eq} filter takes them. Only types
 * whose text form is exact are pushed (integers, BOOLEAN, TEXT, UUID, DECIMAL); the filters stay
 * in Calcite's list, so the engine checks them again whatever the source does with them.
 */
final class EqualityPushdown {

    private EqualityPushdown() {
    }

    /** Column name to value text for each pushable conjunct; a column's first equality wins. */
    static Map<String, String> find(List<RexNode> filters, TableDefinition table, DataContext root) {
        Map<String, String> eq = new LinkedHashMap<>();
        List<RexNode> conjuncts = new java.util.ArrayList<>();
        for (RexNode filter : filters) {
            conjuncts.addAll(RelOptUtil.conjunctions(filter));
        }
        for (RexNode filter : conjuncts) {
            if (filter.getKind() != SqlKind.EQUALS) {
                continue;
            }
            List<RexNode> operands = ((RexCall) filter).getOperands();
            pushable(operands.get(0), operands.get(1), table, root, eq);
            pushable(operands.get(1), operands.get(0), table, root, eq);
        }
        return eq;
    }

    private static void pushable(RexNode columnSide, RexNode valueSide, TableDefinition table, DataContext root,
                                 Map<String, String> eq) {
        Integer index = columnIndex(columnSide);
        if (index == null) {
            return;
        }
        ColumnDefinition column = table.columns().get(index);
        Object value;
        if (valueSide instanceof RexLiteral literal) {
            value = literalValue(literal);
        } else if (valueSide instanceof RexDynamicParam param) {
            value = root.get("?" + param.getIndex());
        } else {
            return;
        }
        String text = valueText(column, value);
        if (text != null) {
            eq.putIfAbsent(column.name(), text);
        }
    }

    /**
     * Whether {@code conjunct} is a {@code column = literal|?} the scan can push down: a column of
     * a pushable type, directly or through a widening integer cast, against a non-null literal of
     * a pushable type or a parameter.
     */
    static boolean isPushable(RexNode conjunct, TableDefinition table) {
        if (conjunct.getKind() != SqlKind.EQUALS) {
            return false;
        }
        List<RexNode> operands = ((RexCall) conjunct).getOperands();
        return pushableSides(operands.get(0), operands.get(1), table) || pushableSides(operands.get(1), operands.get(0), table);
    }

    private static boolean pushableSides(RexNode columnSide, RexNode valueSide, TableDefinition table) {
        Integer index = columnIndex(columnSide);
        if (index == null) {
            return false;
        }
        boolean pushableType = switch (table.columns().get(index).type().kind()) {
            case SMALLINT, INT, BIGINT, DECIMAL, BOOLEAN, TEXT, UUID -> true;
            default -> false;
        };
        if (!pushableType) {
            return false;
        }
        if (valueSide instanceof RexDynamicParam) {
            return true;
        }
        return valueSide instanceof RexLiteral literal && literalValue(literal) != null;
    }

    /** The column an operand reads directly, or through a cast that widens an integer. */
    private static Integer columnIndex(RexNode node) {
        if (node instanceof RexInputRef ref) {
            return ref.getIndex();
        }
        if (node.getKind() == SqlKind.CAST && node instanceof RexCall cast
                && cast.getOperands().get(0) instanceof RexInputRef ref
                && isInteger(cast.getType().getSqlTypeName())
                && isInteger(ref.getType().getSqlTypeName())) {
            return ref.getIndex();
        }
        return null;
    }

    private static boolean isInteger(SqlTypeName t) {
        return t == SqlTypeName.TINYINT || t == SqlTypeName.SMALLINT || t == SqlTypeName.INTEGER
                || t == SqlTypeName.BIGINT;
    }

    private static Object literalValue(RexLiteral literal) {
        if (literal.isNull()) {
            return null;
        }
        return switch (literal.getTypeName()) {
            case CHAR, VARCHAR -> literal.getValueAs(String.class);
            case BOOLEAN -> literal.getValueAs(Boolean.class);
            case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL -> literal.getValueAs(BigDecimal.class);
            default -> null;
        };
    }

    /** The eq-filter text of {@code value} for {@code column}, or null when it is not pushable. */
    private static String valueText(ColumnDefinition column, Object value) {
        if (value == null) {
            return null;
        }
        return switch (column.type().kind()) {
            case SMALLINT, INT, BIGINT -> integerText(value);
            case DECIMAL -> value instanceof BigDecimal || value instanceof Number
                    ? new BigDecimal(value.toString()).toPlainString() : null;
            case BOOLEAN -> value instanceof Boolean b ? b.toString() : null;
            case TEXT, UUID -> value instanceof String s ? s : null;
            default -> null;
        };
    }

    private static String integerText(Object value) {
        if (!(value instanceof Number n)) {
            return null;
        }
        BigDecimal d = new BigDecimal(n.toString());
        try {
            return d.toBigIntegerExact().toString();
        } catch (ArithmeticException notAnInteger) {
            return null;
        }
    }
}
