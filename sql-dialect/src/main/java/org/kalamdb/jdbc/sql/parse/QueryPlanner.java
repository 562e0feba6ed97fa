package org.kalamdb.jdbc.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.sf.jsqlparser.expression.AllValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.Fetch;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.util.TablesNamesFinder;

import org.kalamdb.jdbc.sql.ParameterizedSql;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.expr.Functions;
import org.kalamdb.jdbc.sql.plan.FunctionCall;
import org.kalamdb.jdbc.sql.plan.GeneralSelect;
import org.kalamdb.jdbc.sql.plan.OrderItem;
import org.kalamdb.jdbc.sql.plan.Plan;
import org.kalamdb.jdbc.sql.plan.QualifiedName;
import org.kalamdb.jdbc.sql.plan.QueryPlan;
import org.kalamdb.jdbc.sql.plan.Select;
import org.kalamdb.jdbc.sql.plan.SelectItem;
import org.kalamdb.jdbc.sql.plan.SetUserId;
import org.kalamdb.jdbc.sql.plan.ShowUserId;
import org.kalamdb.jdbc.sql.plan.TableRef;

/**
 * Chooses the plan of a query (design.md D3): {@link Select} when it fits the fast path,
 * {@link FunctionCall} for a FROM-less list of known expressions, the session plans for
 * {@code SELECT current_setting('kalam.user_id')} / {@code set_config('kalam.user_id', ...)},
 * and {@link GeneralSelect} for everything else.
 */
final class QueryPlanner {

    private static final String USER_ID_SETTING = "kalam.user_id";

    private QueryPlanner() {
    }

    /** Plans a top-level query, where the tenant-setting function forms are recognised. */
    static Plan planStatement(net.sf.jsqlparser.statement.select.Select select, ParameterizedSql sql,
                              String normalizedSql) {
        if (select instanceof PlainSelect ps && ps.getFromItem() == null && hasOnlyItems(ps)
                && ps.getSelectItems().size() == 1) {
            Plan setting = tenantSettingFunction(ps);
            if (setting != null) {
                return setting;
            }
        }
        return plan(select, sql, normalizedSql);
    }

    /** Plans a query anywhere (top level or under INSERT). */
    static QueryPlan plan(net.sf.jsqlparser.statement.select.Select select, ParameterizedSql sql,
                          String normalizedSql) {
        if (select instanceof PlainSelect ps) {
            QueryPlan p = ps.getFromItem() == null ? functionCall(ps) : fastPath(ps);
            if (p != null) {
                return p;
            }
        }
        return new GeneralSelect(sql, normalizedSql, tables(select));
    }

    private static List<QualifiedName> tables(net.sf.jsqlparser.statement.select.Select select) {
        try {
            Set<String> names = new TablesNamesFinder<Void>().getTables((net.sf.jsqlparser.statement.Statement) select);
            List<QualifiedName> out = new ArrayList<>();
            for (String n : names) {
                out.add(QualifiedName.parse(n));
            }
            return out;
        } catch (RuntimeException e) {
            return null; // unknown: the caller must assume any table may be read
        }
    }

    // ---- FROM-less selects ------------------------------------------------------------------

    private static boolean hasOnlyItems(PlainSelect ps) {
        PlainSelect minimal = new PlainSelect();
        minimal.setSelectItems(ps.getSelectItems());
        return minimal.toString().equals(ps.toString());
    }

    private static FunctionCall functionCall(PlainSelect ps) {
        if (!hasOnlyItems(ps)) {
            return null;
        }
        List<SelectItem.ExprItem> items = new ArrayList<>();
        for (net.sf.jsqlparser.statement.select.SelectItem<?> item : ps.getSelectItems()) {
            if (item.getExpression() instanceof AllColumns) {
                return null;
            }
            Expr e;
            try {
                e = ExprTranslator.translate(item.getExpression());
            } catch (NotTranslatable nt) {
                return null;
            }
            if (!Functions.allKnown(e) || !e.referencedColumns().isEmpty() || RowScope.containsDefault(e)) {
                return null;
            }
            items.add(new SelectItem.ExprItem(e, label(item, e)));
        }
        return new FunctionCall(items);
    }

    private static String label(net.sf.jsqlparser.statement.select.SelectItem<?> item, Expr e) {
        return item.getAlias() != null ? Names.fold(item.getAlias().getName()) : Labels.of(e);
    }

