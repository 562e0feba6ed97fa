package org.kalamdb.jdbc.sql.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.jdbc.sql.Assertions2.parseFails;
import static org.kalamdb.jdbc.sql.Assertions2.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamdb.jdbc.sql.SqlParser;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.plan.Begin;
import org.kalamdb.jdbc.sql.plan.Commit;
import org.kalamdb.jdbc.sql.plan.EmptyStatement;
import org.kalamdb.jdbc.sql.plan.IsolationLevel;
import org.kalamdb.jdbc.sql.plan.NoOp;
import org.kalamdb.jdbc.sql.plan.ReleaseSavepoint;
import org.kalamdb.jdbc.sql.plan.ResetAll;
import org.kalamdb.jdbc.sql.plan.Rollback;
import org.kalamdb.jdbc.sql.plan.RollbackToSavepoint;
import org.kalamdb.jdbc.sql.plan.Savepoint;
import org.kalamdb.jdbc.sql.plan.SetIgnored;
import org.kalamdb.jdbc.sql.plan.SetSchema;
import org.kalamdb.jdbc.sql.plan.SetUserId;
import org.kalamdb.jdbc.sql.plan.Show;
import org.kalamdb.jdbc.sql.plan.ShowUserId;
import org.kalamdb.jdbc.sql.plan.Unsupported;

class SessionAndTransactionStatementsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "SET kalam.user_id = 'user-alice'",
            "SET kalam.user_id TO 'user-alice'",
            "set KALAM.USER_ID to 'user-alice';",
            "SET SESSION kalam.user_id = 'user-alice'",
            "SET kalam.user_id = \"user-alice\"",
    })
    void setUserId(String sql) {
        SetUserId p = plan(sql, SetUserId.class);
        assertEquals(Expr.Literal.of("user-alice"), p.value());
        assertFalse(p.local());
        assertNull(p.resultLabel());
    }

    @Test
    void setUserIdVariants() {
        SetUserId local = plan("SET LOCAL kalam.user_id = 'bob'", SetUserId.class);
        assertTrue(local.local());
        // unquoted identifiers fold, as PostgreSQL folds them
        assertEquals(Expr.Literal.of("alice"), plan("SET kalam.user_id = Alice", SetUserId.class).value());
        assertEquals(Expr.Literal.of("42"), plan("SET kalam.user_id = 42", SetUserId.class).value());
        assertNull(plan("SET kalam.user_id TO DEFAULT", SetUserId.class).value());
        assertNull(plan("RESET kalam.user_id", SetUserId.class).value());
        parseFails(SqlStates.INVALID_PARAMETER_VALUE, "SET kalam.user_id = 'a', 'b'");
        parseFails(SqlStates.SYNTAX_ERROR, "SET kalam.user_id = ?");
        parseFails(SqlStates.SYNTAX_ERROR, "SET kalam.user_id 'x'");
    }

    @Test
    void setConfigAndCurrentSettingFunctionForms() {
        SetUserId set = plan("SELECT set_config('kalam.user_id', 'u1', false)", SetUserId.class);
        assertEquals(Expr.Literal.of("u1"), set.value());
        assertEquals("set_config", set.resultLabel());
        SetUserId bound = plan("SELECT set_config('kalam.user_id', ?, true) AS tenant", SetUserId.class);
        assertEquals(new Expr.Parameter(1), bound.value());
        assertTrue(bound.local());
        assertEquals("tenant", bound.resultLabel());
        assertEquals(1, SqlParser.parse("SELECT set_config('kalam.user_id', ?, true)").parameterCount());

        assertEquals("current_setting", plan("SELECT current_setting('kalam.user_id')", ShowUserId.class).label());
        assertEquals("u", plan("SELECT current_setting('kalam.user_id', true) AS u", ShowUserId.class).label());
        assertEquals("kalam.user_id", plan("SHOW kalam.user_id", ShowUserId.class).label());
    }

    @Test
    void schemaSettings() {
        assertEquals(new SetSchema("app", false), plan("SET search_path TO app", SetSchema.class));
        assertEquals(new SetSchema("app", false), plan("SET search_path = \"$user\", app, public", SetSchema.class));
        assertEquals(new SetSchema("app", true), plan("SET LOCAL search_path TO 'app'", SetSchema.class));
        assertEquals(new SetSchema("app", false), plan("SET SCHEMA 'app'", SetSchema.class));
        assertEquals(new SetSchema(null, false), plan("RESET search_path", SetSchema.class));
        assertEquals(new SetSchema(null, false), plan("SET search_path TO DEFAULT", SetSchema.class));
    }

    @Test
    void otherSettingsAreIgnored() {
        assertEquals(new SetIgnored("client_encoding", "UTF8"), plan("SET client_encoding = 'UTF8'", SetIgnored.class));
        assertEquals(new SetIgnored("client_encoding", "utf8"), plan("SET NAMES utf8", SetIgnored.class));
        assertEquals(new SetIgnored("timezone", "UTC"), plan("SET TIME ZONE 'UTC'", SetIgnored.class));
        assertEquals(new SetIgnored("timezone", null), plan("SET TIME ZONE LOCAL", SetIgnored.class));
        assertEquals(new SetIgnored("statement_timeout", "-1"), plan("SET statement_timeout = -1", SetIgnored.class));
        assertEquals(new SetIgnored("application_name", "psql"), plan("SET application_name TO psql", SetIgnored.class));
        assertEquals(new SetIgnored("extra_float_digits", "3"), plan("SET extra_float_digits = 3", SetIgnored.class));
        assertEquals(new SetIgnored("transaction", "ISOLATION LEVEL READ COMMITTED"),
                plan("SET TRANSACTION ISOLATION LEVEL READ COMMITTED", SetIgnored.class));
        assertEquals("default_transaction", plan("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
                SetIgnored.class).name());
        assertEquals(new SetIgnored("timezone", null), plan("RESET TIME ZONE", SetIgnored.class));
        assertEquals(new SetIgnored("role", null), plan("RESET role", SetIgnored.class));
        plan("RESET ALL", ResetAll.class);
        plan("DISCARD ALL", ResetAll.class);
        plan("DISCARD PLANS", NoOp.class);
    }

    @Test
    void show() {
        assertEquals(new Show("search_path"), plan("SHOW search_path", Show.class));
        assertEquals(new Show("all"), plan("SHOW ALL", Show.class));
        assertEquals(new Show("timezone"), plan("SHOW TIME ZONE", Show.class));
        assertEquals(new Show("transaction_isolation"), plan("SHOW TRANSACTION ISOLATION LEVEL", Show.class));
        assertEquals(new Show("server_version"), plan("show server_version", Show.class));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"BEGIN", "begin;", "BEGIN WORK", "BEGIN TRANSACTION", "START TRANSACTION"})
    void begin(String sql) {
        assertEquals(new Begin(null, null), plan(sql, Begin.class));
    }

    @Test
    void beginWithModes() {
        assertEquals(new Begin(IsolationLevel.SERIALIZABLE, null),
                plan("START TRANSACTION ISOLATION LEVEL SERIALIZABLE", Begin.class));
        assertEquals(new Begin(IsolationLevel.REPEATABLE_READ, true),
                plan("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", Begin.class));
        assertEquals(new Begin(IsolationLevel.READ_COMMITTED, false),
                plan("BEGIN TRANSACTION READ WRITE ISOLATION LEVEL READ COMMITTED", Begin.class));
        assertEquals(new Begin(IsolationLevel.READ_UNCOMMITTED, true),
                plan("START TRANSACTION ISOLATION LEVEL READ UNCOMMITTED READ ONLY DEFERRABLE", Begin.class));
        parseFails(SqlStates.SYNTAX_ERROR, "BEGIN ISOLATION LEVEL SOMETIMES");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"COMMIT", "COMMIT WORK", "COMMIT TRANSACTION", "END", "END TRANSACTION", "COMMIT AND NO CHAIN"})
    void commit(String sql) {
        plan(sql, Commit.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ROLLBACK", "ROLLBACK WORK", "ROLLBACK TRANSACTION", "ABORT", "abort work"})
    void rollback(String sql) {
        plan(sql, Rollback.class);
    }

    @Test
    void savepoints() {
        assertEquals(new Savepoint("s1"), plan("SAVEPOINT s1", Savepoint.class));
        assertEquals(new ReleaseSavepoint("s1"), plan("RELEASE SAVEPOINT s1", ReleaseSavepoint.class));
        assertEquals(new ReleaseSavepoint("s1"), plan("RELEASE s1", ReleaseSavepoint.class));
        assertEquals(new RollbackToSavepoint("s1"), plan("ROLLBACK TO SAVEPOINT s1", RollbackToSavepoint.class));
        assertEquals(new RollbackToSavepoint("s1"), plan("ROLLBACK WORK TO s1", RollbackToSavepoint.class));
    }

    @Test
    void twoPhaseCommitAndChainAreRefused() {
        assertEquals("PREPARE TRANSACTION", plan("PREPARE TRANSACTION 'x'", Unsupported.class).command());
        assertEquals("COMMIT PREPARED", plan("COMMIT PREPARED 'x'", Unsupported.class).command());
        assertEquals("ROLLBACK PREPARED", plan("ROLLBACK PREPARED 'x'", Unsupported.class).command());
        parseFails(SqlStates.FEATURE_NOT_SUPPORTED, "COMMIT AND CHAIN");
    }

    @Test
    void emptyStatements() {
        plan("", EmptyStatement.class);
        plan("  -- only a comment", EmptyStatement.class);
        plan(";", EmptyStatement.class);
    }
}
