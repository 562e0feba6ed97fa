package org.kalamdb.jdbc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.kalamdb.server.ServerMain;

import sqlline.SqlLine;

/**
 * kalam-sql: the project's shell. {@code kalam-sql serve ...} runs the standalone server;
 * otherwise it is a SQL shell on the KalamDB driver: sqlline, interactive, by default on
 * {@code jdbc:kalam:mem:default}; or, with {@code -e} statements and/or a {@code -f} script, a
 * {@link ScriptRunner} that prints each result and exits non-zero on the first failed statement.
 */
public final class KalamSql {

    private KalamSql() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("serve")) {
            ServerMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int status = run(args, System.in);
        System.out.flush();
        System.exit(status);
    }

    /** Runs the shell and returns the process exit status (0 = every statement succeeded). */
    static int run(String[] args, InputStream in) throws IOException {
        ShellOptions options;
        try {
            options = ShellOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (options.help()) {
            System.out.println(ShellOptions.usage());
            return 0;
        }
        if (!options.interactive()) {
            return new ScriptRunner(options, System.out, System.err).run();
        }
        SqlLine.Status status = SqlLine.start(sqllineArgs(options), in, true);
        return status == SqlLine.Status.OK ? 0 : 1;
    }

    /** Translates our options into sqlline's. */
    static String[] sqllineArgs(ShellOptions o) {
        List<String> a = new ArrayList<>();
        a.add("-d");
        a.add("org.kalamdb.jdbc.KalamDriver");
        a.add("-u");
        a.add(o.url());
        // Always pass -n/-p: sqlline would otherwise prompt for credentials the URL may not need.
        a.add("-n");
        a.add(o.user() == null ? "" : o.user());
        a.add("-p");
        a.add(o.password() == null ? "" : o.password());
        a.add("--outputformat=" + o.format());
        a.add("--fastConnect=true");
        a.add("--isolation=TRANSACTION_REPEATABLE_READ");
        a.add("--maxWidth=160");
        return a.toArray(new String[0]);
    }
}
