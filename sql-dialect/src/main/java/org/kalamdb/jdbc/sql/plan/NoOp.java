package org.kalamdb.jdbc.sql.plan;

/**
 * A pg_kalam setup statement with nothing to do without PostgreSQL in between
 * ({@code CREATE EXTENSION pg_kalam}, {@code CREATE SERVER ... FOREIGN DATA WRAPPER pg_kalam},
 * {@code CREATE USER MAPPING}, {@code GRANT ... ON FUNCTION kalam_exec}, {@code ALTER TABLE ...
 * OWNER TO}, ...). Accepted so that existing scripts run; it returns an update count of 0.
 *
 * @param command the command words, e.g. {@code CREATE EXTENSION}
 */
public record NoOp(String command) implements Plan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
