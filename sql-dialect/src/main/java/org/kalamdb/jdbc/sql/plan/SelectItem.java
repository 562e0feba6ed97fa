package org.kalamdb.jdbc.sql.plan;

import java.util.Objects;

import org.kalamdb.jdbc.sql.expr.Expr;

/** One entry of a select list or RETURNING list. */
public sealed interface SelectItem {

    /** {@code *} (or {@code t.*} naming the statement's only table): every column in table order. */
    record AllColumns() implements SelectItem {
    }

    /**
     * An expression with its result column label.
     *
     * @param expr  the expression
     * @param label the alias if written, else the name PostgreSQL gives the column (the column's
     *              name, the function's name, {@code ?column?}, ...)
     */
    record ExprItem(Expr expr, String label) implements SelectItem {
        public ExprItem {
            Objects.requireNonNull(expr);
            Objects.requireNonNull(label);
        }
    }
}
