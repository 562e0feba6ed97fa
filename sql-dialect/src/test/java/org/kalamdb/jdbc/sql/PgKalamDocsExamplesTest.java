package org.kalamdb.jdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.kalamdb.jdbc.sql.Assertions2.plan;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.plan.CreateTable;
import org.kalamdb.jdbc.sql.plan.FunctionCall;
import org.kalamdb.jdbc.sql.plan.GeneralSelect;
import org.kalamdb.jdbc.sql.plan.ImportForeignSchema;
import org.kalamdb.jdbc.sql.plan.Insert;
import org.kalamdb.jdbc.sql.plan.NoOp;
import org.kalamdb.jdbc.sql.plan.SetUserId;
import org.kalamdb.jdbc.sql.plan.TableType;

/** The statements of the pg_kalam documentation (spec/seeds) and of extension.md, as a user would run them. */
class PgKalamDocsExamplesTest {

    @Test
    void installAndServerSetupScriptRuns() {
        ParsedScript script = SqlParser.parseScript("""
                CREATE EXTENSION IF NOT EXISTS pg_kalam;
                CREATE SERVER kalam_server
                  FOREIGN DATA WRAPPER pg_kalam
                  OPTIONS (
                    host '127.0.0.1',
                    port '2910',
                    auth_mode 'account_login',
                    login_user 'pg_dba',
                    login_password '<dba-password>'
                  );
                SELECT kalam_version(), kalam_compiled_mode();
                DROP EXTENSION IF EXISTS pg_kalam CASCADE;
                CREATE EXTENSION pg_kalam;
                """);
        List<ParsedStatement> st = script.statements();
        assertEquals(5, st.size());
        assertInstanceOf(NoOp.class, st.get(0).plan());
        assertInstanceOf(NoOp.class, st.get(1).plan());
        FunctionCall versions = assertInstanceOf(FunctionCall.class, st.get(2).plan());
        assertEquals(List.of(Expr.Call.of("kalam_version"), Expr.Call.of("kalam_compiled_mode")),
                versions.items().stream().map(i -> i.expr()).toList());
        assertInstanceOf(NoOp.class, st.get(3).plan());
    }

    @Test
    void tenantContext() {
        ParsedScript script = SqlParser.parseScript("SET kalam.user_id = 'user-alice';\nSELECT kalam_user_id();");
        assertEquals(Expr.Literal.of("user-alice"),
                assertInstanceOf(SetUserId.class, script.statements().get(0).plan()).value());
        assertEquals("kalam_user_id", assertInstanceOf(FunctionCall.class, script.statements().get(1).plan())
                .items().get(0).label());
    }

    @Test
    void jsonbTableAndQuery() {
        CreateTable ct = plan("""
                CREATE TABLE app.events (
                  id BIGINT PRIMARY KEY DEFAULT SNOWFLAKE_ID(),
                  payload JSONB NOT NULL
                ) USING kalamdb WITH (
                  type = 'shared'
                )""", CreateTable.class);
        assertEquals(List.of("CREATE NAMESPACE IF NOT EXISTS app",
                "CREATE SHARED TABLE app.events (id BIGINT DEFAULT SNOWFLAKE_ID() PRIMARY KEY, payload JSON NOT NULL)"),
                ct.render("app", TableType.SHARED));
        GeneralSelect query = plan("SELECT payload->>'kind' AS kind\nFROM app.events\nWHERE payload ? 'kind';",
                GeneralSelect.class);
        assertEquals(0, query.sql().parameterCount());
    }

    @Test
    void userStreamAndSharedTables() {
        CreateTable user = plan("CREATE TABLE app.profiles (id TEXT PRIMARY KEY, name TEXT)"
                + " USING kalamdb WITH (type = 'user')", CreateTable.class);
        assertEquals(TableType.USER, user.tableType());
        CreateTable stream = plan("CREATE TABLE app.chat_events (id BIGINT DEFAULT SNOWFLAKE_ID(), body TEXT)"
                + " USING kalamdb WITH (type = 'stream', ttl_seconds = '3600')", CreateTable.class);
        assertEquals("CREATE STREAM TABLE app.chat_events (id BIGINT DEFAULT SNOWFLAKE_ID(), body TEXT)"
                + " WITH (TTL_SECONDS = '3600')", stream.renderCreateTable("app", TableType.STREAM));
        CreateTable shared = plan("CREATE TABLE app.settings (key TEXT PRIMARY KEY, value JSONB) USING kalamdb"
                + " WITH (type = 'shared', flush_policy = 'rows:1000', access_level = 'public')", CreateTable.class);
        assertEquals("CREATE SHARED TABLE app.settings (key TEXT PRIMARY KEY, value JSON)"
                        + " WITH (FLUSH_POLICY = 'rows:1000', ACCESS_LEVEL = 'public')",
                shared.renderCreateTable("app", TableType.SHARED));
    }

    @Test
    void directStatementExecution() {
        FunctionCall exec = plan("SELECT kalam_exec('SELECT * FROM system.tables');", FunctionCall.class);
        assertEquals(Expr.Call.of("kalam_exec", Expr.Literal.of("SELECT * FROM system.tables")), exec.items().get(0).expr());
        assertInstanceOf(FunctionCall.class,
                SqlParser.parse("SELECT kalam_exec('SELECT * FROM system.sessions WHERE id = ''x''')").plan());
    }

    @Test
    void dmlAndTransactions() {
        ParsedScript script = SqlParser.parseScript("""
                BEGIN;
                INSERT INTO app.profiles (id, name) VALUES ('p1', 'Alice');
                SELECT * FROM app.profiles WHERE id = 'p1';
                UPDATE app.profiles SET name = 'Alicia' WHERE id = 'p1';
                DELETE FROM app.profiles WHERE id = 'p1';
                COMMIT;
                START TRANSACTION;
                INSERT INTO app.profiles (id, name, _userid) VALUES ('p2', 'Bob', 'user-bob');
                ROLLBACK;
                """);
        List<String> kinds = script.statements().stream().map(s -> s.plan().getClass().getSimpleName()).toList();
        assertEquals(List.of("Begin", "Insert", "Select", "Update", "Delete", "Commit", "Begin", "Insert", "Rollback"),
                kinds);
        Insert withUser = (Insert) script.statements().get(7).plan();
        assertEquals(List.of("id", "name", "_userid"), withUser.columns());
    }

    @Test
    void importForeignSchemaIsRecognised() {
        plan("IMPORT FOREIGN SCHEMA app FROM SERVER kalam_server INTO app;", ImportForeignSchema.class);
    }
}
