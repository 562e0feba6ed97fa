/**
 * PostgreSQL-dialect SQL of the pg_kalam extension to immutable plans for the kalam-jdbc driver.
 * Pure: no I/O, no {@code java.sql}, no gRPC.
 *
 * <p>Public API:
 * <ul>
 *   <li>{@link org.kalamdb.jdbc.sql.SqlParser} — {@code parse(sql)} for one statement,
 *       {@code parseScript(sql)} for several; results are {@link org.kalamdb.jdbc.sql.ParsedStatement}s
 *       holding a {@link org.kalamdb.jdbc.sql.plan.Plan} and its
 *       {@link org.kalamdb.jdbc.sql.ParameterizedSql placeholders}.</li>
 *   <li>{@link org.kalamdb.jdbc.sql.SqlSplitter} — statement boundaries of a script.</li>
 *   <li>{@link org.kalamdb.jdbc.sql.SqlDialectException} with {@link org.kalamdb.jdbc.sql.SqlStates} —
 *       every failure, with a PostgreSQL SQLState.</li>
 *   <li>{@code org.kalamdb.jdbc.sql.plan} — the plan records; dispatch with
 *       {@link org.kalamdb.jdbc.sql.plan.Plan.Visitor}.</li>
 *   <li>{@code org.kalamdb.jdbc.sql.expr} — {@link org.kalamdb.jdbc.sql.expr.Expr},
 *       {@link org.kalamdb.jdbc.sql.expr.ExprEvaluator}, {@link org.kalamdb.jdbc.sql.expr.Conjuncts}.</li>
 * </ul>
 * The packages {@code lex}, {@code parse} and {@code ddl} are implementation; their public classes
 * may change.
 */
package org.kalamdb.jdbc.sql;
