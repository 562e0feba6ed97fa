package org.kalamdb.jdbc.sql.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.jdbc.sql.Assertions2.fails;
import static org.kalamdb.jdbc.sql.Assertions2.parseFails;
import static org.kalamdb.jdbc.sql.Assertions2.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.plan.ColumnDef;
import org.kalamdb.jdbc.sql.plan.CreateTable;
import org.kalamdb.jdbc.sql.plan.QualifiedName;
import org.kalamdb.jdbc.sql.plan.TableType;
import org.kalamdb.jdbc.types.KalamType;

class CreateTableTest {

    private static List<String> render(String sql, String currentSchema, TableType defaultType) {
        CreateTable ct = plan(sql, CreateTable.class);
        TableType type = ct.tableType() != null ? ct.tableType() : defaultType;
        return ct.render(ct.table().namespaceOr(currentSchema), type);
    }

    @Test
    void extensionWorkedExampleShared() {
        // extension.md 1.6; TYPE travels as the CREATE keyword, VARCHAR/JSONB become the KalamDB types
        String sql = "CREATE TABLE app.items (id BIGSERIAL PRIMARY KEY, title VARCHAR(200) NOT NULL, doc JSONB,"
                + " attachment FILE, created TIMESTAMP DEFAULT NOW()) USING kalamdb WITH (type = 'shared',"
                + " storage_id = 'local', access_level = 'public');";
        CreateTable ct = plan(sql, CreateTable.class);
        assertEquals(QualifiedName.of("app", "items"), ct.table());
        assertTrue(ct.usingKalamdb());
        assertEquals(TableType.SHARED, ct.tableType());
        assertEquals(Map.of("type", "shared", "storage_id", "local", "access_level", "public"), ct.options());
        assertEquals(List.of("type", "storage_id", "access_level"), List.copyOf(ct.options().keySet()));
        assertEquals(List.of(
                "CREATE NAMESPACE IF NOT EXISTS app",
                "CREATE SHARED TABLE app.items (id BIGINT DEFAULT SNOWFLAKE_ID() PRIMARY KEY, title TEXT NOT NULL,"
                        + " doc JSON, attachment FILE, created TIMESTAMP DEFAULT NOW())"
                        + " WITH (STORAGE_ID = 'local', ACCESS_LEVEL = 'public')"),
                render(sql, "default", TableType.SHARED));
        ColumnDef id = ct.columns().get(0);
        assertEquals(new ColumnDef("id", KalamType.BIGINT, "BIGSERIAL", false, true, id.defaultValue()), id);
        assertEquals(Expr.Call.of("snowflake_id"), id.defaultValue().expr());
        assertEquals("VARCHAR(200)", ct.columns().get(1).declaredType());
    }

    @Test
    void extensionWorkedExampleUserTableInfersIdPrimaryKey() {
        assertEquals(List.of("CREATE NAMESPACE IF NOT EXISTS app",
                        "CREATE USER TABLE app.profiles (id TEXT, name TEXT, PRIMARY KEY (id))"),
                render("CREATE TABLE app.profiles (id TEXT, name TEXT) USING kalamdb WITH (type='user')",
                        "default", TableType.SHARED));
    }

    @Test
    void primaryKeyInferenceOnlyForUserAndSharedTables() {
        CreateTable ct = plan("CREATE TABLE ev (id BIGINT, v TEXT)", CreateTable.class);
        assertEquals("id", ct.primaryKey(TableType.USER));
        assertEquals("id", ct.primaryKey(TableType.SHARED));
        assertNull(ct.primaryKey(TableType.STREAM));
        assertEquals("CREATE STREAM TABLE IF NOT EXISTS app.ev (id BIGINT, v TEXT) WITH (TTL_SECONDS = '45')",
                render("CREATE TABLE IF NOT EXISTS app.ev (id BIGINT, v TEXT) USING kalamdb"
                        + " WITH (type = 'stream', ttl_seconds = 45)", "default", TableType.SHARED).get(1));
        // "PRIMARY KEY(id)" without a space is recognised (pg_kalam's token split missed it)
        CreateTable explicit = plan("CREATE TABLE t (id INT, other INT, PRIMARY KEY(other))", CreateTable.class);
        assertEquals("other", explicit.primaryKey(TableType.SHARED));
        assertEquals("CREATE SHARED TABLE default.t (id INT, other INT, PRIMARY KEY (other))",
                explicit.renderCreateTable("default", TableType.SHARED));
        // a quoted lower-case "id" is just id
        assertEquals("id", plan("CREATE TABLE t (\"id\" INT)", CreateTable.class).primaryKey(TableType.USER));
    }

