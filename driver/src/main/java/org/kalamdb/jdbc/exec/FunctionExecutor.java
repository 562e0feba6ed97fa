package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.KalamResultSet;
import org.kalamdb.jdbc.ResultSets;
import org.kalamdb.jdbc.sql.plan.FunctionCall;
import org.kalamdb.jdbc.sql.plan.SelectItem;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * FROM-less SELECTs ({@code SELECT kalam_exec('...')}, {@code SELECT kalam_version(),
 * kalam_compiled_mode()}, {@code SELECT SNOWFLAKE_ID()}, {@code SELECT 1}): each item is evaluated
 * once, with the session functions of {@link SessionFunctions}, into one row whose column types
 * follow the values.
 */
final class FunctionExecutor {

    StatementResult call(FunctionCall plan, ExecutionContext context) throws SQLException {
        return new StatementResult.Rows(evaluate(plan.items(), context));
    }

    KalamResultSet evaluate(List<SelectItem.ExprItem> items, ExecutionContext context) throws SQLException {
        List<Field> fields = new ArrayList<>(items.size());
        Object[] row = new Object[items.size()];
        for (int i = 0; i < items.size(); i++) {
            SelectItem.ExprItem item = items.get(i);
            Object value = context.evaluate(item.expr());
            ValueColumns.Column column = ValueColumns.of(item.label(), java.util.Collections.singletonList(value));
            fields.add(column.field());
            row[i] = column.values().get(0);
        }
        List<Object[]> rows = new ArrayList<>();
        rows.add(row);
        return ResultSets.of(fields, rows, context.statement());
    }
}
