package org.kalamdb.jdbc.sql.plan;

import java.util.Locale;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;

/**
 * KalamDB's rules for namespace, table and column names (server.md 1, 2.1): stored in lower case,
 * only {@code [a-z0-9_]}, no leading digit or underscore (underscore is reserved for system
 * columns), at most 64 characters. Names are rendered unquoted, so every name that reaches a
 * rendered statement has passed this check.
 */
public final class KalamNames {

    /** KalamDB's length limit for names. */
    public static final int MAX_LENGTH = 64;

    private KalamNames() {
    }

    /**
     * Returns {@code name} if KalamDB accepts it.
     *
     * @param what     {@code namespace}, {@code table} or {@code column}, for messages
     * @param position 1-based position of the name in the statement, or 0
     * @throws SqlDialectException 42602 for a malformed name, 42622 for a name that is too long
     */
    public static String check(String name, String what, int position) {
        if (name.isEmpty() || !name.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
            throw new SqlDialectException(SqlStates.INVALID_NAME, "invalid " + what + " name \"" + name
                    + "\": only lower-case letters, digits and underscore are allowed", position);
        }
        if (Character.isDigit(name.charAt(0))) {
            throw new SqlDialectException(SqlStates.INVALID_NAME,
                    "invalid " + what + " name \"" + name + "\": names cannot start with a digit", position);
        }
        if (name.startsWith("_")) {
            throw new SqlDialectException(SqlStates.INVALID_NAME, "invalid " + what + " name \"" + name
                    + "\": names starting with an underscore are reserved for system columns", position);
        }
        if (name.length() > MAX_LENGTH) {
            throw new SqlDialectException(SqlStates.NAME_TOO_LONG, "invalid " + what + " name \"" + name
                    + "\": KalamDB names are at most " + MAX_LENGTH + " characters", position);
        }
        return name;
    }

    /**
     * A namespace handed in by the caller (the connection's current schema): lower-cased, then
     * checked like any name.
     */
    public static String namespace(String namespace) {
        return check(namespace.toLowerCase(Locale.ROOT), "namespace", 0);
    }
}
