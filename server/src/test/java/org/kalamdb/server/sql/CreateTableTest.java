package org.kalamdb.server.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.ColumnDefault;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;
import org.kalamdb.server.catalog.TableType;

/** server.md 2.1–2.4 (CREATE TABLE forms, options, PRIMARY KEY, DEFAULT) and 3 (type spellings). */
class CreateTableTest extends SqlTestSupport {

    @BeforeEach
    void namespace() {
        message("CREATE NAMESPACE app");
    }

    private TableDef table(String name) {
        return catalog.table(new TableId("app", name));
    }

    @Test
    void defaultTypeIsSharedWithSystemColumnsAppended() {
        assertEquals("CREATE TABLE via Raft consensus: shared table app.items created successfully",
                message("CREATE TABLE app.Items (Id BIGINT PRIMARY KEY, Name TEXT NOT NULL, note TEXT)"));
        TableDef t = table("items");
        assertEquals(TableType.SHARED, t.type());
        assertEquals(1, t.version());
        assertEquals(List.of("id", "name", "note", "_seq", "_deleted"), t.columns().stream().map(ColumnDef::name).toList());
        ColumnDef id = t.column("id");
        assertTrue(id.primaryKey());
        assertFalse(id.nullable());
        assertFalse(t.column("name").nullable());
        assertTrue(t.column("note").nullable());
        ColumnDef seq = t.column("_seq");
        assertEquals(KalamType.BIGINT, seq.type());
        assertFalse(seq.nullable());
        assertEquals(4, seq.columnId());
        assertEquals(4, seq.ordinal());
        ColumnDef deleted = t.column("_deleted");
        assertEquals(KalamType.BOOLEAN, deleted.type());
        assertEquals(new ColumnDefault.Literal(false), deleted.defaultValue());
        assertEquals(Map.of("storage_id", "local", "access_level", "private", "compression", "snappy"), t.options());
    }

    @Test
    void typedPrefixesAndTypeOption() {
        assertEquals("CREATE TABLE via Raft consensus: user table app.u created successfully",
                message("CREATE USER TABLE app.u (id INT PRIMARY KEY)"));
        assertEquals(TableType.USER, table("u").type());
        assertEquals(Map.of("storage_id", "local", "use_user_storage", "false", "compression", "snappy"),
                table("u").options());
        message("CREATE TABLE app.u2 (id INT PRIMARY KEY) WITH (TYPE = 'user', USE_USER_STORAGE = TRUE)");
        assertEquals("true", table("u2").options().get("use_user_storage"));
        assertEquals("CREATE TABLE via Raft consensus: stream table app.s created successfully",
                message("CREATE STREAM TABLE app.s (v TEXT) WITH (TTL_SECONDS = 3600)"));
        assertEquals(Map.of("ttl_seconds", "3600", "eviction_strategy", "time_based", "max_stream_size_bytes", "0",
                "compression", "snappy"), table("s").options());
        assertNull(table("s").primaryKey());
        assertError("Invalid SQL: Invalid CREATE TABLE statement: Conflicting table type definitions: "
                + "CREATE User TABLE vs TYPE option Shared", "CREATE USER TABLE app.x (id INT PRIMARY KEY) WITH (TYPE = 'SHARED')");
        assertError("Invalid SQL: Invalid CREATE TABLE statement: Invalid TYPE option 'BOGUS'. Supported: USER, SHARED, STREAM",
                "CREATE TABLE app.x (id INT PRIMARY KEY) WITH (TYPE = BOGUS)");
    }

    @Test
    void usingAccessMethodAndUnqualifiedNameInDefault() {
        assertEquals("CREATE TABLE via Raft consensus: shared table default.d created successfully",
                message("CREATE TABLE d (id INT PRIMARY KEY) USING kalamdb"));
        assertTrue(catalog.table(new TableId("default", "d")) != null);
    }

