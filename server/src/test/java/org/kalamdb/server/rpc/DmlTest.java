package org.kalamdb.server.rpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.server.testing.PgHarness.scanOf;
import static org.kalamdb.server.testing.Tables.col;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.grpc.Status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableType;
import org.kalamdb.server.proto.DeleteRpcRequest;
import org.kalamdb.server.proto.UpdateRpcRequest;
import org.kalamdb.server.testing.Failures;
import org.kalamdb.server.testing.PgHarness;
import org.kalamdb.server.testing.Tables;

class DmlTest {

    private PgHarness pg;
    private String session;

    @BeforeEach
    void setUp() {
        pg = PgHarness.open();
        session = pg.openSession();
        Tables.create(pg.catalog(), "app", "t", TableType.SHARED, col("id", KalamType.BIGINT).pk(),
                col("name", KalamType.TEXT), col("n", KalamType.INT).notNull(), col("price", KalamType.decimal(10, 2)),
                col("ts", KalamType.TIMESTAMP), col("doc", KalamType.JSON));
    }

    @AfterEach
    void tearDown() {
        pg.close();
    }

    private Map<String, Object> row(long id) {
        for (Map<String, Object> r : pg.scan(scanOf(session, "app", "t", "shared").build()).rows()) {
            if (r.get("id").equals(id)) {
                return r;
            }
        }
        return null;
    }

    private long update(String pk, String json) {
        return pg.stub().update(UpdateRpcRequest.newBuilder().setSessionId(session).setNamespace("app").setTableName("t")
                .setTableType("shared").setPkValue(pk).setUpdatesJson(json).build()).getAffectedRows();
    }

    private long delete(String pk) {
        return pg.stub().delete(DeleteRpcRequest.newBuilder().setSessionId(session).setNamespace("app").setTableName("t")
                .setTableType("shared").setPkValue(pk).build()).getAffectedRows();
    }

    @Test
    @DisplayName("6.2: typed dialect (Int64 as string, Decimal128 unscaled, TimestampMicrosecond)")
    void typedRow() {
        assertEquals(1, pg.insert(session, "app", "t", "shared", null, "{\"id\":{\"Int64\":\"7\"},\"n\":{\"Int32\":3},"
                + "\"price\":{\"Decimal128\":{\"value\":\"12345\",\"precision\":10,\"scale\":2}},"
                + "\"ts\":{\"TimestampMicrosecond\":{\"value\":1700000000000000,\"timezone\":null}},\"name\":\"Null\"}"));
        Map<String, Object> r = row(7);
        assertEquals(3L, r.get("n"));
        assertEquals(new BigDecimal("123.45"), r.get("price"));
        assertEquals(1_700_000_000_000_000L, r.get("ts"));
        assertNull(r.get("name"));
    }

    @Test
    @DisplayName("6.2: plain dialect (numbers, strings cast; objects stored as JSON text with sorted keys)")
    void plainRow() {
        pg.insert(session, "app", "t", "shared", null,
                "{\"id\":8,\"n\":\"42\",\"price\":1.5,\"ts\":\"2024-01-31T10:00:00Z\",\"doc\":{\"b\":1,\"a\":[true,null]}}");
        Map<String, Object> r = row(8);
        assertEquals(42L, r.get("n"));
        assertEquals(new BigDecimal("1.50"), r.get("price"));
        assertEquals(1_706_695_200_000_000L, r.get("ts"));
        assertEquals("{\"a\":[true,null],\"b\":1}", r.get("doc"));
        var doc = pg.scan(scanOf(session, "app", "t", "shared").addColumns("doc").build()).schema().fields().get(0);
        assertEquals("\"Json\"", doc.metadata().get("kalam_data_type"), "JSON is Utf8, told apart by field metadata");
        assertEquals("[]", doc.metadata().get("kalam_column_flags"));
    }

