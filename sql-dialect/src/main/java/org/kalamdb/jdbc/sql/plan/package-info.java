/**
 * Immutable plans: what one statement asks the driver to do. Families:
 * {@link org.kalamdb.jdbc.sql.plan.SessionPlan}, {@link org.kalamdb.jdbc.sql.plan.TransactionPlan},
 * {@link org.kalamdb.jdbc.sql.plan.DdlPlan} (with methods rendering the KalamDB statements to send),
 * {@link org.kalamdb.jdbc.sql.plan.QueryPlan}, {@link org.kalamdb.jdbc.sql.plan.WritePlan}, plus
 * {@link org.kalamdb.jdbc.sql.plan.NoOp}, {@link org.kalamdb.jdbc.sql.plan.Unsupported} and
 * {@link org.kalamdb.jdbc.sql.plan.EmptyStatement}.
 */
package org.kalamdb.jdbc.sql.plan;