    @Test
    void optionsValidationTexts() {
        String p = "Invalid SQL: Invalid CREATE TABLE statement: ";
        assertError(p + "Unknown table option 'COLOR'", "CREATE TABLE app.x (id INT PRIMARY KEY) WITH (color = 'red')");
        assertError(p + "Invalid STORAGE_ID 'a b'. Only alphanumeric, underscore, and hyphen allowed.",
                "CREATE TABLE app.x (id INT PRIMARY KEY) WITH (STORAGE_ID = 'a b')");
        assertError("Invalid operation: Storage 's3' does not exist",
                "CREATE TABLE app.x (id INT PRIMARY KEY) WITH (STORAGE_ID = 's3')");
        assertError(p + "USE_USER_STORAGE is only supported for USER tables",
                "CREATE TABLE app.x (id INT PRIMARY KEY) WITH (USE_USER_STORAGE = true)");
        assertError(p + "STREAM tables must specify 'TTL_SECONDS'", "CREATE STREAM TABLE app.x (v TEXT)");
        assertError(p + "TTL_SECONDS is only supported for STREAM tables",
                "CREATE TABLE app.x (id INT PRIMARY KEY) WITH (TTL_SECONDS = 5)");
        assertError(p + "Invalid TTL_SECONDS", "CREATE STREAM TABLE app.x (v TEXT) WITH (TTL_SECONDS = -5)");
        assertError(p + "ACCESS_LEVEL is only supported for SHARED tables",
                "CREATE USER TABLE app.x (id INT PRIMARY KEY) WITH (ACCESS_LEVEL = 'public')");
        assertError(p + "Invalid ACCESS_LEVEL 'open'. Supported: PUBLIC, PRIVATE, RESTRICTED, DBA",
                "CREATE TABLE app.x (id INT PRIMARY KEY) WITH (ACCESS_LEVEL = 'open')");
        assertError(p + "Invalid FLUSH_POLICY format 'rows'. Expected 'key:value'",
                "CREATE TABLE app.x (id INT PRIMARY KEY) WITH (FLUSH_POLICY = 'rows')");
        assertError(p + "Unknown FLUSH_POLICY key 'bytes'",
                "CREATE TABLE app.x (id INT PRIMARY KEY) WITH (FLUSH_POLICY = 'bytes:5')");
        assertError(p + "FLUSH_POLICY must specify 'rows' or 'interval' > 0",
                "CREATE TABLE app.x (id INT PRIMARY KEY) WITH (FLUSH_POLICY = 'rows:0')");
        assertError(p + "Row limit must be less than 1,000,000",
                "CREATE TABLE app.x (id INT PRIMARY KEY) WITH (FLUSH_POLICY = 'rows:1000000')");
        assertError(p + "Interval must be less than 86400 seconds (24 hours)",
                "CREATE TABLE app.x (id INT PRIMARY KEY) WITH (FLUSH_POLICY = 'interval:86400')");
        assertError(p + "Invalid DELETED_RETENTION_HOURS",
                "CREATE TABLE app.x (id INT PRIMARY KEY) WITH (DELETED_RETENTION_HOURS = 'x')");
    }

    @Test
    void storedOptionsIncludeFlushPolicyAndAccessLevel() {
        message("CREATE TABLE app.p (id INT PRIMARY KEY) OPTIONS (ACCESS_LEVEL = 'Public', "
                + "FLUSH_POLICY = 'rows:100,interval:60', DELETED_RETENTION_HOURS = 12)");
        assertEquals(Map.of("storage_id", "local", "access_level", "public", "compression", "snappy",
                "flush_policy", "{\"type\":\"combined\",\"row_limit\":100,\"interval_seconds\":60}"), table("p").options());
        ResultTable t = query("SELECT options FROM system.tables WHERE table_name = 'p'");
        assertEquals("{\"table_type\":\"SHARED\",\"storage_id\":\"local\",\"access_level\":\"Public\","
                + "\"flush_policy\":{\"type\":\"combined\",\"row_limit\":100,\"interval_seconds\":60},"
                + "\"compression\":\"snappy\"}", t.rows().get(0)[0]);
    }

    @Test
    void primaryKeyRules() {
        message("CREATE TABLE app.t1 (id INT, name TEXT, PRIMARY KEY (id))");
        assertFalse(table("t1").column("id").nullable());
        assertTrue(table("t1").column("id").primaryKey());
        String p = "Invalid SQL: Invalid CREATE TABLE statement: ";
        assertError(p + "Composite PRIMARY KEYs are not supported yet",
                "CREATE TABLE app.x (a INT, b INT, PRIMARY KEY (a, b))");
        assertError(p + "Multiple PRIMARY KEY definitions found", "CREATE TABLE app.x (a INT PRIMARY KEY, b INT PRIMARY KEY)");
        assertError(p + "Multiple PRIMARY KEY definitions found", "CREATE TABLE app.x (a INT PRIMARY KEY, PRIMARY KEY (a))");
        assertError(p + "PRIMARY KEY column 'nope' not found in column list", "CREATE TABLE app.x (a INT, PRIMARY KEY (nope))");
        // The PK check compares names before lowercasing.
        assertError(p + "PRIMARY KEY column 'a' not found in column list", "CREATE TABLE app.x (A INT, PRIMARY KEY (a))");
        assertError("Invalid operation: Shared tables require a PRIMARY KEY column", "CREATE TABLE app.x (a INT)");
        assertError("Invalid operation: User tables require a PRIMARY KEY column", "CREATE USER TABLE app.x (a INT)");
        // UNIQUE, CHECK and FOREIGN KEY are accepted and ignored.
        message("CREATE TABLE app.t2 (id INT PRIMARY KEY, e TEXT UNIQUE, n INT CHECK (n > 0), "
                + "o INT REFERENCES app.t1(id) ON DELETE CASCADE, UNIQUE (e), CHECK (n < 10), "
                + "CONSTRAINT fk FOREIGN KEY (o) REFERENCES app.t1 (id))");
        assertEquals(6, table("t2").columns().size());
    }