    /** {@code SELECT current_setting('kalam.user_id'[, missing_ok])} and {@code SELECT set_config('kalam.user_id', v, local)}. */
    private static Plan tenantSettingFunction(PlainSelect ps) {
        net.sf.jsqlparser.statement.select.SelectItem<?> item = ps.getSelectItems().get(0);
        Expr e;
        try {
            e = ExprTranslator.translate(item.getExpression());
        } catch (NotTranslatable nt) {
            return null;
        }
        if (!(e instanceof Expr.Call call) || call.args().isEmpty() || !isUserIdName(call.args().get(0))) {
            return null;
        }
        String label = label(item, e);
        if (call.name().equals("current_setting") && call.args().size() <= 2) {
            return new ShowUserId(label);
        }
        if (call.name().equals("set_config") && call.args().size() == 3
                && call.args().get(2) instanceof Expr.Literal local && local.value() instanceof Boolean isLocal) {
            Expr value = call.args().get(1);
            if (value instanceof Expr.Literal l && l.isNull()) {
                return new SetUserId(null, isLocal, label);
            }
            if (value instanceof Expr.Parameter || (value instanceof Expr.Literal l2 && l2.value() instanceof String)) {
                return new SetUserId(value, isLocal, label);
            }
        }
        return null;
    }

    private static boolean isUserIdName(Expr e) {
        return e instanceof Expr.Literal l && l.value() instanceof String s
                && s.toLowerCase(Locale.ROOT).equals(USER_ID_SETTING);
    }

    // ---- the fast path ----------------------------------------------------------------------

    private static Select fastPath(PlainSelect ps) {
        if (!(ps.getFromItem() instanceof Table table) || !hasOnlyFastPathClauses(ps) || !isPlainTable(table)) {
            return null;
        }
        TableRef ref = Names.tableRef(table);
        List<SelectItem> projection = projection(ps, ref);
        if (projection == null) {
            return null;
        }
        Expr where = null;
        if (ps.getWhere() != null) {
            where = rowExpression(ps.getWhere(), ref);
            if (where == null) {
                return null;
            }
        }
        List<OrderItem> orderBy = orderBy(ps.getOrderByElements(), projection, ref);
        if (orderBy == null) {
            return null;
        }
        Expr[] limitOffset = limitAndOffset(ps);
        if (limitOffset == null) {
            return null;
        }
        return new Select(ref, projection, where, orderBy, limitOffset[0], limitOffset[1]);
    }

    /** True when the statement has nothing beyond select list, FROM, WHERE, ORDER BY, LIMIT, OFFSET, FETCH. */
    private static boolean hasOnlyFastPathClauses(PlainSelect ps) {
        PlainSelect minimal = new PlainSelect();
        minimal.setSelectItems(ps.getSelectItems());
        minimal.setFromItem(ps.getFromItem());
        minimal.setWhere(ps.getWhere());
        minimal.setOrderByElements(ps.getOrderByElements());
        minimal.setLimit(ps.getLimit());
        minimal.setOffset(ps.getOffset());
        minimal.setFetch(ps.getFetch());
        return minimal.toString().equals(ps.toString());
    }

    /** A table reference with at most an alias: no sample clause, hints, column aliases, time travel. */
    private static boolean isPlainTable(Table t) {
        if (t.getNameParts().size() > 3 || (t.getAlias() != null && t.getAlias().getAliasColumns() != null)) {
            return false;
        }
        String expected = t.getFullyQualifiedName() + (t.getAlias() == null ? "" : t.getAlias().toString());
        return expected.equals(t.toString());
    }

    private static List<SelectItem> projection(PlainSelect ps, TableRef ref) {
        List<SelectItem> out = new ArrayList<>();
        for (net.sf.jsqlparser.statement.select.SelectItem<?> item : ps.getSelectItems()) {
            Expression e = item.getExpression();
            if (e instanceof AllTableColumns atc) {
                if (!plainStar(atc) || item.getAlias() != null
                        || !ref.isDenotedBy(qualifierOf(atc.getTable()))) {
                    return null;
                }
                out.add(new SelectItem.AllColumns());
            } else if (e instanceof AllColumns all) {
                if (!plainStar(all) || item.getAlias() != null) {
                    return null;
                }
                out.add(new SelectItem.AllColumns());
            } else if (e instanceof Column) {
                Expr translated;
                try {
                    translated = ExprTranslator.translate(e);
                } catch (NotTranslatable nt) {
                    return null;
                }
                if (!(translated instanceof Expr.ColumnRef c) || !denotes(ref, c)) {
                    return null;
                }
                Expr.ColumnRef bare = Expr.ColumnRef.of(c.name());
                out.add(new SelectItem.ExprItem(bare, label(item, bare)));
            } else {
                return null;
            }
        }
        return out;
    }

