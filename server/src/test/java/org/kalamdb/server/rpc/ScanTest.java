package org.kalamdb.server.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kalamdb.server.testing.PgHarness.scanOf;
import static org.kalamdb.server.testing.Tables.col;

import java.util.List;
import java.util.Map;

import io.grpc.Status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.server.ServerConfig;
import org.kalamdb.server.catalog.TableType;
import org.kalamdb.server.proto.DeleteRpcRequest;
import org.kalamdb.server.proto.ScanFilterExpression;
import org.kalamdb.server.testing.Decoded;
import org.kalamdb.server.testing.Failures;
import org.kalamdb.server.testing.ManualClock;
import org.kalamdb.server.testing.PgHarness;
import org.kalamdb.server.testing.Tables;

class ScanTest {

    private PgHarness pg;
    private String session;

    @BeforeEach
    void setUp() {
        pg = PgHarness.open();
        session = pg.openSession();
        Tables.create(pg.catalog(), "app", "items", TableType.SHARED, col("id", KalamType.BIGINT).pk(),
                col("name", KalamType.TEXT), col("qty", KalamType.INT), col("ok", KalamType.BOOLEAN));
        pg.insert(session, "app", "items", "shared", null,
                "{\"id\":{\"Int64\":\"1\"},\"name\":{\"Utf8\":\"apple\"},\"qty\":{\"Int32\":5},\"ok\":{\"Boolean\":true}}",
                "{\"id\":2,\"name\":\"pear\",\"qty\":7,\"ok\":false}",
                "{\"id\":3,\"name\":\"plum\",\"qty\":5,\"ok\":true}");
    }

    @AfterEach
    void tearDown() {
        pg.close();
    }

    private static ScanFilterExpression eq(String column, String value) {
        return ScanFilterExpression.newBuilder().setColumn(column).setOp("eq").setValue(value).build();
    }

    @Test
    @DisplayName("5.5: a full scan returns the user columns, then _seq and _deleted, with KalamDB field metadata")
    void fullScanColumns() {
        Decoded d = pg.scan(scanOf(session, "app", "items", "shared").build());
        assertEquals(List.of("id", "name", "qty", "ok", "_seq", "_deleted"), d.columnNames());
        assertEquals(List.of(1L, 2L, 3L), d.column("id"));
        assertEquals(List.of(false, false, false), d.column("_deleted"));
        Field id = d.schema().fields().get(0);
        assertEquals("\"BigInt\"", id.metadata().get("kalam_data_type"));
        assertEquals("[\"pk\",\"nn\",\"uq\"]", id.metadata().get("kalam_column_flags"));
        long seq1 = (Long) d.rows().get(0).get("_seq");
        long seq3 = (Long) d.rows().get(2).get("_seq");
        assertTrue(seq3 > seq1, "_seq grows with every version");
        assertEquals(1, d.entries());
    }

    @Test
    @DisplayName("5.1: projection by exact column name in the requested order; unknown name is INVALID_ARGUMENT")
    void projection() {
        Decoded d = pg.scan(scanOf(session, "app", "items", "shared").addColumns("name").addColumns("_seq")
                .addColumns("id").build());
        assertEquals(List.of("name", "_seq", "id"), d.columnNames());
        Failures.expect(Status.Code.INVALID_ARGUMENT, "column 'Name' not found in table 'app.items'",
                () -> pg.stub().scan(scanOf(session, "app", "items", "shared").addColumns("Name").build()));
    }

    @Test
    @DisplayName("5.1: on the filtered path an unknown projected or filter column is a DataFusion error (INTERNAL)")
    void unknownColumnOnFilteredPath() {
        var e = Failures.expect(Status.Code.INTERNAL, () -> pg.stub().scan(scanOf(session, "app", "items", "shared")
                .addColumns("nope").addFilters(eq("id", "1")).build()));
        assertTrue(e.getStatus().getDescription().startsWith("Schema error: No field named nope."));
        Failures.expect(Status.Code.INTERNAL, () -> pg.stub().scan(scanOf(session, "app", "items", "shared")
                .addFilters(eq("nope", "1")).build()));
    }

