package org.kalamdb.jdbc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shell's command line: {@code [--url U] [--user N] [--password P] [-e SQL]... [-f FILE]
 * [--format table|csv|json]}. {@code -e} and {@code -f} make the run non-interactive.
 */
record ShellOptions(String url, String user, String password, List<String> commands, String file, String format,
                    boolean help) {

    static final String DEFAULT_URL = "jdbc:kalam:mem:default";

    ShellOptions {
        commands = List.copyOf(commands);
    }

    boolean interactive() {
        return commands.isEmpty() && file == null;
    }

    static ShellOptions parse(String[] args) {
        String url = DEFAULT_URL;
        String user = null;
        String password = null;
        List<String> commands = new ArrayList<>();
        String file = null;
        String format = "table";
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--url", "-u" -> url = value(args, ++i, a);
                case "--user", "-n" -> user = value(args, ++i, a);
                case "--password", "-p" -> password = value(args, ++i, a);
                case "-e", "--execute" -> commands.add(value(args, ++i, a));
                case "-f", "--file" -> file = value(args, ++i, a);
                case "--format" -> format = value(args, ++i, a).toLowerCase(Locale.ROOT);
                case "-h", "--help" -> help = true;
                default -> {
                    if (a.startsWith("--format=")) {
                        format = a.substring("--format=".length()).toLowerCase(Locale.ROOT);
                    } else if (a.startsWith("--url=")) {
                        url = a.substring("--url=".length());
                    } else {
                        throw new IllegalArgumentException("Unknown option '" + a + "'. " + usage());
                    }
                }
            }
        }
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new IllegalArgumentException("--format must be table, csv or json, got '" + format + "'");
        }
        return new ShellOptions(url, user, password, commands, file, format, help);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException("Option " + option + " needs a value. " + usage());
        }
        return args[i];
    }

    static String usage() {
        return "Usage: kalam-sql [--url jdbc:kalam:...] [--user NAME] [--password PW] [-e SQL]... [-f FILE] "
                + "[--format table|csv|json]\n       kalam-sql serve --port N [options]   (the standalone server; "
                + "kalam-sql serve --help)";
    }

    @Override
    public String toString() {
        return "ShellOptions[url=" + url + ", user=" + user + ", password=" + (password == null ? null : "***")
                + ", commands=" + commands.size() + ", file=" + file + ", format=" + format + "]";
    }
}
