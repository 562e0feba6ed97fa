package org.kalamdb.jdbc.schema;

/**
 * The reserved column names of pg_kalam (extension.md 1.4): {@code _seq} (MVCC version, read-only,
 * real values on read), {@code _deleted} (tombstone flag, hidden) and {@code _userid} (the tenant:
 * a virtual column of user tables, never stored on the server).
 */
public final class SystemColumns {

    public static final String SEQ = "_seq";
    public static final String DELETED = "_deleted";
    public static final String USER_ID = "_userid";

    private SystemColumns() {
    }

    /** Columns the server appends to every table. */
    public static boolean isServerColumn(String name) {
        return SEQ.equals(name) || DELETED.equals(name);
    }

    /** Any of the three reserved names. */
    public static boolean isReserved(String name) {
        return isServerColumn(name) || USER_ID.equals(name);
    }
}
