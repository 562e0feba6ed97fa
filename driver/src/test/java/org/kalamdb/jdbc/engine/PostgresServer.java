package org.kalamdb.jdbc.engine;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL for the differential tests: the Debian package's binaries (installed with
 * apt-get when missing and we are root), a fresh cluster in a temporary directory owned by an
 * unprivileged user (PostgreSQL refuses to run as root), started on a free loopback port and
 * removed on {@link #close()}.
 */
final class PostgresServer implements AutoCloseable {

    private static final Path DEBIAN_LIB = Path.of("/usr/lib/postgresql");
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(8);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path dir;
    private final Process process;
    private final int port;

    private PostgresServer(Path dir, Process process, int port) {
        this.dir = dir;
        this.process = process;
        this.port = port;
    }

    /** Why the last {@link #start()} returned empty. */
    private static String unavailableReason = "";

    static String unavailableReason() {
        return unavailableReason;
    }

    /** Starts a server, or returns empty (see {@link #unavailableReason()}) when none can be had. */
    static Optional<PostgresServer> start() {
        try {
            Optional<Path> bin = binaries();
            if (bin.isEmpty()) {
                String why = install();
                bin = binaries();
                if (bin.isEmpty()) {
                    unavailableReason = "PostgreSQL is not installed and could not be installed: " + why;
                    return Optional.empty();
                }
            }
            return Optional.of(launch(bin.get()));
        } catch (IOException | InterruptedException | SQLException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            unavailableReason = "PostgreSQL could not be started: " + e;
            return Optional.empty();
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    Connection connect() throws SQLException {
        // pgjdbc directly: DriverManager may not see it from the test class loader.
        return new org.postgresql.Driver().connect(jdbcUrl(), new java.util.Properties());
    }

    @Override
    public void close() throws IOException {
        process.destroy(); // SIGTERM: PostgreSQL's smart shutdown
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static Optional<Path> binaries() throws IOException {
        if (!Files.isDirectory(DEBIAN_LIB)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_LIB)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("postgres")) && Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(PostgresServer::majorVersion));
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor(10, TimeUnit.SECONDS);
        return out.equals("0");
    }

    /** apt-get installs the Debian package; returns what went wrong, or "" when it succeeded. */
    private static String install() throws IOException, InterruptedException {
        if (!isRoot() || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            return "not root, or no apt-get";
        }
        for (List<String> command : List.of(List.of("apt-get", "update"),
                List.of("apt-get", "install", "-y", "--no-install-recommends", "postgresql"))) {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process p = pb.start();
            if (!p.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return String.join(" ", command) + " timed out";
            }
            if (p.exitValue() != 0) {
                return String.join(" ", command) + " exited with " + p.exitValue();
            }
        }
        return "";
    }

    private static PostgresServer launch(Path bin) throws IOException, InterruptedException, SQLException {
        boolean root = isRoot();
        Path dir = Files.createTempDirectory("kalam-engine-pg");
        if (root) {
            run(List.of("chown", "nobody", dir.toString()), false);
        }
        Path data = dir.resolve("data");
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                "--locale=C.UTF-8", "-E", "UTF8", "--no-sync"), root);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(bin.resolve("postgres").toString(), "-D", data.toString(),
                "-p", Integer.toString(port), "-k", dir.toString(), "-c", "listen_addresses=127.0.0.1",
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                "-c", "TimeZone=UTC", "-c", "max_connections=20", "-c", "shared_buffers=16MB"));
        Process process = new ProcessBuilder(asUser(command, root)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("postgres.log").toFile()).start();
        PostgresServer server = new PostgresServer(dir, process, port);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        SQLException last = null;
        while (true) {
            try (Connection c = server.connect()) {
                if (c.isValid(5)) {
                    return server;
                }
            } catch (SQLException notYet) {
                last = notYet;
            }
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                String log = Files.readString(dir.resolve("postgres.log"));
                server.close();
                throw new SQLException("PostgreSQL did not accept connections (" + last + "): " + log, last);
            }
            Thread.sleep(100); // bounded polling until the server accepts connections
        }
    }

    private static List<String> asUser(List<String> command, boolean root) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "nobody", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command, boolean asNobody) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(asUser(command, asNobody)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
