package org.kalamdb.jdbc.bench.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.kalamdb.jdbc.bench.data.BenchData;
import org.kalamdb.jdbc.bench.data.BenchRow;
import org.openjdk.jmh.infra.Blackhole;

/** Binds and reads benchmark rows through the typed JDBC setters and getters, the same on every side. */
public final class RowBinder {

    private RowBinder() {
    }

    /** Binds a row to the parameters of {@link BenchSql#insert}. */
    public static void bind(PreparedStatement ps, BenchRow row) throws SQLException {
        ps.setLong(1, row.id());
        ps.setString(2, row.name());
        ps.setDouble(3, row.score());
        ps.setTimestamp(4, BenchData.timestamp(row));
        ps.setBoolean(5, row.active());
        ps.setBigDecimal(6, row.amount());
    }

    /** Reads every cell of the current row of a {@link BenchSql#COLUMNS} result (bh null: values dropped). */
    public static void readRow(ResultSet rs, Blackhole bh) throws SQLException {
        long id = rs.getLong(1);
        String name = rs.getString(2);
        double score = rs.getDouble(3);
        Object created = rs.getTimestamp(4);
        boolean active = rs.getBoolean(5);
        Object amount = rs.getBigDecimal(6);
        if (bh != null) {
            bh.consume(id);
            bh.consume(name);
            bh.consume(score);
            bh.consume(created);
            bh.consume(active);
            bh.consume(amount);
        }
    }

    /** Reads every remaining row; @return how many. */
    public static long readAll(ResultSet rs, Blackhole bh) throws SQLException {
        long n = 0;
        while (rs.next()) {
            readRow(rs, bh);
            n++;
        }
        return n;
    }

    /** Reads every cell of every row of any result with getObject (the engine queries; bh null: dropped). */
    public static long readAllObjects(ResultSet rs, Blackhole bh) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        long n = 0;
        while (rs.next()) {
            for (int c = 1; c <= columns; c++) {
                Object value = rs.getObject(c);
                if (bh != null) {
                    bh.consume(value);
                }
            }
            n++;
        }
        return n;
    }
}
