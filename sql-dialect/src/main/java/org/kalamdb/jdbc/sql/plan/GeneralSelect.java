package org.kalamdb.jdbc.sql.plan;

import java.util.List;
import java.util.Objects;

import org.kalamdb.jdbc.sql.ParameterizedSql;
import org.kalamdb.jdbc.sql.parse.JSqlParsing;

/**
 * Any other query — joins, aggregates, GROUP BY, DISTINCT, subqueries, set operations, CTEs,
 * VALUES, window functions, expressions in the select list, JSON operators — for the driver's
 * general query engine (design.md D3).
 *
 * @param sql           the statement as written with its placeholders
 *                      ({@link ParameterizedSql#render} re-spells them for the engine)
 * @param normalizedSql the statement as this module parsed it: placeholders as {@code $n}, string
 *                      literals in standard form ({@code E'...'} and dollar quotes decoded),
 *                      comments removed
 * @param tables        every table the statement reads (CTE names excluded), or null when the
 *                      parser could not tell: the driver must then assume it may read any table
 *                      (e.g. flush every write buffer first)
 */
public record GeneralSelect(ParameterizedSql sql, String normalizedSql, List<QualifiedName> tables)
        implements QueryPlan {

    public GeneralSelect {
        Objects.requireNonNull(sql);
        Objects.requireNonNull(normalizedSql);
        tables = tables == null ? null : List.copyOf(tables);
    }

    /**
     * A fresh JSqlParser tree of {@link #normalizedSql()}. Parsed on each call so that the plan
     * stays immutable and shareable; the caller owns (and may change) the returned tree.
     */
    public net.sf.jsqlparser.statement.Statement ast() {
        return JSqlParsing.parse(normalizedSql, null);
    }

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
