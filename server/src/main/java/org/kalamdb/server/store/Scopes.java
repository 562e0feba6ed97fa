package org.kalamdb.server.store;

import org.kalamdb.server.catalog.TableType;

/** Which partition of a table a request reads or writes (server.md 4, user-table isolation). */
public final class Scopes {

    /** The subject of a user/stream table read that names no user (protocol.md 5.1). */
    public static final String ANONYMOUS = "anonymous";

    private Scopes() {
    }

    /** The user's partition for user and stream tables ({@code anonymous} when none is named); "" for shared ones. */
    public static String of(TableType type, String userId) {
        return switch (type) {
            case USER, STREAM -> userId == null ? ANONYMOUS : userId;
            case SHARED, SYSTEM -> "";
        };
    }
}
