package org.kalamdb.jdbc.sql.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.kalamdb.jdbc.sql.expr.Expr;

/** Where an INSERT's rows come from. */
public sealed interface InsertSource {

    /**
     * {@code VALUES (...), (...)}: one list of expressions per row (literals, parameters,
     * {@link Expr.Default}, function calls such as {@code SNOWFLAKE_ID()} or {@code NOW()}, simple
     * expressions), evaluated with no row in scope.
     */
    record Values(List<List<Expr>> rows) implements InsertSource {
        public Values {
            List<List<Expr>> copy = new ArrayList<>(rows.size());
            for (List<Expr> row : rows) {
                copy.add(List.copyOf(row));
            }
            rows = List.copyOf(copy);
        }
    }

    /** {@code DEFAULT VALUES}: one row of defaults. */
    record DefaultValues() implements InsertSource {
    }

    /** {@code INSERT ... SELECT}: the rows of a query, planned like any query. */
    record Query(QueryPlan query) implements InsertSource {
        public Query {
            Objects.requireNonNull(query);
        }
    }
}
