package org.kalamdb.jdbc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.kalamdb.jdbc.sql.SqlSplitter;
import org.kalamdb.jdbc.sql.StatementText;

/**
 * Runs the statements of a non-interactive shell call ({@code -e} statements first, then the
 * {@code -f} file), printing each result, and stops at the first failure. sqlline's own script
 * mode prints a stack trace for every error and reports {@code -e} failures as success, so
 * scripts are run here; the interactive shell is sqlline.
 */
final class ScriptRunner {

    private final ShellOptions options;
    private final PrintStream out;
    private final PrintStream err;

    ScriptRunner(ShellOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** @return 0 when every statement succeeded, 1 on the first failure */
    int run() {
        List<String> statements;
        try {
            statements = statements();
        } catch (IOException e) {
            err.println("ERROR: cannot read " + options.file() + ": " + e.getMessage());
            return 1;
        }
        Properties info = new Properties();
        if (options.user() != null) {
            info.setProperty("user", options.user());
        }
        if (options.password() != null) {
            info.setProperty("password", options.password());
        }
        ResultPrinter printer = ResultPrinter.forFormat(options.format(), out);
        try (Connection connection = DriverManager.getConnection(options.url(), info);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    printer.print(statement, statement.execute(sql));
                } catch (SQLException e) {
                    err.println("ERROR " + e.getSQLState() + ": " + e.getMessage());
                    err.println("  in statement: " + abbreviate(sql));
                    return 1;
                }
            }
            return 0;
        } catch (SQLException e) {
            err.println("ERROR " + e.getSQLState() + ": " + e.getMessage());
            return 1;
        }
    }

    private List<String> statements() throws IOException {
        List<String> all = new ArrayList<>();
        for (String command : options.commands()) {
            addAll(all, command);
        }
        if (options.file() != null) {
            addAll(all, Files.readString(Path.of(options.file()), StandardCharsets.UTF_8));
        }
        return all;
    }

    private static void addAll(List<String> all, String text) {
        for (StatementText s : SqlSplitter.split(text)) {
            if (!s.text().isBlank()) {
                all.add(s.text());
            }
        }
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 197) + "...";
    }
}
