package org.kalamdb.server.auth;

import java.util.Locale;

/**
 * An account given on the command line or in {@code ServerConfig}: {@code name:password:role}. Role
 * spellings follow CREATE USER's aliases (server.md 8): dba|admin, system, service|developer|analyst,
 * user|viewer|readonly.
 */
public record UserSpec(String name, String password, String role) {

    public UserSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("user name must not be empty");
        }
        if (password == null) {
            throw new IllegalArgumentException("password must not be null for user '" + name + "'");
        }
        role = canonicalRole(role);
    }

    /** Parses {@code name:password:role}; the password may contain ':' (the role is after the last one). */
    public static UserSpec parse(String text) {
        int first = text.indexOf(':');
        int last = text.lastIndexOf(':');
        if (first <= 0 || last == first) {
            throw new IllegalArgumentException("expected <name>:<password>:<role>, got '" + text.replaceAll(":.*:", ":***:") + "'");
        }
        return new UserSpec(text.substring(0, first), text.substring(first + 1, last), text.substring(last + 1));
    }

    static String canonicalRole(String role) {
        String r = role == null ? "" : role.trim().toLowerCase(Locale.ROOT);
        return switch (r) {
            case "dba", "admin" -> "dba";
            case "system" -> "system";
            case "service", "developer", "analyst" -> "service";
            case "user", "viewer", "readonly" -> "user";
            default -> throw new IllegalArgumentException("Invalid role '" + role
                    + "'. Hint: Valid roles: dba, admin, system, service, developer, analyst, user, viewer, readonly");
        };
    }

    @Override
    public String toString() {
        return "UserSpec[" + name + ":***:" + role + "]";
    }
}
