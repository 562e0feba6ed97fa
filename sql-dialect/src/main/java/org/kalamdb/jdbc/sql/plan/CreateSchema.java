package org.kalamdb.jdbc.sql.plan;

/**
 * {@code CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role]}: a KalamDB namespace.
 *
 * @param name the lower-case namespace name
 */
public record CreateSchema(String name, boolean ifNotExists) implements DdlPlan {

    /** {@code CREATE NAMESPACE [IF NOT EXISTS] name}. */
    public String render() {
        return "CREATE NAMESPACE " + (ifNotExists ? "IF NOT EXISTS " : "") + name;
    }

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
