package org.kalamdb.server.sql.ddl;

/** ALTER TABLE on one table (namespace and table lowercase) with exactly one operation. */
public record AlterTableStatement(String namespace, String table, AlterOperation operation) {
}
