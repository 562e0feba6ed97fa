package org.kalamdb.jdbc.sql.plan;

import java.util.List;
import java.util.Objects;

import org.kalamdb.jdbc.sql.expr.Conjuncts;
import org.kalamdb.jdbc.sql.expr.Expr;

/**
 * {@code UPDATE table [AS alias] SET col = expr, ... [WHERE cond] [RETURNING ...]}. The driver
 * scans the rows matching {@code where} (pushing down {@link #conjuncts()}), evaluates each
 * assignment against the old row and sends one Update per primary key (design.md D5). Column
 * qualifiers naming the target table have been removed.
 *
 * @param table       the target table
 * @param assignments the SET list in order (a {@code (a, b) = (x, y)} list is split into pairs)
 * @param where       the condition, or null for every row
 * @param returning   the RETURNING list, evaluated against each updated row; empty for none
 */
public record Update(TableRef table, List<Assignment> assignments, Expr where, List<SelectItem> returning)
        implements WritePlan {

    public Update {
        Objects.requireNonNull(table);
        assignments = List.copyOf(assignments);
        returning = List.copyOf(returning);
    }

    /** The pushable equalities and the residual of {@link #where()}. */
    public Conjuncts.Split conjuncts() {
        return Conjuncts.split(where);
    }

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
