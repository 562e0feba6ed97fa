package org.kalamdb.jdbc.sql.plan;

/** Transaction isolation levels as written in BEGIN / START TRANSACTION. */
public enum IsolationLevel {
    READ_UNCOMMITTED, READ_COMMITTED, REPEATABLE_READ, SERIALIZABLE
}
