package org.kalamdb.jdbc.sql.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.jdbc.sql.Assertions2.parseFails;
import static org.kalamdb.jdbc.sql.Assertions2.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.plan.AlterAction;
import org.kalamdb.jdbc.sql.plan.AlterTable;
import org.kalamdb.jdbc.sql.plan.CreateForeignTable;
import org.kalamdb.jdbc.sql.plan.CreateSchema;
import org.kalamdb.jdbc.sql.plan.CreateTable;
import org.kalamdb.jdbc.sql.plan.DropSchema;
import org.kalamdb.jdbc.sql.plan.DropTables;
import org.kalamdb.jdbc.sql.plan.ImportForeignSchema;
import org.kalamdb.jdbc.sql.plan.NoOp;
import org.kalamdb.jdbc.sql.plan.QualifiedName;
import org.kalamdb.jdbc.sql.plan.TableType;
import org.kalamdb.jdbc.sql.plan.Unsupported;

class OtherDdlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE app.items ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'"
                    + "|ALTER TABLE app.items ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'",
            "ALTER FOREIGN TABLE app.items ADD note VARCHAR(20)|ALTER TABLE app.items ADD COLUMN note TEXT",
            "alter table items add column if not exists n bigserial|ALTER TABLE app.items ADD COLUMN n BIGINT DEFAULT SNOWFLAKE_ID()",
            "ALTER TABLE app.items DROP COLUMN note|ALTER TABLE app.items DROP COLUMN note",
            "ALTER TABLE app.items DROP note CASCADE|ALTER TABLE app.items DROP COLUMN note",
            "ALTER TABLE app.items ALTER COLUMN note SET NOT NULL|ALTER TABLE app.items ALTER COLUMN note SET NOT NULL",
            "ALTER TABLE app.items ALTER note DROP NOT NULL|ALTER TABLE app.items ALTER COLUMN note DROP NOT NULL",
            "ALTER TABLE app.items ALTER COLUMN at SET DEFAULT now()|ALTER TABLE app.items ALTER COLUMN at SET DEFAULT NOW()",
            "ALTER TABLE app.items ALTER COLUMN note DROP DEFAULT|ALTER TABLE app.items ALTER COLUMN note DROP DEFAULT",
            "ALTER TABLE app.items RENAME COLUMN note TO remark|ALTER TABLE app.items RENAME COLUMN note TO remark",
            "ALTER TABLE IF EXISTS ONLY app.items RENAME note TO remark|ALTER TABLE app.items RENAME COLUMN note TO remark",
            "ALTER TABLE app.items SET (access_level = 'public')|ALTER TABLE app.items SET ACCESS LEVEL PUBLIC",
    })
    void alterRendersOneKalamDbOperation(String sql, String rendered) {
        AlterTable p = plan(sql, AlterTable.class);
        assertEquals(rendered, p.render(p.table().namespaceOr("app")));
    }

    @Test
    void alterDetails() {
        AlterTable foreign = plan("ALTER FOREIGN TABLE IF EXISTS app.items ADD COLUMN IF NOT EXISTS x INT", AlterTable.class);
        assertTrue(foreign.foreign());
        assertTrue(foreign.ifExists());
        assertTrue(((AlterAction.AddColumn) foreign.action()).ifNotExists());
        AlterAction.DropColumn drop = (AlterAction.DropColumn) plan("ALTER TABLE t DROP COLUMN IF EXISTS x",
                AlterTable.class).action();
        assertTrue(drop.ifExists());
        assertEquals("ALTER TABLE OWNER TO", plan("ALTER TABLE app.items OWNER TO postgres", NoOp.class).command());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE t ADD COLUMN a INT, ADD COLUMN b INT|0A000",
            "ALTER TABLE t ALTER COLUMN a TYPE BIGINT|0A000",
            "ALTER TABLE t ALTER COLUMN a SET DATA TYPE BIGINT|0A000",
            "ALTER TABLE t RENAME TO u|0A000",
            "ALTER TABLE t ADD CONSTRAINT c UNIQUE (a)|0A000",
            "ALTER TABLE t ADD PRIMARY KEY (a)|0A000",
            "ALTER TABLE t ADD COLUMN a INT PRIMARY KEY|0A000",
            "ALTER TABLE t DROP CONSTRAINT c|0A000",
            "ALTER TABLE t SET SCHEMA other|0A000",
            "ALTER TABLE t SET (fillfactor = 10)|0A000",
            "ALTER TABLE t ADD COLUMN _seq BIGINT|42701",
            "ALTER TABLE t RENAME COLUMN a TO _userid|42701",
            "ALTER TABLE t ADD COLUMN a INTERVAL|0A000",
            "ALTER TABLE t SET (access_level = 'nobody')|22023",
            "ALTER TABLE t|42601",
    })
    void alterRefusals(String sql, String sqlState) {
        parseFails(sqlState, sql);
    }

    @Test
    void dropTables() {
        DropTables p = plan("DROP FOREIGN TABLE IF EXISTS a, app.b CASCADE", DropTables.class);
        assertEquals(List.of(QualifiedName.of("a"), QualifiedName.of("app", "b")), p.tables());
        assertTrue(p.ifExists());
        assertTrue(p.foreign());
        assertTrue(p.cascade());
        assertEquals("DROP USER TABLE IF EXISTS app.b", p.render("app", "b", TableType.USER));
        DropTables plain = plan("DROP TABLE app.items RESTRICT", DropTables.class);
        assertFalse(plain.ifExists());
        assertEquals("DROP TABLE app.items", plain.render("app", "items", null));
        parseFails(SqlStates.SYNTAX_ERROR, "DROP TABLE");
    }

    @Test
    void schemas() {
        CreateSchema create = plan("CREATE SCHEMA IF NOT EXISTS app", CreateSchema.class);
        assertEquals("CREATE NAMESPACE IF NOT EXISTS app", create.render());
        assertEquals("CREATE NAMESPACE app", plan("CREATE SCHEMA app AUTHORIZATION bob", CreateSchema.class).render());
        assertEquals("bob", plan("CREATE SCHEMA AUTHORIZATION bob", CreateSchema.class).name());
        parseFails(SqlStates.FEATURE_NOT_SUPPORTED, "CREATE SCHEMA app CREATE TABLE t (id INT)");
        parseFails(SqlStates.INVALID_NAME, "CREATE SCHEMA \"App\"");
        DropSchema drop = plan("DROP SCHEMA IF EXISTS a, b CASCADE", DropSchema.class);
        assertEquals(List.of("a", "b"), drop.names());
        assertEquals("DROP NAMESPACE IF EXISTS a CASCADE", drop.render("a"));
        DropSchema restrict = plan("DROP SCHEMA app", DropSchema.class);
        assertFalse(restrict.cascade());
        assertEquals("DROP NAMESPACE app", restrict.render("app"));
    }

    @Test
    void createForeignTable() {
        CreateForeignTable p = plan("CREATE FOREIGN TABLE IF NOT EXISTS app.profiles (id TEXT, name TEXT NOT NULL)"
                + " SERVER kalam_server OPTIONS (table_type 'user', storage_id 'local', namespace 'x')",
                CreateForeignTable.class);
        assertTrue(p.ifNotExists());
        assertEquals("kalam_server", p.server());
        assertEquals(TableType.USER, p.tableType());
        assertEquals(Map.of("storage_id", "local"), p.tableOptions());
        CreateTable equivalent = p.toCreateTable();
        assertEquals("CREATE USER TABLE IF NOT EXISTS app.profiles (id TEXT, name TEXT NOT NULL, PRIMARY KEY (id))"
                + " WITH (STORAGE_ID = 'local')", equivalent.renderCreateTable("app", TableType.USER));
        assertNull(plan("CREATE FOREIGN TABLE t (id INT) SERVER s", CreateForeignTable.class).tableType());
        parseFails(SqlStates.DUPLICATE_COLUMN, "CREATE FOREIGN TABLE t (id INT, _seq BIGINT) SERVER s");
        parseFails(SqlStates.INVALID_PARAMETER_VALUE, "CREATE FOREIGN TABLE t (id INT) SERVER s OPTIONS (table_type 'system')");
        parseFails(SqlStates.INVALID_PARAMETER_VALUE, "CREATE FOREIGN TABLE t (id INT) SERVER s OPTIONS (type 'user')");
        parseFails(SqlStates.INVALID_PARAMETER_VALUE, "CREATE FOREIGN TABLE t (id INT) SERVER s OPTIONS (colour 'red')");
        parseFails(SqlStates.FEATURE_NOT_SUPPORTED, "CREATE FOREIGN TABLE t (id INT PRIMARY KEY) SERVER s");
        parseFails(SqlStates.SYNTAX_ERROR, "CREATE FOREIGN TABLE t (id INT)");
        assertEquals(1, plan("CREATE FOREIGN TABLE t (id INT OPTIONS (column_name 'x')) SERVER s",
                CreateForeignTable.class).columns().size());
    }

    @Test
    void importForeignSchemaIsAPlanTheDriverRefuses() {
        assertEquals(new ImportForeignSchema("app", "kalam_server", "public"),
                plan("IMPORT FOREIGN SCHEMA app LIMIT TO (items) FROM SERVER kalam_server INTO public", ImportForeignSchema.class));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CREATE EXTENSION IF NOT EXISTS pg_kalam|CREATE EXTENSION",
            "CREATE EXTENSION pg_kalam|CREATE EXTENSION",
            "DROP EXTENSION IF EXISTS pg_kalam CASCADE|DROP EXTENSION",
            "ALTER EXTENSION pg_kalam UPDATE|ALTER EXTENSION",
            "CREATE SERVER kalam_server FOREIGN DATA WRAPPER pg_kalam OPTIONS (host '127.0.0.1', port '2910', auth_mode 'account_login', login_user 'pg_dba', login_password '<dba-password>')|CREATE SERVER",
            "CREATE SERVER IF NOT EXISTS kalam_server FOREIGN DATA WRAPPER pg_kalam OPTIONS (host 'h', port '9188')|CREATE SERVER",
            "ALTER SERVER kalam_server OPTIONS (SET host 'other')|ALTER SERVER",
            "DROP SERVER IF EXISTS kalam_server CASCADE|DROP SERVER",
            "CREATE FOREIGN DATA WRAPPER pg_kalam HANDLER kalam_handler VALIDATOR kalam_validator|CREATE FOREIGN DATA WRAPPER",
            "CREATE USER MAPPING FOR CURRENT_USER SERVER kalam_server|CREATE USER MAPPING",
            "DROP USER MAPPING IF EXISTS FOR bob SERVER kalam_server|DROP USER MAPPING",
            "GRANT EXECUTE ON FUNCTION kalam_exec(text) TO app_role|GRANT",
            "REVOKE EXECUTE ON FUNCTION kalam_exec(text) FROM PUBLIC|REVOKE",
    })
    void pgKalamSetupStatementsAreNoOps(String sql, String command) {
        assertEquals(command, plan(sql, NoOp.class).command());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CREATE INDEX idx ON t (a)|CREATE INDEX",
            "CREATE UNIQUE INDEX idx ON t (a)|CREATE UNIQUE INDEX",
            "CREATE VIEW v AS SELECT 1|CREATE VIEW",
            "CREATE OR REPLACE VIEW v AS SELECT 1|CREATE VIEW",
            "CREATE MATERIALIZED VIEW v AS SELECT 1|CREATE MATERIALIZED VIEW",
            "CREATE SEQUENCE s|CREATE SEQUENCE",
            "CREATE USER bob|CREATE USER",
            "DROP INDEX idx|DROP INDEX",
            "ALTER SEQUENCE s RESTART|ALTER SEQUENCE",
            "TRUNCATE t|TRUNCATE",
            "COPY t FROM STDIN|COPY",
            "EXPLAIN SELECT 1|EXPLAIN",
            "VACUUM|VACUUM",
            "LISTEN chan|LISTEN",
            "COMMENT ON TABLE t IS 'x'|COMMENT",
            "GRANT SELECT ON t TO bob|GRANT",
            "DO $$ BEGIN END $$|DO",
            "PREPARE q AS SELECT 1|PREPARE",
    })
    void recognisedButUnsupported(String sql, String command) {
        Unsupported u = plan(sql, Unsupported.class);
        assertEquals(command, u.command());
        assertTrue(u.reason().contains("not supported"), u.reason());
    }

    @Test
    void unknownStatementsAreSyntaxErrors() {
        parseFails(SqlStates.SYNTAX_ERROR, "FROBNICATE t");
        parseFails(SqlStates.SYNTAX_ERROR, "USE app");
        parseFails(SqlStates.SYNTAX_ERROR, "'x'");
    }
}
