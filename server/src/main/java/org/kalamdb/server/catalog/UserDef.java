package org.kalamdb.server.catalog;

import java.util.Locale;

/**
 * An account (server.md 8, system.users). {@code role} is one of anonymous, user, service, dba,
 * system. {@code passwordHash} is produced by {@link PasswordHasher}; null for accounts without a
 * password. {@code deletedAtMicros} non-null marks a soft-deleted user (DROP USER).
 */
public record UserDef(String userId, String passwordHash, String role, String email, String authType,
                      long createdAtMicros, long updatedAtMicros, Long deletedAtMicros) {

    public boolean isAdmin() {
        String r = role.toLowerCase(Locale.ROOT);
        return r.equals("dba") || r.equals("system");
    }

    public boolean isDeleted() {
        return deletedAtMicros != null;
    }
}
