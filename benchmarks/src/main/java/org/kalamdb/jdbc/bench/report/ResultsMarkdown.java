package org.kalamdb.jdbc.bench.report;

import java.util.ArrayList;
import java.util.List;

import static org.kalamdb.jdbc.bench.report.Figures.GRPC;
import static org.kalamdb.jdbc.bench.report.Figures.MEM;
import static org.kalamdb.jdbc.bench.report.Figures.PG;

/**
 * The generated part of benchmarks/README.md: the goals with their verdicts, the side-by-side
 * table against pgjdbc and the tables of the codec, server, engine, memory and driver-overhead
 * benchmarks, plus the data of the plot.
 */
final class ResultsMarkdown {

    private static final double MEGA = 1e6;
    private static final double MIB = 1024.0 * 1024.0;

    private final Figures f;

    ResultsMarkdown(Figures figures) {
        this.f = figures;
    }

    // ---- ratios, every one "higher is better" except where a goal says otherwise ---------------

    private Cell scanSpeedup(String target) {
        return f.fullScanRate(target).ratioTo(f.fullScanRate(PG));
    }

    private Cell insertSpeedup(String target) {
        return f.batchInsertRate(target).ratioTo(f.batchInsertRate(PG));
    }

    /** kalam p50 / pgjdbc p50: the goal's own direction (≤ 1.5). */
    private Cell lookupP50Ratio(String target) {
        return f.lookupPercentile(target, "50.0").ratioTo(f.lookupPercentile(PG, "50.0"));
    }

    private static Cell timeSpeedup(Cell kalam, Cell pg) {
        return pg.ratioTo(kalam);
    }

    private Cell heapRatio(String target) {
        return f.peakHeapBytes(target).ratioTo(f.arrowPayloadBytes(target));
    }

    private Cell driverOwnTime() {
        return f.driverLookup().minus(f.wireLookup());
    }

    /** The driver's share of the in-process JDBC full scan: its time minus the server's serving time. */
    private Cell driverReadTime() {
        return f.fullScanMillis(MEM).minus(f.server("serveScan"));
    }

    List<ChartGroup> chart() {
        List<ChartGroup> out = new ArrayList<>();
        out.add(new ChartGroup("Full scan", scanSpeedup(MEM), scanSpeedup(GRPC)));
        out.add(new ChartGroup("Point lookup p50", timeSpeedup(f.lookupPercentile(MEM, "50.0"), f.lookupPercentile(PG, "50.0")),
                timeSpeedup(f.lookupPercentile(GRPC, "50.0"), f.lookupPercentile(PG, "50.0"))));
        out.add(new ChartGroup("Batch insert", insertSpeedup(MEM), insertSpeedup(GRPC)));
        out.add(new ChartGroup("GROUP BY", timeSpeedup(f.engineRepeated(MEM, "AGGREGATE"), f.engineRepeated(PG, "AGGREGATE")),
                timeSpeedup(f.engineRepeated(GRPC, "AGGREGATE"), f.engineRepeated(PG, "AGGREGATE"))));
        out.add(new ChartGroup("Join", timeSpeedup(f.engineRepeated(MEM, "JOIN"), f.engineRepeated(PG, "JOIN")),
                timeSpeedup(f.engineRepeated(GRPC, "JOIN"), f.engineRepeated(PG, "JOIN"))));
        out.add(new ChartGroup("Cold start", timeSpeedup(f.coldStart(MEM, "CATALOG_TABLE"), f.coldStart(PG, "CATALOG_TABLE")),
                timeSpeedup(f.coldStart(GRPC, "CATALOG_TABLE"), f.coldStart(PG, "CATALOG_TABLE"))));
        return out;
    }

    // ---- sections --------------------------------------------------------------------------------