    @Test
    void autoIncrementSpellingsBecomeSnowflakeDefaults() {
        message("CREATE TABLE app.a1 (id BIGINT PRIMARY KEY AUTO_INCREMENT)");
        message("CREATE TABLE app.a2 (id BIGSERIAL PRIMARY KEY)");
        message("CREATE TABLE app.a3 (id SERIAL PRIMARY KEY)");
        message("CREATE TABLE app.a4 (id SMALLSERIAL PRIMARY KEY)");
        message("CREATE TABLE app.a5 (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY)");
        message("CREATE TABLE app.a6 (id BIGINT GENERATED BY DEFAULT AS IDENTITY, PRIMARY KEY (id))");
        message("CREATE TABLE app.a7 (id BIGINT PRIMARY KEY auto_increment)");
        ColumnDefault snowflake = new ColumnDefault.FunctionCall("SNOWFLAKE_ID");
        for (String t : List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7")) {
            assertEquals(snowflake, table(t).column("id").defaultValue(), t);
        }
        assertEquals(KalamType.BIGINT, table("a2").column("id").type());
        assertEquals(KalamType.INT, table("a3").column("id").type());
        assertEquals(KalamType.SMALLINT, table("a4").column("id").type());
        assertError("Invalid SQL: Invalid CREATE TABLE statement: sql parser error: Expected: ',' or ')' after column "
                + "definition, found: Auto_Increment at Line: 1, Column: 44",
                "CREATE TABLE app.a8 (id BIGINT PRIMARY KEY Auto_Increment)");
    }

    @Test
    void defaultExpressionsAreStoredAsUpstreamDoes() {
        message("CREATE TABLE app.d (id BIGINT PRIMARY KEY DEFAULT SNOWFLAKE_ID(), "
                + "a TIMESTAMP DEFAULT NOW(), b TIMESTAMP DEFAULT CURRENT_TIMESTAMP, c TEXT DEFAULT CURRENT_USER(), "
                + "u TEXT DEFAULT uuid_v7(), l TEXT DEFAULT ULID(), s TEXT DEFAULT 'x''y', n INT DEFAULT 42, "
                + "f DOUBLE DEFAULT 1.5, t BOOLEAN DEFAULT TRUE, z TEXT DEFAULT NULL, m INT DEFAULT -1, "
                + "g TEXT DEFAULT gen_random_uuid(), k TEXT DEFAULT 'a' NOT NULL)");
        TableDef t = table("d");
        assertEquals(new ColumnDefault.FunctionCall("SNOWFLAKE_ID"), t.column("id").defaultValue());
        assertEquals(new ColumnDefault.FunctionCall("NOW"), t.column("a").defaultValue());
        assertEquals(new ColumnDefault.FunctionCall("CURRENT_TIMESTAMP"), t.column("b").defaultValue());
        assertEquals(new ColumnDefault.FunctionCall("CURRENT_USER"), t.column("c").defaultValue());
        assertEquals(new ColumnDefault.FunctionCall("UUID_V7"), t.column("u").defaultValue());
        assertEquals(new ColumnDefault.FunctionCall("ULID"), t.column("l").defaultValue());
        assertEquals(new ColumnDefault.Literal("x'y"), t.column("s").defaultValue());
        assertEquals(new ColumnDefault.Literal(42L), t.column("n").defaultValue());
        assertEquals(new ColumnDefault.Literal(1.5), t.column("f").defaultValue());
        assertEquals(new ColumnDefault.Literal(true), t.column("t").defaultValue());
        assertEquals(new ColumnDefault.Literal(null), t.column("z").defaultValue());
        // Upstream misfeatures: a negative number and unknown functions are stored as text.
        assertEquals(new ColumnDefault.Literal("-1"), t.column("m").defaultValue());
        assertEquals(new ColumnDefault.Literal("gen_random_uuid()"), t.column("g").defaultValue());
        assertEquals(new ColumnDefault.Literal("a"), t.column("k").defaultValue());
        assertFalse(t.column("k").nullable());
    }

