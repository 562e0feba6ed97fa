package org.kalamdb.jdbc.sql.expr;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.StringJoiner;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;

/**
 * What an expression needs from the session that evaluates it. The driver implements it per
 * statement or transaction: the clock PostgreSQL's {@code now()} reads (constant within a
 * transaction), its {@code SNOWFLAKE_ID()} generator, and every function that is not a pure
 * built-in of {@link ExprEvaluator} ({@code kalam_user_id()}, {@code current_setting(...)},
 * {@code kalam_exec(...)}, {@code version()}, {@code current_schema()}, {@code uuid_v7()}, ...).
 */
public interface EvaluationContext {

    /** The value of {@code now()} / {@code CURRENT_TIMESTAMP}, in UTC. */
    OffsetDateTime now();

    /** The next value of {@code SNOWFLAKE_ID()}. */
    long nextSnowflakeId();

    /**
     * Calls a function that is not built in. Arguments are evaluated runtime values (see
     * {@link SqlValues}); the result must be one too.
     *
     * @param name folded function name, without schema
     * @throws SqlDialectException 42883 by default: the function does not exist
     */
    default Object call(String name, List<Object> args) {
        throw undefinedFunction(name, args);
    }

    /** PostgreSQL's "function f(types) does not exist" (42883). */
    static SqlDialectException undefinedFunction(String name, List<Object> args) {
        StringJoiner types = new StringJoiner(", ", name + "(", ")");
        for (Object a : args) {
            types.add(SqlValues.typeName(a));
        }
        return new SqlDialectException(SqlStates.UNDEFINED_FUNCTION, "function " + types + " does not exist");
    }
}
