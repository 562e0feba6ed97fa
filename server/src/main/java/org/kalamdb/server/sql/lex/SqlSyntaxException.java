package org.kalamdb.server.sql.lex;

/**
 * A statement the KalamDB parsers reject. The message is the parser's text, without the
 * {@code Invalid SQL: } prefix that the classifier adds.
 */
public final class SqlSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SqlSyntaxException(String message) {
        super(message);
    }
}
