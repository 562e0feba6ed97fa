package org.kalamdb.server.sql.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;

import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.sql.EngineError;

/**
 * Row order and row count of a SELECT: DISTINCT, ORDER BY (positions, aliases, expressions;
 * NULLS LAST for ASC and FIRST for DESC by default), OFFSET/LIMIT/FETCH, and the real server's
 * default ORDER BY on the primary key.
 */
final class RowOrder {

    private RowOrder() {
    }

    static List<RowPair> distinct(List<RowPair> pairs) {
        Set<List<Object>> seen = new HashSet<>();
        List<RowPair> out = new ArrayList<>();
        for (RowPair p : pairs) {
            List<Object> key = new ArrayList<>();
            for (Object v : p.output()) {
                key.add(SqlOps.key(v));
            }
            if (seen.add(key)) {
                out.add(p);
            }
        }
        return out;
    }

    static List<OrderByElement> orderBy(PlainSelect select) {
        return select.getOrderByElements() == null ? List.of() : select.getOrderByElements();
    }

    /** ORDER BY 2 or ORDER BY alias refers to an output column; -1 otherwise. */
    static int outputIndex(Expression e, List<OutputColumn> outputs) {
        if (e instanceof LongValue v) {
            long position = v.getValue();
            if (position < 1 || position > outputs.size()) {
                throw EngineError.planning("Order by column out of bounds, specified: " + position + ", max: "
                        + outputs.size());
            }
            return (int) position - 1;
        }
        if (e instanceof Column c && (c.getTable() == null || c.getTable().getName() == null)) {
            String name = Identifiers.normalize(c.getColumnName());
            for (int i = 0; i < outputs.size(); i++) {
                if (outputs.get(i).name().equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static Comparator<RowPair> comparator(List<OrderByElement> order, List<Compiled> exprs, List<OutputColumn> outputs) {
        Comparator<RowPair> result = null;
        for (int i = 0; i < order.size(); i++) {
            OrderByElement o = order.get(i);
            Compiled expr = exprs.get(i);
            int outputIndex = expr == null ? outputIndex(o.getExpression(), outputs) : -1;
            boolean asc = o.isAsc();
            // DataFusion's default: NULLS LAST for ASC, NULLS FIRST for DESC.
            boolean nullsFirst = o.getNullOrdering() == null ? !asc
                    : o.getNullOrdering() == OrderByElement.NullOrdering.NULLS_FIRST;
            Comparator<RowPair> c = (a, b) -> {
                Object x = expr == null ? a.output()[outputIndex] : expr.eval().eval(a.input());
                Object y = expr == null ? b.output()[outputIndex] : expr.eval().eval(b.input());
                return compareNullable(x, y, asc, nullsFirst);
            };
            result = result == null ? c : result.thenComparing(c);
        }
        return result;
    }

    static int compareNullable(Object x, Object y, boolean asc, boolean nullsFirst) {
        if (x == null || y == null) {
            if (x == y) {
                return 0;
            }
            return (x == null) == nullsFirst ? -1 : 1;
        }
        int c = SqlOps.compare(x, y);
        return asc ? c : -c;
    }

    static boolean hasLimit(PlainSelect select) {
        return select.getLimit() != null || select.getOffset() != null || select.getFetch() != null;
    }

    static List<RowPair> offsetAndLimit(PlainSelect select, List<RowPair> pairs) {
        long offset = 0;
        Long limit = null;
        if (select.getLimit() != null) {
            if (select.getLimit().getOffset() != null) {
                offset = constant(select.getLimit().getOffset(), "OFFSET");
            }
            Expression rowCount = select.getLimit().getRowCount();
            if (rowCount != null && !(rowCount instanceof net.sf.jsqlparser.expression.AllValue)
                    && !(rowCount instanceof net.sf.jsqlparser.expression.NullValue)) {
                limit = constant(select.getLimit().getRowCount(), "LIMIT");
            }
        }
        if (select.getOffset() != null) {
            offset = constant(select.getOffset().getOffset(), "OFFSET");
        }
        if (select.getFetch() != null) {
            limit = select.getFetch().getExpression() == null ? 1L : constant(select.getFetch().getExpression(), "FETCH");
        }
        int from = (int) Math.min(offset, pairs.size());
        int to = limit == null ? pairs.size() : (int) Math.min(pairs.size(), from + limit);
        return new ArrayList<>(pairs.subList(from, to));
    }

    static long constant(Expression e, String clause) {
        if (e instanceof LongValue v && v.getValue() >= 0) {
            return v.getValue();
        }
        throw EngineError.planning(clause + " must be a non-negative integer literal, got " + e);
    }

    /**
     * apply_default_order_by: data tables are sorted by their primary key (else _seq) when the
     * query has no ORDER BY and that column is in the output; a user LIMIT has already been
     * applied to the scan order, as on the real server.
     */
    static List<RowPair> defaultOrder(Relation relation, List<OutputColumn> outputs, List<RowPair> pairs) {
        TableDef table = relation.table();
        if (table == null) {
            return pairs;
        }
        ColumnDef pk = table.primaryKey();
        String sortColumn = pk == null ? ColumnDef.SEQ : pk.name();
        int index = -1;
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i).name().equals(sortColumn)) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            return pairs;
        }
        int column = index;
        List<RowPair> sorted = new ArrayList<>(pairs);
        sorted.sort((a, b) -> compareNullable(a.output()[column], b.output()[column], true, false));
        return sorted;
    }
}
