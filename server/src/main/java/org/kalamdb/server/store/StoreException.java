package org.kalamdb.server.store;

/**
 * A table provider refusing a write (duplicate key, NOT NULL, coercion, missing row...). The
 * message is the provider-level text, e.g. {@code Already exists: Primary key violation: value '1'
 * already exists in column 'id'}; each entry point wraps it the way the real server does on that
 * path (autocommit RPC, transaction commit, SQL).
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }
}