    @Test
    @DisplayName("6.2 traps: all-typed-looking plain rows read typed; one plain value makes the row plain")
    void dialectTraps() {
        pg.insert(session, "app", "t", "shared", null, "{\"id\":{\"Int64\":\"1\"},\"name\":\"Null\"}");
        assertNull(row(1).get("name"), "plain \"Null\" in an otherwise typed row is the typed NULL");
        pg.insert(session, "app", "t", "shared", null, "{\"id\":2,\"doc\":{\"Utf8\":\"x\"}}");
        assertEquals("{\"Utf8\":\"x\"}", row(2).get("doc"), "mixed row: the typed-looking value becomes JSON text");
        pg.insert(session, "app", "t", "shared", null, "{\"id\":{\"Int64\":\"3\"},\"doc\":{\"Utf8\":\"x\"}}");
        assertEquals("x", row(3).get("doc"), "an all-typed row is typed");
        pg.insert(session, "app", "t", "shared", null, "{\"name\":{\"Int64\":4}}");
        assertEquals("{\"Int64\":4}", row(0).get("name"),
                "Int64 as a JSON number fails the typed parse: the row is plain and the value its JSON text");
        pg.insert(session, "app", "t", "shared", null, "{\"id\":{\"Int64\":\"5\"},\"n\":{\"Int32\":1},"
                + "\"price\":{\"Decimal128\":{\"value\":\"1\",\"precision\":10,\"scale\":2}}}");
        pg.insert(session, "app", "t", "shared", null, "{\"id\":{\"Int64\":\"6\"},\"ts\":{\"Int64\":\"not a number\"}}");
        assertNull(row(6).get("ts"), "a typed Int64 with a bad string silently becomes NULL");
    }

    @Test
    @DisplayName("6.3: no DEFAULTs; missing NOT NULL columns get zero values; extra keys are ignored")
    void missingColumns() {
        pg.insert(session, "app", "t", "shared", null, "{\"id\":1,\"unknown_key\":\"ignored\"}");
        Map<String, Object> r = row(1);
        assertEquals(0L, r.get("n"));
        assertNull(r.get("name"));
        pg.insert(session, "app", "t", "shared", null, "{\"name\":\"no id\"}");
        assertEquals("no id", row(0).get("name"), "a missing BIGINT primary key becomes 0");
    }

    @Test
    @DisplayName("6.3: NOT NULL columns without a zero value fail; explicit NULL fails")
    void notNullViolations() {
        Tables.create(pg.catalog(), "app", "u", TableType.SHARED, col("id", KalamType.INT).pk(),
                col("amount", KalamType.decimal(5, 1)).notNull());
        var e = Failures.expect(Status.Code.INTERNAL,
                () -> pg.insert(session, "app", "u", "shared", null, "{\"id\":1}"));
        assertTrue(e.getStatus().getDescription().contains(
                "NOT NULL constraint violation: column 'amount' cannot be NULL (row 1)"), e.getStatus().getDescription());
        var explicit = Failures.expect(Status.Code.INTERNAL,
                () -> pg.insert(session, "app", "t", "shared", null, "{\"id\":1,\"n\":null}"));
        assertTrue(explicit.getStatus().getDescription().contains("column 'n' cannot be NULL"));
    }

    @Test
    @DisplayName("6.3: cast failures are 'Schema coercion failed: Unable to cast value ...'")
    void castErrors() {
        var e = Failures.expect(Status.Code.INTERNAL,
                () -> pg.insert(session, "app", "t", "shared", null, "{\"id\":1,\"n\":\"abc\"}"));
        assertEquals("Execution error: Failed to insert batch: Schema coercion failed: Unable to cast value Utf8 to "
                + "Int32 for column 'n': Arrow error: Cast error: Cannot cast string 'abc' to value of Int32 type",
                e.getStatus().getDescription());
        var overflow = Failures.expect(Status.Code.INTERNAL,
                () -> pg.insert(session, "app", "t", "shared", null, "{\"id\":1,\"n\":3000000000}"));
        assertTrue(overflow.getStatus().getDescription().contains("Unable to cast value Int64 to Int32 for column 'n'"));
    }

