package org.kalamdb.jdbc.sql.plan;

/**
 * Schema changes mirrored to KalamDB with {@code ExecuteSql}. They run outside any transaction, so
 * the driver refuses them while a remote transaction is open (25001, design.md D6).
 */
public sealed interface DdlPlan extends Plan
        permits CreateTable, CreateForeignTable, AlterTable, DropTables, CreateSchema, DropSchema, ImportForeignSchema {
}
