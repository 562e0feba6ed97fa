package org.kalamdb.jdbc.sql.plan;

import java.util.List;
import java.util.Objects;

import org.kalamdb.jdbc.sql.expr.Conjuncts;
import org.kalamdb.jdbc.sql.expr.Expr;

/**
 * {@code DELETE FROM table [AS alias] [WHERE cond] [RETURNING ...]}: scan the matching rows, send
 * one Delete per primary key. Column qualifiers naming the target table have been removed.
 *
 * @param table     the target table
 * @param where     the condition, or null for every row
 * @param returning the RETURNING list, evaluated against each deleted row; empty for none
 */
public record Delete(TableRef table, Expr where, List<SelectItem> returning) implements WritePlan {

    public Delete {
        Objects.requireNonNull(table);
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