    @Test
    void columnCommentsAreKept() {
        message("CREATE TABLE app.c (id INT PRIMARY KEY COMMENT 'the key', v TEXT)");
        assertEquals("the key", table("c").column("id").comment());
        assertNull(table("c").column("v").comment());
    }

    @Test
    void typeSpellingsMapToKalamTypes() {
        message("CREATE TABLE app.types (id INT PRIMARY KEY, b1 BOOLEAN, b2 BOOL, s1 SMALLINT, s2 INT2, i1 INTEGER, "
                + "i2 INT4, i3 MEDIUMINT, i4 SIGNED, l1 BIGINT, l2 INT8, l3 INT64, f1 FLOAT, f2 REAL, f3 FLOAT4, "
                + "f4 FLOAT(24), d1 DOUBLE, d2 DOUBLE PRECISION, d3 FLOAT8, d4 FLOAT64, m1 DECIMAL(10,2), m2 DECIMAL(5), "
                + "m3 DECIMAL, t1 TEXT, t2 VARCHAR(20), t3 CHAR(3), t4 CHARACTER VARYING(9), t5 NVARCHAR(4), t6 STRING, "
                + "t7 CLOB, t8 CITEXT, t9 INT[], y1 BYTES, y2 BINARY(4), y3 VARBINARY(8), y4 BLOB, y5 BYTEA, j1 JSON, "
                + "j2 JSONB, ts1 TIMESTAMP, ts2 TIMESTAMP(3), ts3 TIMESTAMPTZ, ts4 TIMESTAMP WITH TIME ZONE, dt DATETIME, "
                + "da DATE, ti TIME, uu UUID, em EMBEDDING(384), fi FILE)");
        TableDef t = table("types");
        Map<String, KalamType> expected = Map.ofEntries(Map.entry("b1", KalamType.BOOLEAN), Map.entry("b2", KalamType.BOOLEAN),
                Map.entry("s1", KalamType.SMALLINT), Map.entry("s2", KalamType.SMALLINT), Map.entry("i1", KalamType.INT),
                Map.entry("i2", KalamType.INT), Map.entry("i3", KalamType.INT), Map.entry("i4", KalamType.INT),
                Map.entry("l1", KalamType.BIGINT), Map.entry("l2", KalamType.BIGINT), Map.entry("l3", KalamType.BIGINT),
                Map.entry("f1", KalamType.FLOAT), Map.entry("f2", KalamType.FLOAT), Map.entry("f3", KalamType.FLOAT),
                Map.entry("f4", KalamType.FLOAT), Map.entry("d1", KalamType.DOUBLE), Map.entry("d2", KalamType.DOUBLE),
                Map.entry("d3", KalamType.DOUBLE), Map.entry("d4", KalamType.DOUBLE),
                Map.entry("m1", KalamType.decimal(10, 2)), Map.entry("m2", KalamType.decimal(5, 0)),
                Map.entry("m3", KalamType.decimal(38, 10)), Map.entry("t1", KalamType.TEXT), Map.entry("t2", KalamType.TEXT),
                Map.entry("t3", KalamType.TEXT), Map.entry("t4", KalamType.TEXT), Map.entry("t5", KalamType.TEXT),
                Map.entry("t6", KalamType.TEXT), Map.entry("t7", KalamType.TEXT), Map.entry("t8", KalamType.TEXT),
                Map.entry("t9", KalamType.TEXT), Map.entry("y1", KalamType.BYTES), Map.entry("y2", KalamType.BYTES),
                Map.entry("y3", KalamType.BYTES), Map.entry("y4", KalamType.BYTES), Map.entry("y5", KalamType.BYTES),
                Map.entry("j1", KalamType.JSON), Map.entry("j2", KalamType.JSON), Map.entry("ts1", KalamType.TIMESTAMP),
                Map.entry("ts2", KalamType.TIMESTAMP), Map.entry("ts3", KalamType.TIMESTAMP),
                Map.entry("ts4", KalamType.TIMESTAMP), Map.entry("dt", KalamType.DATETIME), Map.entry("da", KalamType.DATE),
                Map.entry("ti", KalamType.TIME), Map.entry("uu", KalamType.UUID), Map.entry("em", KalamType.embedding(384)),
                Map.entry("fi", KalamType.FILE));
        expected.forEach((column, type) -> assertEquals(type, t.column(column).type(), column));
    }

