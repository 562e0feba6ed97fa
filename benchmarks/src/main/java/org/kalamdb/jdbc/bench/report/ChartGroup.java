package org.kalamdb.jdbc.bench.report;

/** One workload of the plot: the speed of each KalamDB side relative to pgjdbc (pgjdbc = 1, higher is faster). */
record ChartGroup(String label, Cell inProcess, Cell grpc) {
}
