package org.kalamdb.jdbc.sql.expr;

import java.util.Set;

/**
 * The functions a plan may contain. A query calling anything else is planned as a
 * {@link org.kalamdb.jdbc.sql.plan.GeneralSelect} (the general engine may know it); an UPDATE or
 * DELETE calling anything else is refused.
 */
public final class Functions {

    /** Evaluated by {@link ExprEvaluator} itself. */
    public static final Set<String> BUILTIN = Set.of("lower", "upper", "length", "char_length",
            "character_length", "abs", "round", "now", "current_timestamp", "transaction_timestamp",
            "statement_timestamp", "clock_timestamp", "localtimestamp", "current_date", "current_time",
            "localtime", "snowflake_id");

    /**
     * Session functions the driver's {@link EvaluationContext#call} must implement: pg_kalam's
     * helpers ({@code kalam_exec}, {@code kalam_version} — the driver's version —,
     * {@code kalam_compiled_mode} — {@code remote} —, {@code kalam_user_id},
     * {@code kalam_user_id_guc_name}), the settings functions, and the defaults KalamDB knows.
     */
    public static final Set<String> SESSION = Set.of("kalam_exec", "kalam_version", "kalam_compiled_mode",
            "kalam_user_id", "kalam_user_id_guc_name", "current_setting", "set_config", "version",
            "current_schema", "current_database", "current_catalog", "current_user", "session_user",
            "uuid_v7", "ulid");

    private Functions() {
    }

    /** True when {@code name} is {@link #BUILTIN} or {@link #SESSION}. */
    public static boolean isKnown(String name) {
        return BUILTIN.contains(name) || SESSION.contains(name);
    }

    /** True when every call in {@code e} is {@link #isKnown known}. */
    public static boolean allKnown(Expr e) {
        if (e instanceof Expr.Call c && !isKnown(c.name())) {
            return false;
        }
        for (Expr child : e.children()) {
            if (!allKnown(child)) {
                return false;
            }
        }
        return true;
    }
}
