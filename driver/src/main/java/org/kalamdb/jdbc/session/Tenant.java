package org.kalamdb.jdbc.session;

import java.sql.SQLException;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;

/**
 * The connection's {@code kalam.user_id}: the tenant whose rows user and stream tables show and
 * accept. Blank counts as unset (pg_kalam reads the raw GUC; an empty tenant is never useful).
 * With {@code userIdLocked} the tenant chosen at connect time cannot be changed (42501), which
 * lets a pool hand out per-tenant connections safely. Values are validated when set, with the
 * server's rules (no {@code ..}, {@code /}, {@code \}, NUL), instead of failing later on use.
 */
public final class Tenant {

    private final boolean locked;
    private volatile String userId;

    public Tenant(String initialUserId, boolean locked) throws SQLException {
        this.userId = normalise(initialUserId);
        this.locked = locked;
    }

    /** The current tenant, or null when unset. */
    public String userId() {
        return userId;
    }

    public boolean isLocked() {
        return locked;
    }

    /** {@code SET kalam.user_id}; null or blank unsets it (like RESET). */
    public void set(String value) throws SQLException {
        String next = normalise(value);
        if (locked && !java.util.Objects.equals(next, userId)) {
            throw Errors.create(SqlStates.INSUFFICIENT_PRIVILEGE,
                    "kalam.user_id is locked on this connection (connection property userIdLocked=true); "
                            + "open a new connection for another tenant");
        }
        userId = next;
    }

    /**
     * The user id a user or stream table needs; fails with a message naming {@code kalam.user_id}.
     *
     * @param what e.g. {@code "read user table app.notes"}
     */
    public String require(String what) throws SQLException {
        String id = userId;
        if (id == null) {
            throw Errors.create(SqlStates.OBJECT_NOT_IN_PREREQUISITE_STATE,
                    "kalam.user_id is not set: cannot " + what
                            + "; run SET kalam.user_id = '<tenant>' or connect with the userId property");
        }
        return id;
    }

    private static String normalise(String value) throws SQLException {
        if (value == null || value.isBlank()) {
            return null;
        }
        check("kalam.user_id", value);
        return value;
    }

    /**
     * Validates an explicit owner given with a statement, e.g. the {@code _userid} value of an
     * INSERT, with the same rules and message style as {@code kalam.user_id}; a blank value is
     * refused too (it names no tenant). Must run before anything carrying the value is sent: the
     * real server's handler panics on these values (protocol.md 4.3).
     *
     * @param what how the statement names the value, e.g. {@code "_userid"}
     */
    public static void checkExplicitUserId(String what, String value) throws SQLException {
        if (value == null || value.isBlank()) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "invalid value for " + what
                    + ": User ID cannot be empty");
        }
        check(what, value);
    }

    private static void check(String what, String value) throws SQLException {
        String reason = null;
        if (value.contains("..")) {
            reason = "User ID cannot contain '..' (path traversal)";
        } else if (value.indexOf('/') >= 0) {
            reason = "User ID cannot contain '/' (directory separator)";
        } else if (value.indexOf('\\') >= 0) {
            reason = "User ID cannot contain '\\' (directory separator)";
        } else if (value.indexOf('\0') >= 0) {
            reason = "User ID cannot contain null bytes";
        }
        if (reason != null) {
            throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE, "invalid value for " + what + ": " + reason);
        }
    }
}
