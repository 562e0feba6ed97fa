package org.kalamdb.jdbc.sql.plan;

/**
 * A recognised PostgreSQL statement KalamDB cannot run ({@code TRUNCATE}, {@code CREATE INDEX},
 * {@code COPY}, ...). The driver raises 0A000 with {@link #reason()} when asked to execute it.
 *
 * @param command the command words, e.g. {@code CREATE INDEX}
 * @param reason  a message for the user
 */
public record Unsupported(String command, String reason) implements Plan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
