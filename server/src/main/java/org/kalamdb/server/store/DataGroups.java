package org.kalamdb.server.store;

import java.nio.charset.StandardCharsets;

/**
 * The data Raft group a table access belongs to (protocol.md 7.6): shared tables live in
 * {@code data:shared:00}; a user's rows in {@code data:user:<NN>}. The real server hashes the user
 * id with Rust's DefaultHasher over {@code user_shards} (8); that hash cannot be reproduced outside
 * Rust, so this server uses FNV-1a (stable across runs) — which users share a shard differs.
 */
public final class DataGroups {

    static final int USER_SHARDS = 8;

    private DataGroups() {
    }

    public static String shared() {
        return "data:shared:00";
    }

    public static String forUser(String userId) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : userId.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return String.format("data:user:%02d", Long.remainderUnsigned(hash, USER_SHARDS));
    }
}
