package org.kalamdb.jdbc.exec;

import java.util.Objects;

import org.kalamdb.jdbc.sql.ParameterizedSql;
import org.kalamdb.jdbc.sql.ParsedStatement;

/** One statement of a script, as the driver runs it. */
sealed interface ScriptStatement {

    /** The statement text (without its terminating {@code ;}). */
    String sql();

    /** Its placeholders; their indices number the values of the whole script. */
    ParameterizedSql parameters();

    /** A statement the SQL dialect planned: the fast path, session commands, DDL, queries for the engine. */
    record Planned(ParsedStatement statement) implements ScriptStatement {
        public Planned {
            Objects.requireNonNull(statement, "statement");
        }

        @Override
        public String sql() {
            return statement.sql();
        }

        @Override
        public ParameterizedSql parameters() {
            return statement.parameters();
        }
    }

    /**
     * An UPDATE, DELETE or INSERT outside the dialect's evaluator (it refused it with 0A000), for
     * the query engine to compute.
     *
     * @param refusal the dialect's reason (its message), reported with 0A000 when the engine cannot
     *                run the statement either
     */
    record EngineWrite(String sql, ParameterizedSql parameters, String refusal) implements ScriptStatement {
        public EngineWrite {
            Objects.requireNonNull(sql, "sql");
            Objects.requireNonNull(parameters, "parameters");
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