    @Test
    void plainCreateTableTakesTheDriversDefaultsAndCurrentSchema() {
        CreateTable ct = plan("create table Orders (ID bigint primary key, Amount numeric(12,2) not null)",
                CreateTable.class);
        assertFalse(ct.usingKalamdb());
        assertNull(ct.tableType());
        assertEquals(QualifiedName.of("orders"), ct.table());
        assertEquals(List.of("CREATE NAMESPACE IF NOT EXISTS shop",
                        "CREATE USER TABLE shop.orders (id BIGINT PRIMARY KEY, amount DECIMAL(12, 2) NOT NULL)"),
                render("create table Orders (ID bigint primary key, Amount numeric(12,2) not null)", "shop",
                        TableType.USER));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // extension.md 1.5 examples and the other spellings
            "id BIGSERIAL PRIMARY KEY|id BIGINT DEFAULT SNOWFLAKE_ID() PRIMARY KEY",
            "id BIGSERIAL PRIMARY KEY DEFAULT 100|id BIGINT DEFAULT 100 PRIMARY KEY",
            "a SERIAL|a INT DEFAULT SNOWFLAKE_ID()",
            "a serial4|a INT DEFAULT SNOWFLAKE_ID()",
            "a SERIAL8 NOT NULL|a BIGINT NOT NULL DEFAULT SNOWFLAKE_ID()",
            "a SMALLSERIAL|a SMALLINT DEFAULT SNOWFLAKE_ID()",
            "a serial2|a SMALLINT DEFAULT SNOWFLAKE_ID()",
            "id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY|id INT DEFAULT SNOWFLAKE_ID() PRIMARY KEY",
            "id BIGINT GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 1)|id BIGINT DEFAULT SNOWFLAKE_ID()",
    })
    void serialAndIdentityBecomeSnowflakeDefaults(String column, String rendered) {
        CreateTable ct = plan("CREATE TABLE t (" + column + ", x TEXT)", CreateTable.class);
        assertEquals(rendered, ct.columns().get(0).render());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "d NUMERIC(10,2)|DECIMAL(10, 2)",
            "d DECIMAL(10)|DECIMAL(10, 0)",
            "d NUMERIC|DECIMAL(38, 10)",
            "d DEC(5, 5)|DECIMAL(5, 5)",
            "d FLOAT8|DOUBLE",
            "d DOUBLE PRECISION|DOUBLE",
            "d FLOAT|DOUBLE",
            "d FLOAT(24)|FLOAT",
            "d FLOAT(25)|DOUBLE",
            "d REAL|FLOAT",
            "d FLOAT4|FLOAT",
            "d INT2|SMALLINT",
            "d SMALLINT|SMALLINT",
            "d INT4|INT",
            "d INTEGER|INT",
            "d INT|INT",
            "d INT8|BIGINT",
            "d BIGINT|BIGINT",
            "d VARCHAR(20)|TEXT",
            "d CHARACTER VARYING(20)|TEXT",
            "d CHAR(3)|TEXT",
            "d CHARACTER|TEXT",
            "d TEXT|TEXT",
            "d BYTEA|BYTES",
            "d JSON|JSON",
            "d JSONB|JSON",
            "d TIMESTAMP|TIMESTAMP",
            "d TIMESTAMP(3) WITHOUT TIME ZONE|TIMESTAMP",
            "d TIMESTAMPTZ|DATETIME",
            "d TIMESTAMP WITH TIME ZONE|DATETIME",
            "d DATE|DATE",
            "d TIME|TIME",
            "d TIME WITHOUT TIME ZONE|TIME",
            "d UUID|UUID",
            "d BOOLEAN|BOOLEAN",
            "d BOOL|BOOLEAN",
            "d FILE|FILE",
            "d EMBEDDING(384)|EMBEDDING(384)",
            "d VECTOR(3)|EMBEDDING(3)",
            "d pg_catalog.int4|INT",
    })
    void mapsPostgresTypes(String column, String kalamType) {
        CreateTable ct = plan("CREATE TABLE t (id INT PRIMARY KEY, " + column + ")", CreateTable.class);
        assertEquals(kalamType, ct.columns().get(1).type().sqlName());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "d INTERVAL|0A000",
            "d TEXT[]|0A000",
            "d INT ARRAY|0A000",
            "d MONEY|0A000",
            "d TINYINT|0A000",
            "d INT UNSIGNED|0A000",
            "d TIMETZ|0A000",
            "d TIME WITH TIME ZONE|0A000",
            "d INET|0A000",
            "d mood|42704",
            "d NUMERIC(50,2)|22023",
            "d NUMERIC(5,6)|22023",
            "d EMBEDDING(0)|22023",
            "d VECTOR(9000)|22023",
            "d VECTOR|42601",
            "d FLOAT(60)|22023",
            "d INT(11)|42601",
            "d GENERATED ALWAYS AS (1) STORED|42704",
            "d INT GENERATED ALWAYS AS (id * 2) STORED|0A000",
            "d INT DEFAULT 1 GENERATED ALWAYS AS IDENTITY|42601",
            "d INT NULL NOT NULL|42601",
            "d INT DEFAULT 1 DEFAULT 2|42601",
    })
    void refusesTypesAndColumnsKalamDbCannotHold(String column, String sqlState) {
        parseFails(sqlState, "CREATE TABLE t (id INT PRIMARY KEY, " + column + ")");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "_seq|system column '_seq' must not be declared explicitly",
            "_userid|system column '_userid' must not be declared explicitly",
            "_DELETED|system column '_deleted' must not be declared explicitly",
            "\"_seq\"|system column '_seq' must not be declared explicitly",
    })
    void reservedSystemColumnsAreRefused(String column, String message) {
        SqlDialectException e = parseFails(SqlStates.DUPLICATE_COLUMN,
                "CREATE TABLE app.t (id BIGINT PRIMARY KEY, " + column + " BIGINT) USING kalamdb");
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertTrue(e.position() > 0);
    }

    @Test
    void namesMustBeValidKalamDbIdentifiers() {
        parseFails(SqlStates.INVALID_NAME, "CREATE TABLE t (id INT PRIMARY KEY, \"Mixed\" TEXT)");
        parseFails(SqlStates.INVALID_NAME, "CREATE TABLE \"my-table\" (id INT PRIMARY KEY)");
        parseFails(SqlStates.INVALID_NAME, "CREATE TABLE t (id INT PRIMARY KEY, _private TEXT)");
        parseFails(SqlStates.INVALID_NAME, "CREATE TABLE \"1abc\" (id INT PRIMARY KEY)");
        parseFails(SqlStates.INVALID_NAME, "CREATE TABLE \"App\".t (id INT PRIMARY KEY)");
        parseFails(SqlStates.NAME_TOO_LONG, "CREATE TABLE " + "a".repeat(65) + " (id INT PRIMARY KEY)");
    }

    @Test
    void theNamespaceHandedToRenderIsCheckedToo() {
        CreateTable ct = plan("CREATE TABLE t (id INT)", CreateTable.class);
        assertEquals("CREATE NAMESPACE IF NOT EXISTS app", ct.render("APP", TableType.USER).get(0));
        assertEquals("CREATE USER TABLE app.t (id INT, PRIMARY KEY (id))", ct.render("APP", TableType.USER).get(1));
        fails(SqlStates.INVALID_NAME, () -> ct.render("my-app", TableType.USER));
        fails(SqlStates.INVALID_NAME, () -> ct.render("", TableType.USER));
    }

    @Test
    void optionKeysAndValuesAreCheckedBeforeAnythingIsSent() {
        SqlDialectException unknown = parseFails(SqlStates.INVALID_PARAMETER_VALUE,
                "CREATE TABLE t (id INT PRIMARY KEY) USING kalamdb WITH (fillfactor = 70)");
        assertTrue(unknown.getMessage().contains("fillfactor"), unknown.getMessage());
        parseFails(SqlStates.INVALID_PARAMETER_VALUE, "CREATE TABLE t (id INT) WITH (type = 'system')");
        parseFails(SqlStates.INVALID_PARAMETER_VALUE, "CREATE TABLE t (id INT) WITH (type = 'foo')");
        parseFails(SqlStates.INVALID_PARAMETER_VALUE, "CREATE TABLE t (id INT) WITH (access_level = 'everyone')");
        parseFails(SqlStates.INVALID_PARAMETER_VALUE, "CREATE TABLE t (id INT) WITH (storage_id = 'a b')");
        parseFails(SqlStates.INVALID_PARAMETER_VALUE, "CREATE TABLE t (id INT) WITH (ttl_seconds = -5)");
        parseFails(SqlStates.INVALID_PARAMETER_VALUE, "CREATE TABLE t (id INT) WITH (flush_policy = 'rows:0')");
        parseFails(SqlStates.INVALID_PARAMETER_VALUE, "CREATE TABLE t (id INT) WITH (flush_policy = 'bytes:5')");
        parseFails(SqlStates.INVALID_PARAMETER_VALUE, "CREATE TABLE t (id INT) WITH (use_user_storage = maybe)");
        parseFails(SqlStates.INVALID_PARAMETER_VALUE, "CREATE TABLE t (id INT) WITH (type = 'user', type = 'shared')");
        CreateTable ok = plan("CREATE TABLE t (id INT) USING kalamdb WITH (\"TYPE\" = 'USER', use_user_storage,"
                + " flush_policy = 'rows:100,interval:60', deleted_retention_hours = 48)", CreateTable.class);
        assertEquals(TableType.USER, ok.tableType());
        assertEquals("true", ok.options().get("use_user_storage"));
        assertEquals("CREATE USER TABLE ns.t (id INT, PRIMARY KEY (id)) WITH (USE_USER_STORAGE = 'true',"
                        + " FLUSH_POLICY = 'rows:100,interval:60', DELETED_RETENTION_HOURS = '48')",
                ok.renderCreateTable("ns", TableType.USER));
    }

    @Test
    void optionsThatDoNotSuitTheTableTypeFailAtRender() {
        CreateTable stream = plan("CREATE TABLE t (id INT) WITH (type = 'stream')", CreateTable.class);
        fails(SqlStates.INVALID_PARAMETER_VALUE, () -> stream.render("app", TableType.STREAM));
        CreateTable ttl = plan("CREATE TABLE t (id INT) WITH (ttl_seconds = 10)", CreateTable.class);
        fails(SqlStates.INVALID_PARAMETER_VALUE, () -> ttl.render("app", TableType.SHARED));
        CreateTable access = plan("CREATE TABLE t (id INT) WITH (access_level = public)", CreateTable.class);
        fails(SqlStates.INVALID_PARAMETER_VALUE, () -> access.render("app", TableType.USER));
        assertEquals("CREATE SHARED TABLE app.t (id INT, PRIMARY KEY (id)) WITH (ACCESS_LEVEL = 'public')",
                access.renderCreateTable("app", TableType.SHARED));
        CreateTable storage = plan("CREATE TABLE t (id INT) WITH (use_user_storage = true)", CreateTable.class);
        fails(SqlStates.INVALID_PARAMETER_VALUE, () -> storage.render("app", TableType.SHARED));
    }

    @Test
    void primaryKeyRules() {
        CreateTable noKey = plan("CREATE TABLE t (a INT, b TEXT)", CreateTable.class);
        fails(SqlStates.INVALID_TABLE_DEFINITION, () -> noKey.render("app", TableType.USER));
        assertEquals("CREATE STREAM TABLE app.t (a INT, b TEXT) WITH (TTL_SECONDS = '60')",
                plan("CREATE TABLE t (a INT, b TEXT) WITH (ttl_seconds = 60)", CreateTable.class)
                        .renderCreateTable("app", TableType.STREAM));
        parseFails(SqlStates.INVALID_TABLE_DEFINITION, "CREATE TABLE t (a INT PRIMARY KEY, b INT PRIMARY KEY)");
        parseFails(SqlStates.INVALID_TABLE_DEFINITION, "CREATE TABLE t (a INT PRIMARY KEY, b INT, PRIMARY KEY (b))");
        parseFails(SqlStates.FEATURE_NOT_SUPPORTED, "CREATE TABLE t (a INT, b INT, PRIMARY KEY (a, b))");
        parseFails(SqlStates.UNDEFINED_COLUMN, "CREATE TABLE t (a INT, PRIMARY KEY (c))");
        parseFails(SqlStates.DUPLICATE_COLUMN, "CREATE TABLE t (a INT, A TEXT)");
        parseFails(SqlStates.INVALID_TABLE_DEFINITION, "CREATE TABLE t ()");
        assertEquals("a", plan("CREATE TABLE t (a INT, CONSTRAINT t_pk PRIMARY KEY (a))", CreateTable.class)
                .tablePrimaryKey());
    }

    @Test
    void defaultsAreNormalisedToWhatKalamDbStores() {
        CreateTable ct = plan("CREATE TABLE t (id UUID DEFAULT gen_random_uuid() PRIMARY KEY,"
                + " status TEXT DEFAULT 'pending'::text NOT NULL, n INT DEFAULT -1, f DOUBLE PRECISION DEFAULT 1.5,"
                + " ok BOOLEAN DEFAULT TRUE, doc JSONB DEFAULT '{}'::jsonb, at TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP,"
                + " u TEXT DEFAULT CURRENT_USER, k TEXT DEFAULT ulid(), z TEXT DEFAULT NULL, q TEXT DEFAULT E'it\\'s',"
                + " d DATE DEFAULT DATE '2024-01-15', w TEXT DEFAULT ('x'))", CreateTable.class);
        assertEquals(List.of("id UUID DEFAULT UUID_V7() PRIMARY KEY", "status TEXT NOT NULL DEFAULT 'pending'",
                "n INT DEFAULT -1", "f DOUBLE DEFAULT 1.5", "ok BOOLEAN DEFAULT TRUE", "doc JSON DEFAULT '{}'",
                "at DATETIME DEFAULT NOW()", "u TEXT DEFAULT CURRENT_USER()", "k TEXT DEFAULT ULID()",
                "z TEXT DEFAULT NULL", "q TEXT DEFAULT 'it''s'", "d DATE DEFAULT '2024-01-15'", "w TEXT DEFAULT 'x'"),
                ct.columns().stream().map(ColumnDef::render).toList());
        assertEquals(Expr.Literal.of(-1L), ct.columns().get(2).defaultValue().expr());
        parseFails(SqlStates.FEATURE_NOT_SUPPORTED, "CREATE TABLE t (id INT DEFAULT nextval('s'))");
        parseFails(SqlStates.FEATURE_NOT_SUPPORTED, "CREATE TABLE t (id INT DEFAULT 1 + 2)");
        parseFails(SqlStates.FEATURE_NOT_SUPPORTED, "CREATE TABLE t (d DATE DEFAULT CURRENT_DATE)");
        parseFails(SqlStates.SYNTAX_ERROR, "CREATE TABLE t (id INT DEFAULT ?)");
    }

    @Test
    void constraintsKalamDbDoesNotEnforceAreReportedNotSent() {
        CreateTable ct = plan("CREATE TABLE t (id INT PRIMARY KEY, email TEXT UNIQUE CHECK (email <> ''),"
                + " owner INT REFERENCES users (id) ON DELETE CASCADE, name TEXT COLLATE \"C\","
                + " CONSTRAINT uq UNIQUE (name), CHECK (id > 0), FOREIGN KEY (owner) REFERENCES users(id))",
                CreateTable.class);
        assertEquals(List.of("UNIQUE", "CHECK (email <> '')", "REFERENCES users (id) ON DELETE CASCADE",
                        "COLLATE \"C\"", "CONSTRAINT uq UNIQUE (name)", "CHECK (id > 0)",
                        "FOREIGN KEY (owner) REFERENCES users(id)"), ct.ignoredConstraints());
        assertEquals("CREATE SHARED TABLE app.t (id INT PRIMARY KEY, email TEXT, owner INT, name TEXT)",
                ct.renderCreateTable("app", TableType.SHARED));
    }

    @Test
    void unsupportedTableForms() {
        parseFails(SqlStates.FEATURE_NOT_SUPPORTED, "CREATE TEMP TABLE t (id INT)");
        parseFails(SqlStates.FEATURE_NOT_SUPPORTED, "CREATE UNLOGGED TABLE t (id INT)");
        parseFails(SqlStates.FEATURE_NOT_SUPPORTED, "CREATE TABLE t AS SELECT 1");
        parseFails(SqlStates.FEATURE_NOT_SUPPORTED, "CREATE TABLE t (id INT) USING heap");
        parseFails(SqlStates.FEATURE_NOT_SUPPORTED, "CREATE TABLE t (id INT) INHERITS (p)");
        parseFails(SqlStates.FEATURE_NOT_SUPPORTED, "CREATE TABLE t (id INT) PARTITION BY RANGE (id)");
        parseFails(SqlStates.FEATURE_NOT_SUPPORTED, "CREATE TABLE t (LIKE other)");
        parseFails(SqlStates.SYNTAX_ERROR, "CREATE TABLE t (id INT) garbage");
        parseFails(SqlStates.SYNTAX_ERROR, "CREATE TABLE t (id INT");
        plan("CREATE TABLE t (id INT) WITHOUT OIDS", CreateTable.class);
        plan("CREATE TABLE t (id INT) WITH (type = 'user') USING kalamdb", CreateTable.class);
    }

    @Test
    void syntaxErrorsCarryThePosition() {
        SqlDialectException e = parseFails(SqlStates.SYNTAX_ERROR, "CREATE TABLE t (id INT, FROM TEXT)");
        assertEquals("syntax error at or near \"FROM\"", e.getMessage());
        assertEquals(25, e.position());
        SqlDialectException missingParen = parseFails(SqlStates.SYNTAX_ERROR, "CREATE TABLE t (id INT");
        assertEquals("syntax error at end of input", missingParen.getMessage());
        assertEquals(23, missingParen.position());
    }
}
