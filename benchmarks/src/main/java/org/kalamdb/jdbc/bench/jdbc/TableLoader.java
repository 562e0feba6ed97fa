package org.kalamdb.jdbc.bench.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

import org.kalamdb.jdbc.bench.data.BenchData;
import org.kalamdb.jdbc.bench.data.BenchTable;

/**
 * Puts a benchmark table on a target through its own JDBC driver: created and filled with
 * {@code executeBatch} unless it is already complete (the servers outside the JVM are loaded once
 * by run.sh; the in-process one in every forked JVM).
 */
public final class TableLoader {

    private static final Logger LOG = Logger.getLogger(TableLoader.class.getName());
    private static final int ROWS_PER_BATCH = 10_000;

    private TableLoader() {
    }

    public static void ensureLoaded(Connection conn, Target target, BenchTable table) throws SQLException {
        if (isComplete(conn, table)) {
            return;
        }
        long start = System.nanoTime();
        recreate(conn, target, table);
        insertRows(conn, table, table.firstId(), table.rowCount());
        LOG.info(() -> String.format("loaded %s on %s: %d rows in %.1f s", table.qualifiedName(), target,
                table.rowCount(), (System.nanoTime() - start) / 1e9));
    }

    /** Drops (if present) and creates the table, empty. */
    public static void recreate(Connection conn, Target target, BenchTable table) throws SQLException {
        try (Statement st = conn.createStatement()) {
            String schema = BenchSql.createSchema(target);
            if (schema != null) {
                st.execute(schema);
            }
            st.execute(BenchSql.dropTable(table));
            st.execute(BenchSql.createTable(target, table));
        }
    }

    /** Inserts rows {@code firstId ..} with executeBatch, {@value #ROWS_PER_BATCH} rows a batch. */
    public static void insertRows(Connection conn, BenchTable table, long firstId, int count) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(BenchSql.insert(table))) {
            int pending = 0;
            for (long id = firstId; id < firstId + count; id++) {
                RowBinder.bind(ps, BenchData.row(id));
                ps.addBatch();
                if (++pending == ROWS_PER_BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /** The table exists and holds its last row (rows are loaded in id order, in autocommit). */
    public static boolean isComplete(Connection conn, BenchTable table) throws SQLException {
        if (table.rowCount() == 0) {
            return false;
        }
        try (PreparedStatement ps = conn.prepareStatement(BenchSql.selectById(table))) {
            ps.setLong(1, table.lastId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState()) || "3F000".equals(e.getSQLState())) {
                return false;    // no such table / schema yet
            }
            throw e;
        }
    }
}
