package org.kalamdb.jdbc.engine.rewrite;

/** SQL the rewriter cannot read (an unterminated literal, a malformed cast); a syntax error. */
public final class SqlRewriteException extends RuntimeException {

    public SqlRewriteException(String message) {
        super(message);
    }
}
