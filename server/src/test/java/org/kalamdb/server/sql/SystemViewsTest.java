package org.kalamdb.server.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.server.store.DataAccess;

/**
 * server.md 5 (system tables) and protocol.md 4.6/4.7: exact column layouts of system.tables,
 * columns, schemas, namespaces, users, sessions, transactions, datatypes; SHOW TABLES; DESCRIBE TABLE.
 */
class SystemViewsTest extends SqlTestSupport {

    @BeforeEach
    void schema() {
        message("CREATE NAMESPACE app");
        message("CREATE TABLE app.items (id BIGINT PRIMARY KEY DEFAULT SNOWFLAKE_ID(), name TEXT NOT NULL DEFAULT 'x', "
                + "price DECIMAL(10, 2), flag BOOLEAN DEFAULT FALSE)");
        message("CREATE STREAM TABLE app.events (v TEXT) WITH (TTL_SECONDS = 60)");
    }

    @Test
    void systemTablesLayoutAndRows() {
        ResultTable t = query("SELECT * FROM system.tables");
        assertEquals(List.of("namespace_id", "table_name", "table_type", "storage_id", "version", "options", "comment",
                "updated_at", "created_at"), names(t));
        assertEquals(ArrowType.TIMESTAMP_MICROS, t.fields().get(7).type());
        assertEquals(List.of("app", "app", "system", "system", "system"), t.column("namespace_id"));
        assertEquals(List.of("events", "items", "namespaces", "schemas", "users"), t.column("table_name"));
        assertEquals(List.of("stream", "shared", "system", "system", "system"), t.column("table_type"));
        assertEquals(Arrays.asList(null, "local", null, null, null), t.column("storage_id"));
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L), t.column("version"));
        assertEquals("{\"table_type\":\"STREAM\",\"ttl_seconds\":60,\"eviction_strategy\":\"time_based\","
                + "\"max_stream_size_bytes\":0,\"compression\":\"snappy\"}", t.column("options").get(0));
        assertEquals("{\"table_type\":\"SHARED\",\"storage_id\":\"local\",\"access_level\":\"Private\","
                + "\"flush_policy\":null,\"compression\":\"snappy\"}", t.column("options").get(1));
        assertEquals("{\"table_type\":\"SYSTEM\",\"read_only\":true,\"enable_cache\":true,\"cache_ttl_seconds\":300,"
                + "\"localhost_only\":false}", t.column("options").get(2));
    }

    @Test
    void systemColumnsLayoutAndDefaults() {
        ResultTable t = query("SELECT * FROM system.columns WHERE table_name = 'items'");
        assertEquals(List.of("namespace_id", "table_name", "version", "column_id", "column_name", "comment", "data_type",
                "default_value", "ordinal", "nullable", "primary_key", "primary_key_pos"), names(t));
        assertEquals(List.of("id", "name", "price", "flag", "_seq", "_deleted"), t.column("column_name"));
        assertEquals(List.of("BIGINT", "TEXT", "DECIMAL(10, 2)", "BOOLEAN", "BIGINT", "BOOLEAN"), t.column("data_type"));
        assertEquals(Arrays.asList("SNOWFLAKE_ID()", "String(\"x\")", null, "Bool(false)", null, "Bool(false)"),
                t.column("default_value"));
        assertEquals(Arrays.asList(1L, null, null, null, null, null), t.column("primary_key_pos"));
        assertEquals(List.of(false, false, true, true, false, false), t.column("nullable"));
        assertEquals("Version ID (MVCC) with embedded timestamp", t.column("comment").get(4));
        assertEquals(ArrowType.BOOL, t.fields().get(9).type());
    }

    @Test
    void systemSchemasHasEveryVersionAndSerdeJson() {
        message("ALTER TABLE app.items ADD COLUMN extra INT");
        ResultTable t = query("SELECT * FROM system.schemas WHERE namespace_id = 'app'");
        assertEquals(List.of("table_id", "table_name", "namespace_id", "table_type", "created_at", "schema_version",
                "columns", "table_comment", "updated_at", "options", "access_level", "is_latest", "storage_id",
                "use_user_storage"), names(t));
        assertEquals(List.of("app:events", "app:items", "app:items"), t.column("table_id"));
        assertEquals(List.of(1, 1, 2), t.column("schema_version"));
        assertEquals(List.of(true, false, true), t.column("is_latest"));
        assertEquals(Arrays.asList(null, "private", "private"), t.column("access_level"));
        assertEquals(List.of("local", "local", "local"), t.column("storage_id"));
        String columns = (String) t.column("columns").get(1);
        assertTrue(columns.startsWith("[{\"column_id\":1,\"column_name\":\"id\",\"column_comment\":null,"
                + "\"data_type\":\"BigInt\",\"default_value\":{\"FunctionCall\":{\"name\":\"SNOWFLAKE_ID\",\"args\":[]}},"
                + "\"ordinal_position\":1,\"is_nullable\":false,\"is_primary_key\":true,\"is_partition_key\":false}"), columns);
        assertTrue(columns.contains("\"data_type\":{\"Decimal\":{\"precision\":10,\"scale\":2}},\"default_value\":\"None\""),
                columns);
        assertTrue(columns.contains("\"default_value\":{\"Literal\":false}"), columns);
        assertEquals("\"Json\"", t.fields().get(6).metadata().get(KalamType.META_DATA_TYPE));
    }

    @Test
    void showTablesIsTheRawSchemasBatch() {
        ResultTable t = query("SHOW TABLES");
        assertEquals(14, t.fields().size());
        assertTrue(t.column("table_id").containsAll(List.of("app:items", "app:events", "system:users")));
        // Upstream builds an 8-column batch for the 14-field schema and fails.
        assertError("Arrow error: Invalid argument error: number of columns(8) must match number of fields(14) in schema",
                "SHOW TABLES IN app");
    }

    @Test
    void describeTableLayout() {
        ResultTable t = query("DESCRIBE TABLE app.items");
        assertTrue(t.batchWhenEmpty());
        assertEquals(List.of("column_name", "ordinal_position", "column_id", "data_type", "is_nullable", "is_primary_key",
                "column_default", "column_comment", "schema_version"), names(t));
        assertEquals(ArrowType.INT32, t.fields().get(1).type());
        assertEquals(Arrays.asList("id", 1, 1L, "BIGINT", false, true, "SNOWFLAKE_ID()", null, 1), rows(t).get(0));
        assertEquals(Arrays.asList("name", 2, 2L, "TEXT", false, false, "'x'", null, 1), rows(t).get(1));
        assertEquals(Arrays.asList("_deleted", 6, 6L, "BOOLEAN", false, false, "FALSE", "Soft delete flag", 1), rows(t).get(5));
        assertEquals(6, query("DESC TABLE app.items HISTORY;").rows().size());
        assertEquals(15, query("DESCRIBE TABLE system.users").rows().size());
        assertError("Not found: Table 'items' not found in namespace 'default'", "DESCRIBE TABLE items");
        assertError("Invalid SQL: Invalid table reference 'a.b.c'. Expected 'table' or 'namespace.table'",
                "DESCRIBE TABLE a.b.c");
    }

    @Test
    void usersLayout() {
        ResultTable t = query("SELECT * FROM system.users");
        assertEquals(List.of("user_id", "password_hash", "role", "email", "auth_type", "auth_data", "storage_mode",
                "storage_id", "failed_login_attempts", "locked_until", "last_login_at", "created_at", "updated_at",
                "last_seen", "deleted_at"), names(t));
        assertTrue(t.rows().isEmpty());
        assertEquals("[\"pk\",\"nn\",\"uq\"]", t.fields().get(0).metadata().get(KalamType.META_COLUMN_FLAGS));
    }

    @Test
    void sessionsAndTransactionsComeFromTheStore() {
        data.addSession(new DataAccess.SessionView("pg-42-ab", 42L, "public", "idle in transaction", "tx-1", "active",
                true, "127.0.0.1:5000", "grpc", 1_000_000L, 2_000_000L, "Scan"));
        data.addTransaction(new DataAccess.TransactionView("tx-1", "pg-42-ab", "PgRpc", "open_write", 12, 3, 2, 100, 1, 77));
        ResultTable s = query("SELECT * FROM system.sessions");
        assertEquals(List.of("session_id", "backend_pid", "current_schema", "state", "transaction_id", "transaction_state",
                "transaction_has_writes", "client_addr", "transport", "opened_at", "last_seen_at", "last_method"), names(s));
        assertEquals(Arrays.asList("pg-42-ab", 42L, "public", "idle in transaction", "tx-1", "active", true,
                "127.0.0.1:5000", "grpc", 1_000_000L, 2_000_000L, "Scan"), rows(s).get(0));
        assertFalse(s.fields().get(0).nullable());
        assertTrue(s.fields().get(1).nullable());
        ResultTable t = query("SELECT * FROM system.transactions");
        assertEquals(List.of("transaction_id", "owner_id", "origin", "state", "age_ms", "idle_ms", "write_count",
                "write_bytes", "touched_tables_count", "snapshot_commit_seq"), names(t));
        assertEquals(Arrays.asList("tx-1", "pg-42-ab", "PgRpc", "open_write", 12L, 3L, 2L, 100L, 1L, 77L), rows(t).get(0));
        assertTrue(t.fields().stream().noneMatch(f -> f.nullable()));
    }

    @Test
    void datatypesAndMissingViews() {
        ResultTable t = query("SELECT sql_name FROM system.datatypes WHERE kalam_type = 'Uuid'");
        assertEquals(List.of("UUID"), t.column("sql_name"));
        assertError("Table not found: Error during planning: table 'kalam.system.nope' not found",
                "SELECT * FROM system.nope");
        assertError("Invalid operation: Cannot insert system table 'system.users'",
                "INSERT INTO system.users (user_id) VALUES ('x')");
        assertError("Invalid operation: Cannot update system table 'system.users'",
                "UPDATE system.users SET email = 'x' WHERE user_id = 'y'");
        assertError("Invalid operation: Cannot delete system table 'system.users'", "DELETE FROM system.users WHERE 1 = 1");
        assertNull(catalog.user("x"));
    }
}
