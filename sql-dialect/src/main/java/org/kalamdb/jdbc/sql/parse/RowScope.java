package org.kalamdb.jdbc.sql.parse;

import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.expr.ExprRewriter;
import org.kalamdb.jdbc.sql.plan.TableRef;

/** Column references of a single-table statement, with table qualifiers checked and removed. */
final class RowScope {

    private RowScope() {
    }

    /**
     * {@code e} with every qualifier removed, or null when a qualifier names another table (the
     * statement is then not single-table and must be planned otherwise).
     */
    static Expr unqualify(Expr e, TableRef table) {
        boolean[] foreign = {false};
        Expr out = ExprRewriter.mapColumns(e, c -> {
            if (c.qualifier() == null) {
                return c;
            }
            if (!table.isDenotedBy(c.qualifier())) {
                foreign[0] = true;
                return c;
            }
            return Expr.ColumnRef.of(c.name());
        });
        return foreign[0] ? null : out;
    }

    /** True when the DEFAULT keyword appears anywhere in {@code e}. */
    static boolean containsDefault(Expr e) {
        if (e instanceof Expr.Default) {
            return true;
        }
        for (Expr c : e.children()) {
            if (containsDefault(c)) {
                return true;
            }
        }
        return false;
    }
}
