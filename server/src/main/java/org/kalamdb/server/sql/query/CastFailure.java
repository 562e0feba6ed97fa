package org.kalamdb.server.sql.query;

/** A value that cannot be converted to a type; the message is arrow's cause text, e.g. {@code Cast error: ...}. */
public final class CastFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CastFailure(String message) {
        super(message);
    }
}