    @Test
    @DisplayName("6.3: primary-key uniqueness (already exists / appears multiple times); a deleted key may return")
    void primaryKeyUniqueness() {
        pg.insert(session, "app", "t", "shared", null, "{\"id\":1}");
        var dup = Failures.expect(Status.Code.INTERNAL,
                () -> pg.insert(session, "app", "t", "shared", null, "{\"id\":1}"));
        assertTrue(dup.getStatus().getDescription().endsWith(
                "Primary key violation: value '1' already exists in column 'id'"), dup.getStatus().getDescription());
        var batch = Failures.expect(Status.Code.INTERNAL,
                () -> pg.insert(session, "app", "t", "shared", null, "{\"id\":5}", "{\"id\":5}"));
        assertTrue(batch.getStatus().getDescription().endsWith(
                "Primary key violation: value '5' appears multiple times in the insert batch for column 'id'"));
        assertNull(row(5), "a failed batch writes nothing");
        assertEquals(1, delete("1"));
        assertEquals(1, pg.insert(session, "app", "t", "shared", null, "{\"id\":1,\"name\":\"again\"}"));
        assertEquals("again", row(1).get("name"));
    }

    @Test
    @DisplayName("6.3: primary keys are unique per user in user tables")
    void perUserUniqueness() {
        Tables.create(pg.catalog(), "app", "notes", TableType.USER, col("id", KalamType.INT).pk());
        assertEquals(1, pg.insert(session, "app", "notes", "user", "alice", "{\"id\":1}"));
        assertEquals(1, pg.insert(session, "app", "notes", "user", "bob", "{\"id\":1}"));
        Failures.expect(Status.Code.INTERNAL, () -> pg.insert(session, "app", "notes", "user", "alice", "{\"id\":1}"));
    }

    @Test
    @DisplayName("6.6: partial update, no-op = 0, missing row and deleted row are errors, typed array payload")
    void updates() {
        pg.insert(session, "app", "t", "shared", null, "{\"id\":1,\"name\":\"a\",\"n\":1}");
        long seqBefore = (Long) row(1).get("_seq");
        assertEquals(1, update("1", "{\"name\":\"b\"}"));
        Map<String, Object> r = row(1);
        assertEquals("b", r.get("name"));
        assertEquals(1L, r.get("n"), "columns not named keep their value");
        assertTrue((Long) r.get("_seq") > seqBefore, "an update writes a new version");
        assertEquals(0, update("1", "{\"name\":\"b\",\"n\":1}"), "no-op update");
        assertEquals(1, update("1", "[{\"name\":{\"Utf8\":\"c\"},\"id\":{\"Int64\":\"1\"}}, {\"name\":{\"Utf8\":\"x\"}}]"));
        assertEquals("c", row(1).get("name"), "a typed array: only the first row is used");
        var mixed = Failures.expect(Status.Code.INTERNAL,
                () -> update("1", "[{\"id\":{\"Int64\":\"1\"}}, {\"name\":\"plain\"}]"));
        assertTrue(mixed.getStatus().getDescription().contains("Cannot cast string '{\"Int64\":\"1\"}'"),
                "one plain element makes the whole array plain: the typed id becomes JSON text");
        assertEquals(1, update("1", "{\"name\":null,\"nope\":1}"));
        assertNull(row(1).get("name"));
        Failures.expect(Status.Code.INTERNAL, "Execution error: Failed to update row: Row with id=9 not found (checked "
                + "both hot and cold storage)", () -> update("9", "{\"name\":\"x\"}"));
        assertEquals(1, delete("1"));
        Failures.expect(Status.Code.INTERNAL, "Execution error: Failed to update row: Row with id=1 was deleted",
                () -> update("1", "{\"name\":\"x\"}"));
        Failures.expect(Status.Code.INTERNAL, "Execution error: Failed to update row: Failed to parse 'abc' as Int64: "
                + "invalid digit found in string", () -> update("abc", "{\"name\":\"x\"}"));
    }

    @Test
    @DisplayName("server.md 2.3: UPDATE cannot modify the primary key column")
    void primaryKeyIsImmutable() {
        pg.insert(session, "app", "t", "shared", null, "{\"id\":1}");
        Failures.expect(Status.Code.INTERNAL, "Execution error: Failed to update row: UPDATE cannot modify primary key "
                + "column 'id'", () -> update("1", "{\"id\":2}"));
    }

    @Test
    @DisplayName("6.7: delete reports 1 for a live row and 0 otherwise")
    void deletes() {
        pg.insert(session, "app", "t", "shared", null, "{\"id\":1}");
        assertEquals(1, delete("1"));
        assertEquals(0, delete("1"));
        assertEquals(0, delete("2"));
    }

