package org.kalamdb.server.store;

/**
 * A value that cannot be coerced to its column's type. The message is the real server's
 * {@code coerce_scalar_to_field} text, e.g. {@code Unable to cast value Utf8 to Int32 for column
 * 'n': Arrow error: Cast error: Cannot cast string 'x' to value of Int32 type}; callers add the
 * path's prefix ({@code Schema coercion failed: }).
 */
public final class CoercionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CoercionException(String message) {
        super(message);
    }
}
