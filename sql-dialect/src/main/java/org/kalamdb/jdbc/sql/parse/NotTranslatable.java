package org.kalamdb.jdbc.sql.parse;

/**
 * An expression outside the {@link org.kalamdb.jdbc.sql.expr.Expr} subset. Internal: queries fall
 * back to the general engine, writes turn it into 0A000.
 */
final class NotTranslatable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotTranslatable(String what) {
        super(what, null, false, false);
    }
}
