package org.kalamdb.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.kalamdb.jdbc.result.ColumnViews;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.RecordBatchBuilder;
import org.kalamdb.jdbc.types.arrow.Schema;

/** In-memory rows become the same forward-only result set a query returns. */
class ResultSetsTest {

    private static final List<Field> FIELDS = List.of(
            KalamType.BIGINT.toArrowField("id", false, true),
            KalamType.TEXT.toArrowField("name", true, false),
            KalamType.decimal(8, 2).toArrowField("price", true, false),
            KalamType.DATE.toArrowField("day", true, false));

    @Test
    void rowsReadBackThroughTheAccessors() throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {1L, "one", new BigDecimal("1.50"), LocalDate.of(2024, 1, 2)});
        rows.add(new Object[] {2L, null, null, null});
        try (KalamResultSet rs = ResultSets.of(FIELDS, rows)) {
            ResultSetMetaData md = rs.getMetaData();
            assertEquals(4, md.getColumnCount());
            assertEquals(Types.BIGINT, md.getColumnType(1));
            assertEquals(ResultSetMetaData.columnNoNulls, md.isNullable(1));
            assertEquals("DECIMAL(8, 2)", md.getColumnTypeName(3));
            assertNull(rs.getStatement());
            assertTrue(rs.next());
            assertEquals(1, rs.getInt("ID"));
            assertEquals("one", rs.getString(2));
            assertEquals(new BigDecimal("1.50"), rs.getBigDecimal("price"));
            assertEquals(LocalDate.of(2024, 1, 2), rs.getObject(4, LocalDate.class));
            assertEquals("2024-01-02", rs.getString(4));
            assertTrue(rs.next());
            assertNull(rs.getString("name"));
            assertTrue(rs.wasNull());
            assertEquals(0.0, rs.getDouble("price"));
            assertTrue(rs.wasNull());
            assertFalse(rs.next());
            assertEquals("24000", assertThrows(SQLException.class, () -> rs.getString(1)).getSQLState());
        }
    }

    @Test
    void conversionFailuresCarryTheirSqlState() throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {Long.MAX_VALUE, "x", null, null});
        try (KalamResultSet rs = ResultSets.of(FIELDS, rows)) {
            assertTrue(rs.next());
            assertEquals("22003", assertThrows(SQLException.class, () -> rs.getInt(1)).getSQLState());
            assertEquals("22023", assertThrows(SQLException.class, () -> rs.getString(9)).getSQLState());
        }
    }

    @Test
    void viewsSelectRowsAndRepeatConstants() throws SQLException {
        Schema schema = new Schema(List.of(KalamType.BIGINT.toArrowField("n", false, false)));
        RecordBatchBuilder b = new RecordBatchBuilder(schema);
        for (long i = 0; i < 5; i++) {
            b.appendRow(i * 10);
        }
        RecordBatch batch = b.build();
        Field n = KalamType.BIGINT.toArrowField("n", false, false);
        Field who = KalamType.TEXT.toArrowField("_userid", false, false);
        ColumnVector picked = ColumnViews.selected(batch.column(0), n, new int[] {4, 1});
        ColumnVector tenant = ColumnViews.constant(who, "alice", 2);
        RecordBatch view = new RecordBatch(new Schema(List.of(n, who)), 2, List.of(picked, tenant));
        try (KalamResultSet rs = new KalamResultSet(List.of(n, who), List.of(view), null)) {
            assertTrue(rs.next());
            assertEquals(40, rs.getLong(1));
            assertEquals("alice", rs.getString(2));
            assertTrue(rs.next());
            assertEquals(10, rs.getLong(1));
            assertEquals("alice", rs.getString("_userid"));
            assertFalse(rs.next());
        }
    }
}
