package org.kalamdb.jdbc.sql.plan;

/**
 * One ORDER BY key of the fast path.
 *
 * @param column     folded column name
 * @param descending DESC was written
 * @param nullsFirst where NULLs sort: as written, else PostgreSQL's default (last for ASC, first for DESC)
 */
public record OrderItem(String column, boolean descending, boolean nullsFirst) {
}
