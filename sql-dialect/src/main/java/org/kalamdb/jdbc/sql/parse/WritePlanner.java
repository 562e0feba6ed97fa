package org.kalamdb.jdbc.sql.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.ReturningClause;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

import org.kalamdb.jdbc.sql.ParameterizedSql;
import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.expr.Functions;
import org.kalamdb.jdbc.sql.plan.Assignment;
import org.kalamdb.jdbc.sql.plan.InsertSource;
import org.kalamdb.jdbc.sql.plan.QueryPlan;
import org.kalamdb.jdbc.sql.plan.SelectItem;
import org.kalamdb.jdbc.sql.plan.TableRef;
import org.kalamdb.jdbc.sql.plan.WritePlan;

/**
 * INSERT, UPDATE and DELETE to {@link WritePlan}s. Expressions must be in the evaluator's subset
 * (the driver evaluates them itself); anything else — ON CONFLICT, UPDATE ... FROM,
 * DELETE ... USING, subqueries, unknown functions — is refused with 0A000.
 */
final class WritePlanner {

    private WritePlanner() {
    }

    static WritePlan insert(Insert insert) {
        refuseIf(insert.getWithItemsList() != null && !insert.getWithItemsList().isEmpty(),
                "WITH ... INSERT is not supported; run the query and the INSERT separately");
        refuseIf(insert.getConflictAction() != null || insert.getConflictTarget() != null,
                "INSERT ... ON CONFLICT is not supported by KalamDB; check for the row first or use UPDATE");
        refuseIf(insert.getDuplicateUpdateSets() != null || insert.getSetUpdateSets() != null || insert.isModifierIgnore() || insert.getOutputClause() != null
                        || insert.isOverwrite() || insert.isOracleMultiInsert() || insert.getPartitions() != null
                        || insert.getModifierPriority() != null || insert.getRowAlias() != null,
                "this INSERT form is not supported");
        TableRef table = Names.tableRef(insert.getTable());
        List<String> columns = new ArrayList<>();
        if (insert.getColumns() != null) {
            Set<String> seen = new HashSet<>();
            for (Column c : insert.getColumns()) {
                String name = Names.fold(c.getColumnName());
                if (!seen.add(name)) {
                    throw new SqlDialectException(SqlStates.DUPLICATE_COLUMN, "column \"" + name + "\" specified more than once");
                }
                columns.add(name);
            }
        }
        InsertSource source = source(insert, columns.size());
        return new org.kalamdb.jdbc.sql.plan.Insert(table, columns, source, returning(insert.getReturningClause(), table));
    }

    private static InsertSource source(Insert insert, int columnCount) {
        if (insert.isOnlyDefaultValues()) {
            return new InsertSource.DefaultValues();
        }
        if (insert.getSelect() instanceof Values values) {
            List<List<Expr>> rows = new ArrayList<>();
            for (ExpressionList<?> row : rows(values)) {
                if (row.isEmpty()) {
                    throw new SqlDialectException(SqlStates.SYNTAX_ERROR, "syntax error at or near \")\": empty VALUES row");
                }
                List<Expr> translated = new ArrayList<>();
                for (Expression e : row) {
                    translated.add(defaultOnlyAtTop(valueExpression(e, "INSERT")));
                }
                rows.add(translated);
            }
            checkArity(rows, columnCount);
            return new InsertSource.Values(rows);
        }
        net.sf.jsqlparser.statement.select.Select select = insert.getSelect();
        if (select == null) {
            throw new SqlDialectException(SqlStates.SYNTAX_ERROR, "INSERT has no VALUES or query");
        }
        String text = select.toString();
        QueryPlan query = QueryPlanner.plan(select, ParameterizedSql.of(text), text);
        return new InsertSource.Query(query);
    }

    /** JSqlParser gives one row as a parenthesised list, several rows as a plain list of them. */
    private static List<ExpressionList<?>> rows(Values values) {
        ExpressionList<?> list = values.getExpressions();
        List<ExpressionList<?>> out = new ArrayList<>();
        if (list instanceof ParenthesedExpressionList<?>) {
            out.add(list);
            return out;
        }
        for (Expression row : list) {
            if (row instanceof ExpressionList<?> r) {
                out.add(r);
            } else {
                out.add(new ExpressionList<>(row));
            }
        }
        return out;
    }

    private static void checkArity(List<List<Expr>> rows, int columnCount) {
        int width = rows.get(0).size();
        for (List<Expr> row : rows) {
            if (row.size() != width) {
                throw new SqlDialectException(SqlStates.SYNTAX_ERROR, "VALUES lists must all be the same length");
            }
        }
        if (columnCount > 0 && width > columnCount) {
            throw new SqlDialectException(SqlStates.SYNTAX_ERROR, "INSERT has more expressions than target columns");
        }
        if (columnCount > 0 && width < columnCount) {
            throw new SqlDialectException(SqlStates.SYNTAX_ERROR, "INSERT has more target columns than expressions");
        }
    }

