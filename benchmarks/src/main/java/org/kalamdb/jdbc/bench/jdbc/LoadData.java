package org.kalamdb.jdbc.bench.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.kalamdb.jdbc.bench.data.BenchTable;

/**
 * Loads every benchmark table, at the sizes the benchmarks use by default, into the databases
 * that live outside the benchmark JVMs (run.sh: {@code LoadData PGJDBC KALAM_GRPC}), so that the
 * forked JVMs find them complete and measure instead of loading.
 */
public final class LoadData {

    /** The default @Param sizes of the benchmarks. */
    static final int SCAN_ROWS = 1_000_000;
    static final int AGGREGATE_ROWS = 100_000;
    static final int JOIN_ROWS = 10_000;

    private LoadData() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length == 0) {
            System.err.println("usage: LoadData <target>...   targets: PGJDBC KALAM_GRPC KALAM_MEM");
            System.exit(2);
        }
        for (String name : args) {
            Target target = Target.valueOf(name);
            try (Connection conn = target.connect()) {
                for (BenchTable table : tables()) {
                    TableLoader.ensureLoaded(conn, target, table);
                }
            }
            System.out.println("loaded " + target);
        }
    }

    static List<BenchTable> tables() {
        List<BenchTable> out = new ArrayList<>();
        out.add(BenchTable.scan(SCAN_ROWS));
        out.add(BenchTable.aggregate(AGGREGATE_ROWS));
        out.addAll(BenchTable.join(JOIN_ROWS));
        return out;
    }
}
