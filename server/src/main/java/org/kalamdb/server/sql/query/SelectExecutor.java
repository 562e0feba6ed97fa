package org.kalamdb.server.sql.query;

import java.util.ArrayList;
import java.util.List;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.server.sql.EngineError;
import org.kalamdb.server.sql.ResultTable;
import org.kalamdb.server.sql.system.SystemContext;

/**
 * Runs one SELECT over a single table, system view or no table: WHERE, projection, GROUP BY with
 * count/sum/min/max/avg, HAVING, DISTINCT, ORDER BY, LIMIT/OFFSET, plus the real server's
 * additions: tombstones only when the WHERE mentions _deleted, a default ORDER BY on the primary
 * key (or _seq) for data tables when the query has none, the hidden LIMIT 50 and the 1000-row cap.
 */
public final class SelectExecutor {

    private final RelationResolver resolver;
    private final QueryLimits limits;

    public SelectExecutor(RelationResolver resolver, QueryLimits limits) {
        this.resolver = resolver;
        this.limits = limits;
    }

    public ResultTable execute(PlainSelect select, SystemContext system, EvalContext context) {
        try {
            return run(select, system, context);
        } catch (AggregateInScalarContext e) {
            throw EngineError.planning("Aggregate function " + e.getMessage().toLowerCase(java.util.Locale.ROOT)
                    + " is not allowed here");
        }
    }

    private ResultTable run(PlainSelect select, SystemContext system, EvalContext context) {
        rejectUnsupported(select);
        Relation relation = select.getFromItem() == null ? Relation.single()
                : resolver.resolve((Table) select.getFromItem(), mentionsDeleted(select.getWhere()), system);
        InputScope scope = new InputScope(relation);
        ExpressionCompiler input = new ExpressionCompiler(scope::resolve, null, context);
        List<Object[]> rows = filter(relation.rows(), select.getWhere(), input);

        boolean aggregate = select.getGroupBy() != null || select.getHaving() != null || usesAggregates(select, input);
        List<RowPair> pairs;
        List<OutputColumn> outputs;
        if (aggregate) {
            List<Compiled> keys = new ArrayList<>();
            if (select.getGroupBy() != null) {
                for (Expression e : select.getGroupBy().getGroupByExpressionList()) {
                    keys.add(input.compile(e));
                }
            }
            AggregateCompiler grouped = new AggregateCompiler(input, keys, context);
            outputs = Projection.build(select, scope, grouped::compile, true);
            Compiled having = select.getHaving() == null ? null : grouped.compile(select.getHaving());
            List<Compiled> orderExprs = new ArrayList<>();
            for (OrderByElement o : RowOrder.orderBy(select)) {
                orderExprs.add(RowOrder.outputIndex(o.getExpression(), outputs) >= 0 ? null : grouped.compile(o.getExpression()));
            }
            List<Object[]> groups = Grouping.group(rows, keys, grouped.aggregates(), select.getGroupBy() == null);
            pairs = new ArrayList<>();
            for (Object[] g : groups) {
                if (having == null || Boolean.TRUE.equals(having.eval().eval(g))) {
                    pairs.add(new RowPair(g, Projection.project(g, outputs)));
                }
            }
            return finish(select, relation, outputs, pairs, orderExprs);
        }
        outputs = Projection.build(select, scope, input::compile, false);
        pairs = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            pairs.add(new RowPair(row, Projection.project(row, outputs)));
        }
        List<Compiled> orderExprs = new ArrayList<>();
        for (OrderByElement o : RowOrder.orderBy(select)) {
            orderExprs.add(RowOrder.outputIndex(o.getExpression(), outputs) >= 0 ? null : input.compile(o.getExpression()));
        }
        return finish(select, relation, outputs, pairs, orderExprs);
    }

    private ResultTable finish(PlainSelect select, Relation relation, List<OutputColumn> outputs, List<RowPair> pairs,
                               List<Compiled> orderExprs) {
        if (select.getDistinct() != null) {
            pairs = RowOrder.distinct(pairs);
        }
        List<OrderByElement> order = RowOrder.orderBy(select);
        if (!order.isEmpty()) {
            pairs.sort(RowOrder.comparator(order, orderExprs, outputs));
        }
        pairs = RowOrder.offsetAndLimit(select, pairs);
        if (order.isEmpty()) {
            pairs = RowOrder.defaultOrder(relation, outputs, pairs);
        }
        int cap = limits.cap(RowOrder.hasLimit(select));
        if (pairs.size() > cap) {
            pairs = pairs.subList(0, cap);
        }
        List<Field> fields = new ArrayList<>();
        for (OutputColumn o : outputs) {
            fields.add(o.expr().field(o.name()));
        }
        List<Object[]> result = new ArrayList<>(pairs.size());
        for (RowPair p : pairs) {
            result.add(p.output());
        }
        return new ResultTable(fields, result, false);
    }

    private static void rejectUnsupported(PlainSelect select) {
        if (select.getJoins() != null && !select.getJoins().isEmpty()) {
            throw EngineError.notImplemented("JOIN in this server's SQL engine");
        }
        if (select.getFromItem() != null && !(select.getFromItem() instanceof Table)) {
            throw EngineError.notImplemented("subqueries in FROM in this server's SQL engine");
        }
        if (select.getWithItemsList() != null && !select.getWithItemsList().isEmpty()) {
            throw EngineError.notImplemented("WITH (common table expressions) in this server's SQL engine");
        }
    }

    /** filter_uses_deleted_column: tombstones are kept when the predicate mentions _deleted. */
    private static boolean mentionsDeleted(Expression where) {
        if (where == null) {
            return false;
        }
        return where.toString().toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b_deleted\\b.*");
    }

    private static List<Object[]> filter(List<Object[]> rows, Expression where, ExpressionCompiler input) {
        if (where == null) {
            return rows;
        }
        Compiled predicate;
        try {
            predicate = input.compile(where);
        } catch (AggregateInScalarContext e) {
            throw EngineError.planning("Aggregate functions are not allowed in the WHERE clause. Consider using HAVING instead");
        }
        List<Object[]> out = new ArrayList<>();
        for (Object[] row : rows) {
            Object v = predicate.eval().eval(row);
            if (v != null && ExpressionCompiler.truth(v)) {
                out.add(row);
            }
        }
        return out;
    }

    /** True when a select item calls an aggregate (the query then groups all rows into one). */
    private static boolean usesAggregates(PlainSelect select, ExpressionCompiler input) {
        try {
            for (SelectItem<?> item : select.getSelectItems()) {
                if (!(item.getExpression() instanceof AllColumns)) {
                    input.compile(item.getExpression());
                }
            }
            return false;
        } catch (AggregateInScalarContext e) {
            return true;
        }
    }
}