    @Test
    @DisplayName("5.1: eq filters are typed from the column; other ops are silently dropped")
    void eqFilters() {
        assertEquals(List.of(1L, 3L), pg.scan(scanOf(session, "app", "items", "shared").addFilters(eq("qty", "5"))
                .build()).column("id"));
        assertEquals(List.of(2L), pg.scan(scanOf(session, "app", "items", "shared").addFilters(eq("ok", "false"))
                .build()).column("id"));
        assertEquals(List.of(3L), pg.scan(scanOf(session, "app", "items", "shared").addFilters(eq("name", "plum"))
                .addFilters(eq("qty", "5")).build()).column("id"));
        ScanFilterExpression gt = ScanFilterExpression.newBuilder().setColumn("qty").setOp("gt").setValue("6").build();
        assertEquals(3, pg.scan(scanOf(session, "app", "items", "shared").addFilters(gt).build()).rows().size());
        ScanFilterExpression upperEq = ScanFilterExpression.newBuilder().setColumn("qty").setOp("EQ").setValue("7").build();
        assertEquals(3, pg.scan(scanOf(session, "app", "items", "shared").addFilters(upperEq).build()).rows().size());
        Failures.expect(Status.Code.INTERNAL, "Arrow error: Cast error: Cannot cast string 'x' to value of Int32 type",
                () -> pg.stub().scan(scanOf(session, "app", "items", "shared").addFilters(eq("qty", "x")).build()));
    }

    @Test
    @DisplayName("5.3: limit is honoured only on the filtered path (limit 0 = no rows)")
    void limitOnlyWithFilter() {
        assertEquals(3, pg.scan(scanOf(session, "app", "items", "shared").setLimit(1).build()).rows().size());
        assertEquals(1, pg.scan(scanOf(session, "app", "items", "shared").addFilters(eq("qty", "5")).setLimit(1)
                .build()).rows().size());
        Decoded none = pg.scan(scanOf(session, "app", "items", "shared").addFilters(eq("qty", "5")).setLimit(0).build());
        assertEquals(0, none.rows().size());
    }

    @Test
    @DisplayName("5.4: an empty result is one entry with the schema and zero rows")
    void emptyResult() {
        Decoded d = pg.scan(scanOf(session, "app", "items", "shared").addFilters(eq("id", "99")).build());
        assertEquals(1, d.entries());
        assertNotNull(d.schema());
        assertEquals(0, d.rows().size());
        assertEquals(6, d.schema().fields().size());
    }

    @Test
    @DisplayName("5.5: tombstones are hidden, and kept when a filter mentions _deleted")
    void tombstones() {
        pg.stub().delete(DeleteRpcRequest.newBuilder().setSessionId(session).setNamespace("app").setTableName("items")
                .setTableType("shared").setPkValue("2").build());
        assertEquals(List.of(1L, 3L), pg.scan(scanOf(session, "app", "items", "shared").build()).column("id"));
        Decoded deleted = pg.scan(scanOf(session, "app", "items", "shared").addFilters(eq("_deleted", "true")).build());
        assertEquals(List.of(2L), deleted.column("id"));
        assertEquals(List.of(true), deleted.column("_deleted"));
        assertEquals("pear", deleted.rows().get(0).get("name"), "the tombstone keeps every field");
    }

    @Test
    @DisplayName("5.1: an eq filter on the primary key finds exactly that row, with the other filters still applied")
    void eqFilterOnThePrimaryKey() {
        Decoded two = pg.scan(scanOf(session, "app", "items", "shared").addFilters(eq("id", "2")).build());
        assertEquals(List.of(2L), two.column("id"));
        assertEquals(List.of("pear"), two.column("name"));
        Decoded none = pg.scan(scanOf(session, "app", "items", "shared").addFilters(eq("id", "2"))
                .addFilters(eq("qty", "5")).build());
        assertEquals(List.of(), none.column("id"), "the key matches, the second filter does not");
        Decoded missing = pg.scan(scanOf(session, "app", "items", "shared").addFilters(eq("id", "99")).build());
        assertEquals(List.of(), missing.column("id"));

        pg.stub().delete(DeleteRpcRequest.newBuilder().setNamespace("app").setTableName("items")
                .setTableType("shared").setSessionId(session).setPkValue("2").build());
        assertEquals(List.of(), pg.scan(scanOf(session, "app", "items", "shared").addFilters(eq("id", "2")).build())
                .column("id"), "a deleted key is hidden");
        assertEquals(List.of(2L), pg.scan(scanOf(session, "app", "items", "shared").addFilters(eq("id", "2"))
                .addFilters(eq("_deleted", "true")).build()).column("id"), "its tombstone is kept when asked");
    }