    @Test
    @DisplayName("6.5: row JSON errors are INVALID_ARGUMENT; empty rows_json inserts nothing")
    void rowJsonErrors() {
        Failures.expect(Status.Code.INVALID_ARGUMENT, "invalid row JSON: expected object payload",
                () -> pg.insert(session, "app", "t", "shared", null, "[1,2]"));
        var e = Failures.expect(Status.Code.INVALID_ARGUMENT,
                () -> pg.insert(session, "app", "t", "shared", null, "{\"id\":"));
        assertTrue(e.getStatus().getDescription().startsWith("invalid row JSON: "));
        Failures.expect(Status.Code.INVALID_ARGUMENT, "invalid row JSON: expected object payload",
                () -> update("1", "[{\"name\":\"a\"}, 3]"));
        assertEquals(0, pg.insert(session, "app", "t", "shared", null));
    }

    @Test
    @DisplayName("6.1: user/stream DML needs user_id; system tables refuse DML; table_type must match the provider")
    void autocommitRules() {
        Tables.create(pg.catalog(), "app", "notes", TableType.USER, col("id", KalamType.INT).pk());
        Failures.expect(Status.Code.INVALID_ARGUMENT, "user_id required for user/stream table inserts",
                () -> pg.insert(session, "app", "notes", "user", null, "{\"id\":1}"));
        Failures.expect(Status.Code.INVALID_ARGUMENT, "user_id required for user/stream table updates",
                () -> pg.stub().update(UpdateRpcRequest.newBuilder().setSessionId(session).setNamespace("app")
                        .setTableName("notes").setTableType("user").setPkValue("1").setUpdatesJson("{}").build()));
        Failures.expect(Status.Code.INVALID_ARGUMENT, "user_id required for user/stream table deletes",
                () -> pg.stub().delete(DeleteRpcRequest.newBuilder().setSessionId(session).setNamespace("app")
                        .setTableName("notes").setTableType("stream").setPkValue("1").build()));
        Failures.expect(Status.Code.PERMISSION_DENIED, "cannot insert into system tables",
                () -> pg.insert(session, "system", "users", "system", null, "{\"id\":1}"));
        Failures.expect(Status.Code.INTERNAL, "Execution error: Provider type mismatch for shared table app:notes",
                () -> pg.insert(session, "app", "notes", "shared", "alice", "{\"id\":1}"));
        Failures.expect(Status.Code.INTERNAL, "Table provider not found: app:missing",
                () -> pg.insert(session, "app", "missing", "user", "alice", "{\"id\":1}"));
    }

    @Test
    @DisplayName("stream tables: no update by key, delete is a hard delete")
    void streamTables() {
        Tables.create(pg.catalog(), "app", "ev", TableType.STREAM, col("id", KalamType.BIGINT), col("v", KalamType.TEXT));
        pg.insert(session, "app", "ev", "stream", "u", "{\"id\":1,\"v\":\"a\"}", "{\"id\":1,\"v\":\"b\"}",
                "{\"id\":2,\"v\":\"c\"}");
        assertEquals(3, pg.scan(scanOf(session, "app", "ev", "stream").setUserId("u").build()).rows().size());
        Failures.expect(Status.Code.INTERNAL, () -> pg.stub().update(UpdateRpcRequest.newBuilder().setSessionId(session)
                .setNamespace("app").setTableName("ev").setTableType("stream").setUserId("u").setPkValue("1")
                .setUpdatesJson("{\"v\":\"z\"}").build()));
        long deleted = pg.stub().delete(DeleteRpcRequest.newBuilder().setSessionId(session).setNamespace("app")
                .setTableName("ev").setTableType("stream").setUserId("u").setPkValue("1").build()).getAffectedRows();
        assertEquals(1, deleted);
        assertEquals(List.of(), pg.scan(scanOf(session, "app", "ev", "stream").setUserId("u")
                .addFilters(org.kalamdb.server.proto.ScanFilterExpression.newBuilder().setColumn("_deleted").setOp("eq")
                        .setValue("true").build()).build()).rows(), "a hard delete leaves no tombstone");
        assertEquals(List.of("c"), pg.scan(scanOf(session, "app", "ev", "stream").setUserId("u").build()).column("v"));
    }

