package org.kalamdb.jdbc;

import java.sql.SQLPermission;

/** JDBC asks {@code Connection.abort} to check the {@code callAbort} permission when a security manager is installed. */
final class SecurityManagerCheck {

    private SecurityManagerCheck() {
    }

    @SuppressWarnings("removal")
    static void checkAbort() {
        SecurityManager sm = System.getSecurityManager();
        if (sm != null) {
            sm.checkPermission(new SQLPermission("callAbort"));
        }
    }
}