    @Test
    @DisplayName("5.7: a table that is not registered is NOT_FOUND '<ns>.<table>'; names are case-insensitive")
    void notFoundAndCaseInsensitiveNames() {
        Failures.expect(Status.Code.NOT_FOUND, "app.nothing",
                () -> pg.stub().scan(scanOf(session, "app", "nothing", "shared").build()));
        assertEquals(3, pg.scan(scanOf(session, " APP ", "Items", "SHARED").build()).rows().size());
    }

    @Test
    @DisplayName("4.3: identity checks in order namespace, table_name, table_type")
    void identityValidation() {
        Failures.expect(Status.Code.INVALID_ARGUMENT, "namespace must not be empty",
                () -> pg.stub().scan(scanOf(session, " ", "", "bogus").build()));
        Failures.expect(Status.Code.INVALID_ARGUMENT, "table_name must not be empty",
                () -> pg.stub().scan(scanOf(session, "app", "  ", "bogus").build()));
        Failures.expect(Status.Code.INVALID_ARGUMENT, "invalid table_type: Invalid TableType: bogus",
                () -> pg.stub().scan(scanOf(session, "app", "items", "bogus").build()));
        Failures.expect(Status.Code.INVALID_ARGUMENT,
                () -> pg.stub().scan(scanOf(session, "app/..", "items", "shared").build()));
    }

    @Test
    @DisplayName("5.1: user tables are scoped to user_id; without one the subject is 'anonymous'")
    void userScoping() {
        Tables.create(pg.catalog(), "app", "notes", TableType.USER, col("id", KalamType.INT).pk(), col("body", KalamType.TEXT));
        pg.insert(session, "app", "notes", "user", "alice", "{\"id\":1,\"body\":\"a\"}");
        pg.insert(session, "app", "notes", "user", "bob", "{\"id\":1,\"body\":\"b\"}", "{\"id\":2,\"body\":\"b2\"}");
        pg.insert(session, "app", "notes", "user", "anonymous", "{\"id\":9,\"body\":\"anon\"}");
        assertEquals(List.of("a"), pg.scan(scanOf(session, "app", "notes", "user").setUserId("alice").build())
                .column("body"));
        assertEquals(2, pg.scan(scanOf(session, "app", "notes", "user").setUserId("bob").build()).rows().size());
        assertEquals(List.of("anon"), pg.scan(scanOf(session, "app", "notes", "user").build()).column("body"));
        assertEquals(List.of("anon"), pg.scan(scanOf(session, "app", "notes", "user").setUserId("  ").build())
                .column("body"), "a blank user_id counts as absent");
    }

    @Test
    @DisplayName("server.md 4: stream tables hide rows older than ttl_seconds, measured from the _seq timestamp")
    void streamTtl() {
        ManualClock clock = ManualClock.now();
        try (PgHarness s = PgHarness.start(ServerConfig.builder().idlePruneMs(0).clock(clock).build())) {
            String sid = s.openSession();
            Tables.register(s.catalog(), Tables.define("app", "events", TableType.STREAM, Map.of("ttl_seconds", "10"),
                    col("id", KalamType.BIGINT), col("kind", KalamType.TEXT)));
            s.insert(sid, "app", "events", "stream", "u1", "{\"id\":1,\"kind\":\"old\"}");
            clock.advance(6_000);
            s.insert(sid, "app", "events", "stream", "u1", "{\"id\":2,\"kind\":\"new\"}");
            assertEquals(2, s.scan(scanOf(sid, "app", "events", "stream").setUserId("u1").build()).rows().size());
            clock.advance(5_000);
            assertEquals(List.of("new"), s.scan(scanOf(sid, "app", "events", "stream").setUserId("u1").build())
                    .column("kind"));
        }
    }

    @Test
    @DisplayName("5.2: table_type picks the read role; role User reads only public shared tables, nobody dba-level ones")
    void sharedAccessLevels() {
        Failures.expect(Status.Code.INTERNAL, "Access denied: Role 'User' cannot access table 'app.items'. Shared "
                + "table access denied (access_level=private)",
                () -> pg.stub().scan(scanOf(session, "app", "items", "user").build()));
        Tables.register(pg.catalog(), Tables.define("app", "pub", TableType.SHARED, Map.of("access_level", "public"),
                col("id", KalamType.INT).pk()));
        assertEquals(0, pg.scan(scanOf(session, "app", "pub", "user").build()).rows().size());
        Tables.register(pg.catalog(), Tables.define("app", "admin", TableType.SHARED, Map.of("access_level", "dba"),
                col("id", KalamType.INT).pk()));
        Failures.expect(Status.Code.INTERNAL, () -> pg.stub().scan(scanOf(session, "app", "admin", "shared").build()));
    }
}
