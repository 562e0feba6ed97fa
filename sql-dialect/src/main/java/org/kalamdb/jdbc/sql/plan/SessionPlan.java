package org.kalamdb.jdbc.sql.plan;

/** Session settings: {@code SET}, {@code RESET}, {@code SHOW} and their function-call forms. Never sent to the server. */
public sealed interface SessionPlan extends Plan permits SetUserId, ShowUserId, SetSchema, SetIgnored, ResetAll, Show {
}