    String goals() {
        List<Goal> goals = List.of(
                new Goal("Full scan: rows/s ≥ 2× pgjdbc", scanSpeedup(MEM), scanSpeedup(GRPC), 2.0, true, "×"),
                new Goal("Batch insert: rows/s ≥ pgjdbc", insertSpeedup(MEM), insertSpeedup(GRPC), 1.0, true, "×"),
                new Goal("Point lookup: p50 ≤ 1.5× pgjdbc's", lookupP50Ratio(MEM), lookupP50Ratio(GRPC), 1.5, false, "×"),
                new Goal("Peak heap while scanning ≤ 2× the Arrow payload", heapRatio(MEM), heapRatio(GRPC), 2.0, false, "×"),
                new Goal("Driver's own time per fast-path statement < 20 µs", driverOwnTime(), null, 20.0, false, " µs"),
                new Goal("Codec (issue 3): rows/s ≥ arrow-vector's", f.codecRate("kalamCodec").ratioTo(f.codecRate("arrowVector")),
                        null, 1.0, true, "×"),
                new Goal("Server (issue 7): serving a full Scan takes less time than the driver spends reading it "
                        + "(ratio < 1)", f.server("serveScan").ratioTo(driverReadTime()), null, 1.0, false, "×"));
        StringBuilder sb = new StringBuilder();
        sb.append("| Goal | In-process (`jdbc:kalam:mem:`) | Loopback gRPC (standalone server) | Met in-process | Met over gRPC |\n");
        sb.append("|---|---|---|---|---|\n");
        for (Goal g : goals) {
            sb.append("| ").append(g.text())
                    .append(" | ").append(Fmt.cell(g.inProcess(), 1, g.suffix()))
                    .append(" | ").append(g.grpc() == null ? "n/a" : Fmt.cell(g.grpc(), 1, g.suffix()))
                    .append(" | ").append(g.verdictInProcess())
                    .append(" | ").append(g.verdictGrpc()).append(" |\n");
        }
        sb.append("\nRatios are measured in the same run; their error bars combine the relative errors of both "
                + "figures. The server row (issue 7) divides the server's time to serve the full Scan by the "
                + "driver's own share of the in-process JDBC full scan (that scan's time minus the serving time); "
                + "the section on the server below also compares it with the bare codec.\n");
        return sb.toString();
    }