    private static boolean plainStar(AllColumns all) {
        return all.getExceptColumns() == null && all.getReplaceExpressions() == null;
    }

    private static String qualifierOf(Table t) {
        QualifiedName q = Names.table(t);
        return q.toString();
    }

    private static boolean denotes(TableRef ref, Expr.ColumnRef c) {
        return c.qualifier() == null || ref.isDenotedBy(c.qualifier());
    }

    /**
     * A WHERE condition of the single table as an {@link Expr} with qualifiers removed, or null
     * when it is outside the evaluator's subset (unknown functions included).
     */
    private static Expr rowExpression(Expression e, TableRef ref) {
        Expr translated;
        try {
            translated = ExprTranslator.translate(e);
        } catch (NotTranslatable nt) {
            return null;
        }
        if (!Functions.allKnown(translated) || RowScope.containsDefault(translated)) {
            return null;
        }
        return RowScope.unqualify(translated, ref);
    }

    private static List<OrderItem> orderBy(List<OrderByElement> elements, List<SelectItem> projection, TableRef ref) {
        List<OrderItem> out = new ArrayList<>();
        if (elements == null) {
            return out;
        }
        for (OrderByElement el : elements) {
            if (el.getWithFill() != null || el.isMysqlWithRollup()) {
                return null;
            }
            String column = orderColumn(el.getExpression(), projection, ref);
            if (column == null) {
                return null;
            }
            boolean desc = !el.isAsc();
            boolean nullsFirst = switch (el.getNullOrdering() == null ? "" : el.getNullOrdering().name()) {
                case "NULLS_FIRST" -> true;
                case "NULLS_LAST" -> false;
                default -> desc; // PostgreSQL: NULLs are larger than everything
            };
            out.add(new OrderItem(column, desc, nullsFirst));
        }
        return out;
    }

    /** ORDER BY an output label, an ordinal, or a column of the table (PostgreSQL resolves in that order). */
    private static String orderColumn(Expression e, List<SelectItem> projection, TableRef ref) {
        if (e instanceof LongValue ordinal) {
            long k = ordinal.getValue();
            if (k < 1 || k > projection.size()) {
                return null;
            }
            for (int i = 0; i < k; i++) {
                if (projection.get(i) instanceof SelectItem.AllColumns) {
                    return null; // position depends on the table's columns
                }
            }
            return ((Expr.ColumnRef) ((SelectItem.ExprItem) projection.get((int) k - 1)).expr()).name();
        }
        if (!(e instanceof Column)) {
            return null;
        }
        Expr translated;
        try {
            translated = ExprTranslator.translate(e);
        } catch (NotTranslatable nt) {
            return null;
        }
        if (!(translated instanceof Expr.ColumnRef c) || !denotes(ref, c)) {
            return null;
        }
        if (c.qualifier() == null) {
            for (SelectItem item : projection) {
                if (item instanceof SelectItem.ExprItem x && x.label().equals(c.name())) {
                    return ((Expr.ColumnRef) x.expr()).name();
                }
            }
        }
        return c.name();
    }

    /** {limit, offset}, each null when absent; null when a form is outside the fast path. */
    private static Expr[] limitAndOffset(PlainSelect ps) {
        Expr limit = null;
        Limit l = ps.getLimit();
        Fetch f = ps.getFetch();
        if (l != null && f != null) {
            return null;
        }
        if (l != null) {
            if (l.getOffset() != null || l.getByExpressions() != null) {
                return null;
            }
            Expression count = l.getRowCount();
            // LIMIT ALL and LIMIT NULL mean no limit
            if (!(count instanceof AllValue) && !(count instanceof NullValue)) {
                limit = rowCount(count);
                if (limit == null) {
                    return null;
                }
            }
        }
        if (f != null) {
            String text = f.toString().toUpperCase(Locale.ROOT);
            if (text.contains("TIES") || text.contains("PERCENT")) {
                return null;
            }
            limit = f.getExpression() == null ? Expr.Literal.of(1L) : rowCount(f.getExpression());
            if (limit == null) {
                return null;
            }
        }
        Expr offset = null;
        if (ps.getOffset() != null) {
            offset = rowCount(ps.getOffset().getOffset());
            if (offset == null) {
                return null;
            }
        }
        return new Expr[] {limit, offset};
    }

    /** A row count written as an integer literal or a parameter; null for any other expression. */
    private static Expr rowCount(Expression e) {
        if (e instanceof LongValue v) {
            return Expr.Literal.of(v.getValue());
        }
        if (e instanceof JdbcParameter p && p.isUseFixedIndex() && p.getIndex() != null) {
            return new Expr.Parameter(p.getIndex());
        }
        return null;
    }
}
