package org.kalamdb.jdbc.sql.plan;

/** A statement with nothing but whitespace and comments: no result, no update count. */
public record EmptyStatement() implements Plan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
