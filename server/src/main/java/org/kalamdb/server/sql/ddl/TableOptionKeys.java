package org.kalamdb.server.sql.ddl;

/**
 * Keys of {@link org.kalamdb.server.catalog.TableDef#options()} as the SQL layer stores them
 * (server.md 2.2 "Stored options"). Values are plain strings: {@code flush_policy} holds the
 * policy's serde JSON, {@code access_level} the lowercase level.
 */
public final class TableOptionKeys {

    public static final String STORAGE_ID = "storage_id";
    public static final String USE_USER_STORAGE = "use_user_storage";
    public static final String FLUSH_POLICY = "flush_policy";
    public static final String COMPRESSION = "compression";
    public static final String ACCESS_LEVEL = "access_level";
    public static final String TTL_SECONDS = "ttl_seconds";
    public static final String EVICTION_STRATEGY = "eviction_strategy";
    public static final String MAX_STREAM_SIZE_BYTES = "max_stream_size_bytes";

    public static final String DEFAULT_STORAGE = "local";
    public static final String DEFAULT_COMPRESSION = "snappy";

    private TableOptionKeys() {
    }
}
