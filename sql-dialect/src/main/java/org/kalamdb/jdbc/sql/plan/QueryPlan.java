package org.kalamdb.jdbc.sql.plan;

/** Statements that return rows: the fast path, FROM-less expression lists, and everything else. */
public sealed interface QueryPlan extends Plan permits Select, FunctionCall, GeneralSelect {
}
