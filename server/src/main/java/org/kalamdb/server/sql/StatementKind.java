package org.kalamdb.server.sql;

/** The routes of the KalamDB statement classifier (classifier/engine/core.rs), as far as this server supports them. */
public enum StatementKind {
    SELECT, INSERT, UPDATE, DELETE,
    CREATE_NAMESPACE, ALTER_NAMESPACE, DROP_NAMESPACE, SHOW_NAMESPACES, USE_NAMESPACE,
    CREATE_TABLE, ALTER_TABLE, DROP_TABLE, SHOW_TABLES, DESCRIBE_TABLE,
    CREATE_USER, ALTER_USER, DROP_USER,
    BEGIN, COMMIT, ROLLBACK,
    /** A KalamDB or DataFusion statement the real server runs but this server does not implement. */
    NOT_SUPPORTED,
    /** Nothing the classifier recognises: rejected as Invalid SQL. */
    UNKNOWN
}
