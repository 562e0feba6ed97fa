package org.kalamdb.jdbc.cli;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Prints every result of one executed statement in the shell's output format. */
abstract class ResultPrinter {

    protected final PrintStream out;

    ResultPrinter(PrintStream out) {
        this.out = out;
    }

    static ResultPrinter forFormat(String format, PrintStream out) {
        return switch (format) {
            case "csv" -> new CsvPrinter(out);
            case "json" -> new JsonPrinter(out);
            default -> new TablePrinter(out);
        };
    }

    /** Walks the statement's results as JDBC defines them (result sets and update counts). */
    final void print(Statement statement, boolean firstIsResultSet) throws SQLException {
        boolean isResultSet = firstIsResultSet;
        while (true) {
            if (isResultSet) {
                try (ResultSet rs = statement.getResultSet()) {
                    printRows(rs.getMetaData(), readRows(rs));
                }
            } else {
                long count = statement.getLargeUpdateCount();
                if (count == -1) {
                    return;
                }
                printUpdateCount(count);
            }
            isResultSet = statement.getMoreResults();
        }
    }

    abstract void printRows(ResultSetMetaData meta, List<String[]> rows) throws SQLException;

    abstract void printUpdateCount(long count);

    private static List<String[]> readRows(ResultSet rs) throws SQLException {
        int n = rs.getMetaData().getColumnCount();
        List<String[]> rows = new ArrayList<>();
        while (rs.next()) {
            String[] row = new String[n];
            for (int i = 0; i < n; i++) {
                row[i] = rs.getString(i + 1);
            }
            rows.add(row);
        }
        return rows;
    }

    static String[] labels(ResultSetMetaData meta) throws SQLException {
        String[] labels = new String[meta.getColumnCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = meta.getColumnLabel(i + 1);
        }
        return labels;
    }

    /** An aligned text table, as psql and sqlline print them. */
    static final class TablePrinter extends ResultPrinter {

        TablePrinter(PrintStream out) {
            super(out);
        }

        @Override
        void printRows(ResultSetMetaData meta, List<String[]> rows) throws SQLException {
            String[] labels = labels(meta);
            int[] width = new int[labels.length];
            for (int i = 0; i < labels.length; i++) {
                width[i] = labels[i].length();
                for (String[] row : rows) {
                    width[i] = Math.max(width[i], cell(row[i]).length());
                }
            }
            String rule = rule(width);
            out.println(rule);
            out.println(line(labels, width));
            out.println(rule);
            for (String[] row : rows) {
                out.println(line(row, width));
            }
            out.println(rule);
            out.println(rows.size() + (rows.size() == 1 ? " row" : " rows"));
        }

        @Override
        void printUpdateCount(long count) {
            out.println("OK (" + count + (count == 1 ? " row" : " rows") + " affected)");
        }

        private static String cell(String v) {
            return v == null ? "NULL" : v;
        }

        private static String rule(int[] width) {
            StringBuilder sb = new StringBuilder("+");
            for (int w : width) {
                sb.append("-".repeat(w + 2)).append('+');
            }
            return sb.toString();
        }

        private static String line(String[] values, int[] width) {
            StringBuilder sb = new StringBuilder("|");
            for (int i = 0; i < width.length; i++) {
                String v = cell(values[i]);
                sb.append(' ').append(v).append(" ".repeat(width[i] - v.length())).append(" |");
            }
            return sb.toString();
        }
    }

    /** RFC 4180 CSV with a header row; NULL is an empty field. */
    static final class CsvPrinter extends ResultPrinter {

        CsvPrinter(PrintStream out) {
            super(out);
        }

        @Override
        void printRows(ResultSetMetaData meta, List<String[]> rows) throws SQLException {
            out.println(csvLine(labels(meta)));
            for (String[] row : rows) {
                out.println(csvLine(row));
            }
        }

        @Override
        void printUpdateCount(long count) {
            // CSV output carries rows only.
        }

        private static String csvLine(String[] values) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                String v = values[i];
                if (v == null) {
                    continue;
                }
                if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                    sb.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    sb.append(v);
                }
            }
            return sb.toString();
        }
    }

    /** One JSON array of row objects per result set; update counts as {"updateCount": n}. */
    static final class JsonPrinter extends ResultPrinter {

        JsonPrinter(PrintStream out) {
            super(out);
        }

        @Override
        void printRows(ResultSetMetaData meta, List<String[]> rows) throws SQLException {
            String[] labels = labels(meta);
            StringBuilder sb = new StringBuilder("[");
            for (int r = 0; r < rows.size(); r++) {
                sb.append(r == 0 ? "" : ",").append('{');
                for (int i = 0; i < labels.length; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    quote(sb, labels[i]).append(':');
                    String v = rows.get(r)[i];
                    if (v == null) {
                        sb.append("null");
                    } else {
                        quote(sb, v);
                    }
                }
                sb.append('}');
            }
            out.println(sb.append(']'));
        }

        @Override
        void printUpdateCount(long count) {
            out.println("{\"updateCount\":" + count + "}");
        }

        private static StringBuilder quote(StringBuilder sb, String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            return sb.append('"');
        }
    }
}
