package org.kalamdb.server.sql.query;

/** A compiled expression's evaluation over one row of its input. */
@FunctionalInterface
public interface RowExpr {

    Object eval(Object[] row);
}