    String sideBySide() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Workload | KalamDB in-process (`jdbc:kalam:mem:`) | KalamDB over loopback gRPC | pgjdbc 42.7.14 on PostgreSQL "
                + "| In-process vs pgjdbc | gRPC vs pgjdbc |\n");
        sb.append("|---|---|---|---|---|---|\n");
        rateRow(sb, "Full scan, 1M rows × 6 columns, every cell read (rows/s)", f::fullScanRate);
        timeRow(sb, "Point lookup by PK, PreparedStatement: p50 (µs)", t -> f.lookupPercentile(t, "50.0"));
        timeRow(sb, "Point lookup by PK: p99 (µs)", t -> f.lookupPercentile(t, "99.0"));
        timeRow(sb, "Point lookup by PK: mean (µs)", f::lookupMean);
        rateRow(sb, "Batch insert, 100k rows, one executeBatch (rows/s)", f::batchInsertRate);
        timeRow(sb, "GROUP BY over 100k rows, repeated prepared (ms)", t -> f.engineRepeated(t, "AGGREGATE"));
        timeRow(sb, "Join 10k × 10k, repeated prepared (ms)", t -> f.engineRepeated(t, "JOIN"));
        timeRow(sb, "GROUP BY, first query in a fresh JVM (ms)", t -> f.engineFirst(t, "AGGREGATE"));
        timeRow(sb, "Join, first query in a fresh JVM (ms)", t -> f.engineFirst(t, "JOIN"));
        timeRow(sb, "Cold start: new JVM, getConnection → first row of a catalog table (ms)",
                t -> f.coldStart(t, "CATALOG_TABLE"));
        timeRow(sb, "Cold start: new JVM, getConnection → first row of `SELECT 1` (ms)", t -> f.coldStart(t, "SELECT_ONE"));
        sb.append("\nSpeed columns: how many times faster than pgjdbc (rates divided, or pgjdbc's time divided by "
                + "ours); above 1 the KalamDB driver leads. `—` marks a figure that could not be measured, with the "
                + "first line of the failure JMH logged.\n");
        return sb.toString();
    }

    private interface TargetFigure {
        Cell of(String target);
    }

    private static void rateRow(StringBuilder sb, String label, TargetFigure fig) {
        Cell mem = fig.of(MEM);
        Cell grpc = fig.of(GRPC);
        Cell pg = fig.of(PG);
        row(sb, label, Fmt.cell(mem, 1, ""), Fmt.cell(grpc, 1, ""), Fmt.cell(pg, 1, ""),
                Fmt.cell(mem.ratioTo(pg), 1, "×"), Fmt.cell(grpc.ratioTo(pg), 1, "×"));
    }

    private static void timeRow(StringBuilder sb, String label, TargetFigure fig) {
        Cell mem = fig.of(MEM);
        Cell grpc = fig.of(GRPC);
        Cell pg = fig.of(PG);
        row(sb, label, Fmt.cell(mem, 1, ""), Fmt.cell(grpc, 1, ""), Fmt.cell(pg, 1, ""),
                Fmt.cell(timeSpeedup(mem, pg), 1, "×"), Fmt.cell(timeSpeedup(grpc, pg), 1, "×"));
    }

    private static void row(StringBuilder sb, String... cells) {
        sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    String codec() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Decoder, same IPC bytes (").append(f.rowsOf("CodecScanBenchmark.kalamCodec"))
                .append(" rows × 6 columns, one stream per 65,536-row batch) | ms per full decode + read | M rows/s |\n");
        sb.append("|---|---|---|\n");
        row(sb, "kalam-jdbc heap codec + accessors", Fmt.cell(f.codec("kalamCodec"), 1, ""),
                Fmt.cell(f.codecRate("kalamCodec"), MEGA, ""));
        row(sb, "arrow-vector 19.0.0 ArrowStreamReader + getters", Fmt.cell(f.codec("arrowVector"), 1, ""),
                Fmt.cell(f.codecRate("arrowVector"), MEGA, ""));
        sb.append("\nRatio (ours ÷ arrow-vector, rows/s): ")
                .append(Fmt.cell(f.codecRate("kalamCodec").ratioTo(f.codecRate("arrowVector")), 1, "×")).append(".\n");
        return sb.toString();
    }

    String server() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Step of one full Scan of ").append(f.rowsOf("ServerScanBenchmark.serveScan"))
                .append(" rows × 6 columns | ms |\n|---|---|\n");
        row(sb, "Server: serve the Scan (store read, batches, IPC encoding, reply), in-process", Fmt.cell(f.server("serveScan"), 1, ""));
        row(sb, "Server: the same plus protobuf serialisation of the reply", Fmt.cell(f.server("serveScanSerialized"), 1, ""));
        row(sb, "Client: decode the reply's IPC streams and read every cell", Fmt.cell(f.server("clientReadsScan"), 1, ""));
        row(sb, "Driver: JDBC full scan in-process (server work included)", Fmt.cell(f.fullScanMillis(MEM), 1, ""));
        row(sb, "Driver: its own share of that scan (JDBC full scan − serving)", Fmt.cell(driverReadTime(), 1, ""));
        row(sb, "Driver: JDBC full scan over loopback gRPC", Fmt.cell(f.fullScanMillis(GRPC), 1, ""));
        sb.append("\nServing ÷ the driver's own share of the JDBC scan: ")
                .append(Fmt.cell(f.server("serveScan").ratioTo(driverReadTime()), 1, "×"))
                .append(". Serving ÷ the bare codec's decode-and-read of the same bytes: ")
                .append(Fmt.cell(f.server("serveScan").ratioTo(f.server("clientReadsScan")), 1, "×")).append(".\n");
        return sb.toString();
    }

    String memory() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Target | Peak live heap while scanning (MiB) | Arrow payload of the table (MiB) | Peak ÷ payload |\n");
        sb.append("|---|---|---|---|\n");
        for (String t : List.of(MEM, GRPC, PG)) {
            row(sb, label(t), Fmt.cell(f.peakHeapBytes(t), MIB, ""), Fmt.cell(f.arrowPayloadBytes(t), MIB, ""),
                    Fmt.cell(heapRatio(t), 1, "×"));
        }
        return sb.toString();
    }

    String overhead() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Primary-key lookup on a 16-row in-process table | µs per statement |\n|---|---|\n");
        row(sb, "Through JDBC (PreparedStatement, plan cached, 6 getters)", Fmt.cell(f.driverLookup(), 1, ""));
        row(sb, "The bare Scan RPC the driver sends for it", Fmt.cell(f.wireLookup(), 1, ""));
        row(sb, "**The driver's own time** (difference)", Fmt.cell(driverOwnTime(), 1, ""));
        return sb.toString();
    }

    private static String label(String target) {
        return switch (target) {
            case MEM -> "KalamDB in-process (server in the same heap)";
            case GRPC -> "KalamDB over loopback gRPC (driver only)";
            case PG -> "pgjdbc (default fetch: whole result in memory)";
            default -> target;
        };
    }
}