    @Test
    void rejectedTypesGiveTheRealTexts() {
        String p = "Invalid SQL: Invalid CREATE TABLE statement: ";
        assertError(p + "Unsupported Arrow type: Int8", "CREATE TABLE app.x (id INT PRIMARY KEY, v TINYINT)");
        assertError(p + "Unsupported data type: IntUnsigned(None)", "CREATE TABLE app.x (id INT PRIMARY KEY, v INT UNSIGNED)");
        assertError(p + "Unsupported data type: BigIntUnsigned(None)",
                "CREATE TABLE app.x (id INT PRIMARY KEY, v BIGINT UNSIGNED)");
        assertError(p + "Unsupported Arrow type: UInt32", "CREATE TABLE app.x (id INT PRIMARY KEY, v UNSIGNED)");
        assertError(p + "Unsupported Arrow type: Interval(MonthDayNano)", "CREATE TABLE app.x (id INT PRIMARY KEY, v INTERVAL)");
        assertError(p + "Unsupported data type: Numeric(PrecisionAndScale(10, 2))",
                "CREATE TABLE app.x (id INT PRIMARY KEY, v NUMERIC(10,2))");
        assertError(p + "Unsupported data type: Dec(None)", "CREATE TABLE app.x (id INT PRIMARY KEY, v DEC)");
        assertError(p + "Unsupported custom data type 'vector'", "CREATE TABLE app.x (id INT PRIMARY KEY, v VECTOR)");
        assertError(p + "DECIMAL precision must be between 1 and 38, got 40",
                "CREATE TABLE app.x (id INT PRIMARY KEY, v DECIMAL(40, 2))");
        assertError(p + "DECIMAL scale (6) cannot exceed precision (5)",
                "CREATE TABLE app.x (id INT PRIMARY KEY, v DECIMAL(5, 6))");
        assertError(p + "EMBEDDING dimension must be at most 8192 (found 9000)",
                "CREATE TABLE app.x (id INT PRIMARY KEY, v EMBEDDING(9000))");
        assertError(p + "EMBEDDING type requires exactly one dimension parameter, e.g., EMBEDDING(384)",
                "CREATE TABLE app.x (id INT PRIMARY KEY, v EMBEDDING)");
    }

    @Test
    void namesColumnsAndNamespacesAreValidated() {
        String p = "Invalid SQL: Invalid CREATE TABLE statement: ";
        assertError(p + "Duplicate column name 'Name'. Column names are case-insensitive.",
                "CREATE TABLE app.x (id INT PRIMARY KEY, name TEXT, Name TEXT)");
        assertError(p + "Invalid table name '\"my-t\"'. Only alphanumeric characters and underscores are allowed "
                + "(line 1, col 18).", "CREATE TABLE app.\"my-t\" (id INT PRIMARY KEY)");
        assertError(p + "Invalid column name 'a-b'. Only alphanumeric characters and underscores are allowed.",
                "CREATE TABLE app.x (id INT PRIMARY KEY, \"a-b\" TEXT)");
        assertError(p + "Invalid table name format. Expected 'table_name' or 'namespace.table_name'",
                "CREATE TABLE a.b.c (id INT PRIMARY KEY)");
        assertError("Invalid operation: Invalid column name '_seq': Column name '_seq' is reserved and cannot be used",
                "CREATE TABLE app.x (id INT PRIMARY KEY, _seq BIGINT)");
        assertError("Invalid operation: Invalid column name '_extra': Name cannot start with underscore "
                + "(reserved for system columns)", "CREATE TABLE app.x (id INT PRIMARY KEY, _extra BIGINT)");
        assertError("Invalid operation: Invalid column name 'select': Name 'select' is a reserved SQL keyword and "
                + "cannot be used", "CREATE TABLE app.x (id INT PRIMARY KEY, \"select\" TEXT)");
        assertError("Invalid operation: Name 'select' is a reserved SQL keyword and cannot be used",
                "CREATE TABLE app.select (id INT PRIMARY KEY)");
        assertError("Invalid operation: Namespace 'nope' does not exist. Create it first with CREATE NAMESPACE nope",
                "CREATE TABLE nope.x (id INT PRIMARY KEY)");
        assertError("Invalid operation: Cannot create system table 'system.x'. System tables are managed internally.",
                "CREATE TABLE system.x (id INT PRIMARY KEY)");
    }

    @Test
    void existingTableFailsUnlessIfNotExists() {
        message("CREATE TABLE app.t (id INT PRIMARY KEY)");
        assertError("Already exists: Table app.t already exists", "CREATE TABLE app.t (id INT PRIMARY KEY)");
        assertEquals("CREATE TABLE via Raft consensus: shared table app.t created successfully",
                message("CREATE TABLE IF NOT EXISTS app.t (id INT PRIMARY KEY, other TEXT)"));
        assertEquals(3, table("t").columns().size());
    }
}
