package org.kalamdb.jdbc.sql.plan;

import java.util.List;

import org.kalamdb.jdbc.sql.expr.Expr;

/**
 * A SELECT without FROM whose items are all expressions the evaluator understands:
 * {@code SELECT kalam_exec('...')}, {@code SELECT kalam_version(), kalam_compiled_mode()},
 * {@code SELECT SNOWFLAKE_ID()}, {@code SELECT 1}, {@code SELECT version()},
 * {@code SELECT current_schema()}... The driver evaluates each item once with the
 * {@link org.kalamdb.jdbc.sql.expr.ExprEvaluator} and an
 * {@link org.kalamdb.jdbc.sql.expr.EvaluationContext} that implements the session functions,
 * and returns one row.
 *
 * @param items the select list in order
 */
public record FunctionCall(List<SelectItem.ExprItem> items) implements QueryPlan {

    public FunctionCall {
        items = List.copyOf(items);
    }

    /** True when some item calls the function {@code name} (folded), e.g. to enforce {@code allowKalamExec}. */
    public boolean calls(String name) {
        for (SelectItem.ExprItem item : items) {
            if (callsIn(item.expr(), name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean callsIn(Expr e, String name) {
        if (e instanceof Expr.Call c && c.name().equals(name)) {
            return true;
        }
        for (Expr child : e.children()) {
            if (callsIn(child, name)) {
                return true;
            }
        }
        return false;
    }

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
