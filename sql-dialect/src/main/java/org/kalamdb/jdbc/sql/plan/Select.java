package org.kalamdb.jdbc.sql.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.kalamdb.jdbc.sql.expr.Conjuncts;
import org.kalamdb.jdbc.sql.expr.Expr;

/**
 * The fast path of design.md D3: one table, a projection of plain columns and/or {@code *}, an
 * optional WHERE, ORDER BY plain columns, LIMIT/OFFSET. Executed with one {@code Scan}: the
 * {@code column = constant} conjuncts of {@link #conjuncts()} become {@code eq} filters, the
 * residual (if any) is evaluated per row with the
 * {@link org.kalamdb.jdbc.sql.expr.ExprEvaluator} (or the driver sends {@code sql} to its general
 * engine instead), then sort, offset and limit are applied locally.
 *
 * <p>The Scan must fetch the projected columns plus those of {@code orderBy} and of the residual
 * ({@link org.kalamdb.jdbc.sql.expr.Expr#referencedColumns()}). Every column reference in
 * {@code where} has its table qualifier removed (it was checked to name this table), and every
 * function it calls is a {@link org.kalamdb.jdbc.sql.expr.Functions known} one. DISTINCT, GROUP BY, joins, expressions in the projection, FETCH ... WITH TIES,
 * FOR UPDATE and anything else make the statement a {@link GeneralSelect} instead.
 *
 * @param table      the table
 * @param projection {@link SelectItem.AllColumns} entries and {@link SelectItem.ExprItem}s whose
 *                   expression is a {@link Expr.ColumnRef} (label = alias or column name)
 * @param where      the WHERE condition, or null
 * @param orderBy    the ORDER BY keys, possibly empty
 * @param limit      LIMIT / FETCH FIRST count: a {@link Expr.Literal} Long or a {@link Expr.Parameter}; null for none
 * @param offset     OFFSET: same forms; null for none
 */
public record Select(TableRef table, List<SelectItem> projection, Expr where, List<OrderItem> orderBy,
                     Expr limit, Expr offset) implements QueryPlan {

    public Select {
        Objects.requireNonNull(table);
        projection = List.copyOf(projection);
        orderBy = List.copyOf(orderBy);
    }

    /** The pushable equalities and the residual of {@link #where()}. */
    public Conjuncts.Split conjuncts() {
        return Conjuncts.split(where);
    }

    /** True when some projection item is {@code *}. */
    public boolean selectsAllColumns() {
        return projection.stream().anyMatch(p -> p instanceof SelectItem.AllColumns);
    }

    /** The column names of the projection, in order (empty when it is only {@code *}). */
    public List<String> projectedColumns() {
        List<String> out = new ArrayList<>();
        for (SelectItem item : projection) {
            if (item instanceof SelectItem.ExprItem e) {
                out.add(((Expr.ColumnRef) e.expr()).name());
            }
        }
        return out;
    }

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
