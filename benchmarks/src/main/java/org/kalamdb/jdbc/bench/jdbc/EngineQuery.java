package org.kalamdb.jdbc.bench.jdbc;

import java.util.List;

import org.kalamdb.jdbc.bench.data.BenchData;
import org.kalamdb.jdbc.bench.data.BenchTable;

/** Issue 9's two engine queries and the tables each needs. */
public enum EngineQuery {

    /** GROUP BY over 100k rows: 1,000 groups, count, sum of a DECIMAL, average of a DOUBLE. */
    AGGREGATE,
    /** Inner join of two 10k-row tables on the primary key (5k matches). */
    JOIN;

    public List<BenchTable> tables(int aggregateRows, int joinRows) {
        return switch (this) {
            case AGGREGATE -> List.of(BenchTable.aggregate(aggregateRows));
            case JOIN -> BenchTable.join(joinRows);
        };
    }

    /** The number of rows a correct answer has: what the benchmarks check before trusting a time. */
    public long expectedRows(int aggregateRows, int joinRows) {
        return switch (this) {
            case AGGREGATE -> Math.min(aggregateRows, BenchData.NAME_GROUPS);
            case JOIN -> joinRows - joinRows / 2;
        };
    }

    public String sql(int aggregateRows, int joinRows) {
        List<BenchTable> t = tables(aggregateRows, joinRows);
        return switch (this) {
            case AGGREGATE -> BenchSql.aggregate(t.get(0));
            case JOIN -> BenchSql.join(t.get(0), t.get(1));
        };
    }
}
