package org.kalamdb.jdbc.sql.plan;

/**
 * A PostgreSQL setting KalamDB has no use for ({@code SET client_encoding}, {@code SET TIME ZONE},
 * {@code SET application_name}, {@code SET TRANSACTION ...}, {@code RESET ROLE}, ...). The driver
 * accepts it so that tools and scripts run; it may remember the value to answer {@link Show}.
 *
 * @param name  folded setting name, e.g. {@code client_encoding}, {@code timezone},
 *              {@code transaction_isolation}
 * @param value the value as written (strings unquoted), or null for RESET / DEFAULT
 */
public record SetIgnored(String name, String value) implements SessionPlan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
