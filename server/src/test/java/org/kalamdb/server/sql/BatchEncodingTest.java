package org.kalamdb.server.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ArrowIpcReader;
import org.kalamdb.jdbc.types.arrow.ArrowIpcWriter;
import org.kalamdb.jdbc.types.arrow.ArrowType;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.IpcStream;
import org.kalamdb.jdbc.types.arrow.RecordBatch;

/**
 * protocol.md 8 (ExecuteQuery result rendering): SqlOutcome kinds, one batch per result, no batch
 * for an empty SELECT, field metadata; values read back from the batch and through Arrow IPC.
 */
class BatchEncodingTest extends SqlTestSupport {

    @Test
    void outcomeKinds() {
        assertEquals(new SqlOutcome.Message("Namespace 'app' created successfully"), sql.execute("CREATE NAMESPACE app"));
        sql.execute("CREATE TABLE app.t (id BIGINT PRIMARY KEY, name TEXT)");
        assertEquals(new SqlOutcome.Affected(2), sql.execute("INSERT INTO app.t (id, name) VALUES (1, 'a'), (2, NULL)"));
        SqlOutcome.Rows rows = assertInstanceOf(SqlOutcome.Rows.class, sql.execute("SELECT * FROM app.t"));
        assertEquals(1, rows.batches().size());
        assertEquals(2, rows.rowCount());
        SqlOutcome.Rows empty = assertInstanceOf(SqlOutcome.Rows.class, sql.execute("SELECT * FROM app.t WHERE id > 5"));
        assertTrue(empty.batches().isEmpty(), "an empty SELECT sends no batch");
        assertEquals(4, empty.schema().fields().size());
        SqlOutcome.Rows describe = assertInstanceOf(SqlOutcome.Rows.class, sql.execute("SHOW TABLES"));
        assertEquals(1, describe.batches().size());
    }

    @Test
    void everyKalamTypeEncodesAndSurvivesIpc() {
        sql.execute("CREATE NAMESPACE app");
        sql.execute("CREATE TABLE app.all_types (id BIGINT PRIMARY KEY, s SMALLINT, i INT, f FLOAT, d DOUBLE, "
                + "m DECIMAL(8, 3), t TEXT, j JSON, y BYTES, ts TIMESTAMP, dt DATETIME, da DATE, ti TIME, u UUID, "
                + "e EMBEDDING(3), b BOOLEAN)");
        sql.execute("INSERT INTO app.all_types VALUES (7, 3, 40000, 1.5, 2.25, 12.345, 'txt', '{\"a\":1}', 'hi', "
                + "'2024-01-02 03:04:05.123456', '2024-01-02T03:04:05Z', '2024-01-02', '03:04:05', "
                + "'0190b6f2-7f3c-7c4e-8a5e-123456789abc', '[1, 2, 3]', true)");
        SqlOutcome.Rows rows = (SqlOutcome.Rows) sql.execute("SELECT * FROM app.all_types");
        RecordBatch batch = rows.batches().get(0);
        assertEquals("{\"Decimal\":{\"precision\":8,\"scale\":3}}",
                batch.schema().fields().get(5).metadata().get(KalamType.META_DATA_TYPE));
        assertEquals("\"Json\"", batch.schema().fields().get(7).metadata().get(KalamType.META_DATA_TYPE));
        assertEquals(new ArrowType.Timestamp(ArrowType.TimeUnit.MICROSECOND, "UTC"), batch.schema().fields().get(10).type());
        assertRow(batch);
        IpcStream stream = ArrowIpcReader.read(ArrowIpcWriter.write(rows.schema(), rows.batches()));
        assertEquals(1, stream.batches().size());
        assertRow(stream.batches().get(0));
        assertEquals("[\"pk\",\"nn\",\"uq\"]", stream.schema().fields().get(0).metadata().get(KalamType.META_COLUMN_FLAGS));
    }

    private static void assertRow(RecordBatch batch) {
        List<ColumnVector> c = batch.columns();
        assertEquals(7L, c.get(0).getLong(0));
        assertEquals(3L, c.get(1).getLong(0));
        assertEquals(40000L, c.get(2).getLong(0));
        assertEquals(1.5, c.get(3).getDouble(0));
        assertEquals(2.25, c.get(4).getDouble(0));
        assertEquals(new BigDecimal("12.345"), c.get(5).getDecimal(0));
        assertEquals("txt", c.get(6).getString(0));
        assertEquals("{\"a\":1}", c.get(7).getString(0));
        assertArrayEquals("hi".getBytes(java.nio.charset.StandardCharsets.UTF_8), c.get(8).getBytes(0));
        assertEquals(1_704_164_645_123_456L, c.get(9).getLong(0));
        assertEquals(1_704_164_645_000_000L, c.get(10).getLong(0));
        assertEquals(19_724L, c.get(11).getLong(0));
        assertEquals(11_045_000_000L, c.get(12).getLong(0));
        UUID u = UUID.fromString("0190b6f2-7f3c-7c4e-8a5e-123456789abc");
        assertArrayEquals(ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits())
                .array(), c.get(13).getBytes(0));
        ColumnVector e = c.get(14);
        assertEquals(3, e.listLength(0));
        assertEquals(2.0, e.child().getDouble(e.listStart(0) + 1));
        assertTrue(c.get(15).getBoolean(0));
        assertEquals(false, c.get(17).getBoolean(0));
    }
}