    static WritePlan update(Update update) {
        refuseIf(update.getWithItemsList() != null && !update.getWithItemsList().isEmpty(),
                "WITH ... UPDATE is not supported");
        refuseIf(update.getFromItem() != null || (update.getJoins() != null && !update.getJoins().isEmpty())
                        || (update.getStartJoins() != null && !update.getStartJoins().isEmpty()),
                "UPDATE ... FROM is not supported; update one table with a WHERE on its own columns");
        refuseIf(update.getOutputClause() != null || update.getOrderByElements() != null
                        || update.getLimit() != null || update.isModifierIgnore() || update.getModifierPriority() != null,
                "this UPDATE form is not supported");
        TableRef table = Names.tableRef(update.getTable());
        List<Assignment> assignments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (UpdateSet set : update.getUpdateSets()) {
            ExpressionList<Column> cols = set.getColumns();
            ExpressionList<?> vals = set.getValues();
            if (cols.size() != vals.size()) {
                throw new SqlDialectException(SqlStates.SYNTAX_ERROR, "number of columns does not match number of values");
            }
            for (int i = 0; i < cols.size(); i++) {
                String name = Names.fold(cols.get(i).getColumnName());
                if (!seen.add(name)) {
                    throw new SqlDialectException(SqlStates.SYNTAX_ERROR, "multiple assignments to same column \"" + name + "\"");
                }
                Expr value = RowScope.unqualify(defaultOnlyAtTop(valueExpression(vals.get(i), "UPDATE")), table);
                assignments.add(new Assignment(name, requireLocal(value, vals.get(i))));
            }
        }
        Expr where = whereOf(update.getWhere(), table, "UPDATE");
        return new org.kalamdb.jdbc.sql.plan.Update(table, assignments, where, returning(update.getReturningClause(), table));
    }

    static WritePlan delete(Delete delete) {
        refuseIf(delete.getWithItemsList() != null && !delete.getWithItemsList().isEmpty(),
                "WITH ... DELETE is not supported");
        refuseIf((delete.getUsingFromItemList() != null && !delete.getUsingFromItemList().isEmpty())
                        || (delete.getJoins() != null && !delete.getJoins().isEmpty())
                        || (delete.getTables() != null && !delete.getTables().isEmpty()),
                "DELETE ... USING is not supported; delete from one table with a WHERE on its own columns");
        refuseIf(delete.getOutputClause() != null || delete.getOrderByElements() != null || delete.getLimit() != null
                        || delete.isModifierIgnore() || delete.isModifierQuick() || delete.getModifierPriority() != null,
                "this DELETE form is not supported");
        TableRef table = Names.tableRef(delete.getTable());
        Expr where = whereOf(delete.getWhere(), table, "DELETE");
        return new org.kalamdb.jdbc.sql.plan.Delete(table, where, returning(delete.getReturningClause(), table));
    }

    private static Expr whereOf(Expression where, TableRef table, String statement) {
        if (where == null) {
            return null;
        }
        Expr e = valueExpression(where, statement);
        if (RowScope.containsDefault(e)) {
            throw new SqlDialectException(SqlStates.SYNTAX_ERROR, "DEFAULT is not allowed in this context");
        }
        return requireLocal(RowScope.unqualify(e, table), where);
    }

    /** DEFAULT may be a whole VALUES item or assignment, never part of an expression. */
    private static Expr defaultOnlyAtTop(Expr e) {
        if (!(e instanceof Expr.Default) && RowScope.containsDefault(e)) {
            throw new SqlDialectException(SqlStates.SYNTAX_ERROR, "DEFAULT is not allowed in this context");
        }
        return e;
    }

    private static Expr requireLocal(Expr unqualified, Expression source) {
        if (unqualified == null) {
            throw SqlDialectException.notSupported("only columns of the target table can be referenced: " + source);
        }
        return unqualified;
    }

    /** An expression the driver evaluates itself; 0A000 when it is outside the subset. */
    private static Expr valueExpression(Expression e, String statement) {
        Expr translated;
        try {
            translated = ExprTranslator.translate(e);
        } catch (NotTranslatable nt) {
            throw SqlDialectException.notSupported("expression not supported in " + statement + ": " + e);
        }
        if (!Functions.allKnown(translated)) {
            throw SqlDialectException.notSupported("function not supported in " + statement + ": " + e);
        }
        return translated;
    }

    private static List<SelectItem> returning(ReturningClause clause, TableRef table) {
        List<SelectItem> out = new ArrayList<>();
        if (clause == null) {
            return out;
        }
        refuseIf(clause.getDataItems() != null && !clause.getDataItems().isEmpty(), "RETURNING ... INTO is not supported");
        for (net.sf.jsqlparser.statement.select.SelectItem<?> item : clause) {
            Expression e = item.getExpression();
            if (e instanceof AllTableColumns atc && table.isDenotedBy(Names.table(atc.getTable()).toString())) {
                out.add(new SelectItem.AllColumns());
            } else if (e instanceof AllColumns && !(e instanceof AllTableColumns)) {
                out.add(new SelectItem.AllColumns());
            } else {
                Expr x = requireLocal(RowScope.unqualify(valueExpression(e, "RETURNING"), table), e);
                if (RowScope.containsDefault(x)) {
                    throw new SqlDialectException(SqlStates.SYNTAX_ERROR, "DEFAULT is not allowed in this context");
                }
                String label = item.getAlias() != null ? Names.fold(item.getAlias().getName()) : Labels.of(x);
                out.add(new SelectItem.ExprItem(x, label));
            }
        }
        return out;
    }

    private static void refuseIf(boolean condition, String reason) {
        if (condition) {
            throw SqlDialectException.notSupported(reason);
        }
    }
}
