package org.kalamdb.server.store;

import java.util.UUID;

import org.kalamdb.server.KalamError;

/**
 * The transaction owner derived from a PgService session id (protocol.md 4.1): either a backend
 * pid plus config hash ({@code pg-<u32>[-<hex u64>]}) or a UUID. Distinct spellings of the same
 * owner ({@code pg-1}, {@code pg-1-}, {@code pg-1-0}; upper/lower case UUIDs) compare equal and so
 * share one transaction slot, as on the real server.
 */
public record OwnerKey(String canonical) {

    private static final String PG_PREFIX = "pg-";

    /**
     * Parses a session id; failures are INVALID_ARGUMENT with the real server's texts.
     */
    public static OwnerKey fromSessionId(String sessionId) {
        if (sessionId.startsWith(PG_PREFIX)) {
            String rest = sessionId.substring(PG_PREFIX.length());
            int dash = rest.indexOf('-');
            String pid = dash < 0 ? rest : rest.substring(0, dash);
            String hash = dash < 0 ? "" : rest.substring(dash + 1);
            if (pid.isEmpty()) {
                throw invalid(sessionId, "missing backend pid");
            }
            long pidValue = parseU32(pid);
            if (pidValue < 0) {
                throw invalid(sessionId, "backend pid must be numeric");
            }
            long hashValue = 0;
            if (!hash.isEmpty()) {
                if (hash.length() > 16 || !UuidText.isHex(hash.toLowerCase(java.util.Locale.ROOT))) {
                    throw invalid(sessionId, "config hash must be hexadecimal");
                }
                hashValue = Long.parseUnsignedLong(hash, 16);
            }
            return new OwnerKey("pg:" + pidValue + ":" + Long.toUnsignedString(hashValue, 16));
        }
        UUID uuid = UuidText.parse(sessionId);
        if (uuid == null) {
            throw invalid(sessionId, "expected pg-<pid>-<config_hash> or a server-issued UUID handle");
        }
        return new OwnerKey("uuid:" + uuid);
    }

    /** The backend pid of a {@code pg-<pid>[-...]} session id (system.sessions.backend_pid), else null. */
    public static Long backendPid(String sessionId) {
        if (!sessionId.startsWith(PG_PREFIX)) {
            return null;
        }
        String rest = sessionId.substring(PG_PREFIX.length());
        int dash = rest.indexOf('-');
        long pid = parseU32(dash < 0 ? rest : rest.substring(0, dash));
        return pid < 0 ? null : pid;
    }

    /** @return the value, or -1 when the text is not a u32 in Rust's decimal syntax */
    private static long parseU32(String s) {
        if (s.isEmpty() || s.length() > 11) {
            return -1;
        }
        int start = s.charAt(0) == '+' ? 1 : 0;
        if (start == s.length()) {
            return -1;
        }
        long v = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v > 0xFFFF_FFFFL ? -1 : v;
    }

    private static KalamError invalid(String id, String detail) {
        return KalamError.invalidArgument("Invalid operation: invalid pg session id '" + id + "': " + detail);
    }
}