    @Test
    @DisplayName("row values are stored by column id: ALTER ADD / DROP / RENAME keep existing rows")
    void alterKeepsRows() {
        TableDef t = pg.catalog().table(new org.kalamdb.server.catalog.TableId("app", "t"));
        pg.insert(session, "app", "t", "shared", null, "{\"id\":1,\"name\":\"a\",\"n\":2}");
        List<ColumnDef> cols = new ArrayList<>();
        for (ColumnDef c : t.columns()) {
            if (c.name().equals("name")) {
                cols.add(new ColumnDef(c.columnId(), "label", c.type(), c.nullable(), c.primaryKey(), null, null, 0));
            } else if (!c.name().equals("price")) {
                cols.add(c);
            }
        }
        cols.add(new ColumnDef(100, "extra", KalamType.TEXT, true, false, null, null, 0));
        List<ColumnDef> renumbered = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            renumbered.add(cols.get(i).withOrdinal(i + 1));
        }
        pg.catalog().replaceTable(new TableDef(t.id(), t.type(), renumbered, t.options(), null, 2, t.createdAtMicros(),
                t.updatedAtMicros()));
        Map<String, Object> r = row(1);
        assertEquals("a", r.get("label"));
        assertEquals(2L, r.get("n"));
        assertNull(r.get("extra"));
        assertTrue(!r.containsKey("price") && !r.containsKey("name"));
        assertEquals(1, update("1", "{\"extra\":\"x\"}"));
        assertEquals("x", row(1).get("extra"));
        assertEquals("a", row(1).get("label"));
    }

    @Test
    @DisplayName("server.md 3: UUID, BYTES, DATE, TIME, DATETIME, EMBEDDING columns round-trip through typed Insert")
    void otherTypes() {
        Tables.create(pg.catalog(), "app", "types", TableType.SHARED, col("id", KalamType.UUID).pk(),
                col("b", KalamType.BYTES), col("d", KalamType.DATE), col("tm", KalamType.TIME),
                col("dt", KalamType.DATETIME), col("e", KalamType.embedding(3)), col("f", KalamType.DOUBLE));
        pg.insert(session, "app", "types", "shared", null, "{\"id\":{\"Utf8\":\"0190f5c4-9b1e-7c3a-8f00-000000000001\"},"
                + "\"b\":{\"Binary\":[1,2,255]},\"d\":{\"Utf8\":\"2024-01-31\"},\"tm\":{\"Time64Microsecond\":45296000000},"
                + "\"dt\":{\"TimestampMicrosecond\":{\"value\":5,\"timezone\":\"UTC\"}},\"e\":{\"Utf8\":\"[0.5,1,2]\"},"
                + "\"f\":{\"Float64\":2.5}}");
        Map<String, Object> r = pg.scan(scanOf(session, "app", "types", "shared").build()).rows().get(0);
        assertArrayEquals(new byte[] {1, 2, (byte) 255}, (byte[]) r.get("b"));
        assertEquals(19_753L, r.get("d"));
        assertEquals(45_296_000_000L, r.get("tm"));
        assertEquals(5L, r.get("dt"));
        assertArrayEquals(new float[] {0.5f, 1f, 2f}, (float[]) r.get("e"));
        assertEquals(2.5, r.get("f"));
        assertEquals(16, ((byte[]) r.get("id")).length);
        var mismatch = Failures.expect(Status.Code.INTERNAL, () -> pg.insert(session, "app", "types", "shared", null,
                "{\"id\":\"0190f5c4-9b1e-7c3a-8f00-000000000002\",\"e\":\"[1,2]\"}"));
        assertTrue(mismatch.getStatus().getDescription().endsWith(
                "Embedding dimension mismatch for column 'e': expected 3, got 2"));
        var badUuid = Failures.expect(Status.Code.INTERNAL, () -> pg.insert(session, "app", "types", "shared", null,
                "{\"id\":\"zz\"}"));
        assertTrue(badUuid.getStatus().getDescription().contains("Invalid UUID literal 'zz' for column 'id'"));
    }
}
