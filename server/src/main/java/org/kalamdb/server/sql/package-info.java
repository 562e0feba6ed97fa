/**
 * The server's SQL entry points (ExecuteSql / ExecuteQuery, protocol.md 8), faithful to KalamDB's
 * SQL layer (server.md 1–8, 10).
 *
 * <p>{@link org.kalamdb.server.sql.KalamSqlExecutor} checks the statement size, classifies the
 * statement by its leading words ({@link org.kalamdb.server.sql.StatementClassifier}) and routes
 * it:
 * <ul>
 * <li>{@code ddl}: KalamDB's own DDL parsers (token based, as upstream) and handlers for
 *     namespaces, tables and users;</li>
 * <li>{@code query}: SELECT over one table or system view, parsed with JSqlParser and evaluated
 *     with DataFusion's types, names, coercions and error texts, plus the real server's hidden
 *     LIMIT 50, 1000-row cap and default primary-key order;</li>
 * <li>{@code dml}: INSERT (with column DEFAULTs), UPDATE and DELETE through the row store;</li>
 * <li>{@code system}: the system tables and views, SHOW and DESCRIBE.</li>
 * </ul>
 * Every statement runs as {@link org.kalamdb.server.sql.ExecutionIdentity#PG_EXTENSION}. Failures
 * are {@link org.kalamdb.server.KalamError}s with code INTERNAL and KalamDB's error prefixes
 * ({@link org.kalamdb.server.sql.SqlErrors}); query-engine texts are classified by substring the
 * way the real executor does.
 */
package org.kalamdb.server.sql;
