/**
 * Scalar expressions the driver evaluates itself ({@link org.kalamdb.jdbc.sql.expr.Expr}), their
 * evaluator with PostgreSQL semantics ({@link org.kalamdb.jdbc.sql.expr.ExprEvaluator}), the
 * session hooks it needs ({@link org.kalamdb.jdbc.sql.expr.EvaluationContext}), and the split of
 * a WHERE clause into pushable equalities and a residual ({@link org.kalamdb.jdbc.sql.expr.Conjuncts}).
 */
package org.kalamdb.jdbc.sql.expr;
