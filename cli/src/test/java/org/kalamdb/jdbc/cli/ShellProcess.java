package org.kalamdb.jdbc.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged kalam-sql.jar in a fresh JVM, as a user would, and captures its output. */
final class ShellProcess {

    record Result(int exitCode, String stdout, String stderr) {
    }

    static Path jar() {
        return Path.of(System.getProperty("kalam.sql.jar", "target/kalam-sql.jar"));
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("kalam.repo.root", ".."));
    }

    static Process start(List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(args);
        return new ProcessBuilder(command).directory(repoRoot().toFile()).start();
    }

    static Result run(List<String> args, String stdin) throws IOException, InterruptedException {
        Process p = start(args);
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread o = pump(p.getInputStream(), out);
        Thread e = pump(p.getErrorStream(), err);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("kalam-sql did not finish within 120 s: " + args);
        }
        o.join();
        e.join();
        return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(sink);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        t.start();
        return t;
    }

    private ShellProcess() {
    }
}
