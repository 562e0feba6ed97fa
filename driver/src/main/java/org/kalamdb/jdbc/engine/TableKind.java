package org.kalamdb.jdbc.engine;

/** The KalamDB table types (server.md section 2); user and stream tables are scoped to the tenant. */
public enum TableKind {
    USER, SHARED, STREAM, SYSTEM
}
