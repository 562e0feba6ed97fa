package org.kalamdb.jdbc.bench.data;

import java.util.List;

/**
 * A benchmark table: its name and the ids it holds ({@code firstId} up to, not including,
 * {@code firstId + rowCount}). The same definition is created on KalamDB (as a shared table in
 * namespace {@link #SCHEMA}) and on PostgreSQL (in schema {@link #SCHEMA}).
 */
public record BenchTable(String name, long firstId, int rowCount) {

    public static final String SCHEMA = "bench";

    /** The full scan, the point lookups and the memory benchmark (issue 6: 1M rows). */
    public static BenchTable scan(int rowCount) {
        return new BenchTable("scan_rows_" + rowCount, 0, rowCount);
    }

    /** The GROUP BY benchmark (issue 9: 100k rows). */
    public static BenchTable aggregate(int rowCount) {
        return new BenchTable("agg_rows_" + rowCount, 0, rowCount);
    }

    /** The two sides of the join (issue 9: 10k × 10k); they share half of their ids. */
    public static List<BenchTable> join(int rowCount) {
        return List.of(new BenchTable("join_a_" + rowCount, 0, rowCount),
                new BenchTable("join_b_" + rowCount, rowCount / 2, rowCount));
    }

    /** The table the batch-insert benchmark creates empty and fills with {@code rowCount} rows. */
    public static BenchTable insertTarget(int rowCount) {
        return new BenchTable("insert_rows", 0, rowCount);
    }

    public String qualifiedName() {
        return SCHEMA + "." + name;
    }

    public long lastId() {
        return firstId + rowCount - 1;
    }

    public List<BenchRow> rows() {
        return BenchData.rows(firstId, rowCount);
    }
}
