package org.kalamdb.jdbc.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A description of the machine the run happened on, for the report. */
record Machine(String cpu, int cores, String memory, String os, String jvm, String postgres) {

    static Machine current(String postgresVersion) {
        return new Machine(cpuModelName(), Runtime.getRuntime().availableProcessors(), totalMemory(), osName(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                postgresVersion == null || postgresVersion.isBlank() ? "not used" : postgresVersion);
    }

    private static String cpuModelName() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name", ":").orElse(System.getProperty("os.arch"));
    }

    private static String totalMemory() {
        return firstValue(Path.of("/proc/meminfo"), "MemTotal", ":")
                .map(v -> {
                    long kb = Long.parseLong(v.replace("kB", "").trim());
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                })
                .orElse("unknown");
    }

    private static String osName() {
        return firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", "=")
                .map(v -> v.replace("\"", ""))
                .orElse(System.getProperty("os.name") + " " + System.getProperty("os.version"))
                + ", kernel " + System.getProperty("os.version");
    }

    private static java.util.Optional<String> firstValue(Path file, String key, String separator) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                if (line.startsWith(key)) {
                    int at = line.indexOf(separator);
                    if (at > 0) {
                        return java.util.Optional.of(line.substring(at + 1).trim());
                    }
                }
            }
        } catch (IOException e) {
            // not Linux, or unreadable: the caller falls back to JVM properties
        }
        return java.util.Optional.empty();
    }

    String markdown() {
        return "| | |\n|---|---|\n"
                + "| CPU | " + cpu + " (" + cores + " cores visible to the JVM) |\n"
                + "| Memory | " + memory + " |\n"
                + "| OS | " + os + " |\n"
                + "| JVM | " + jvm + " |\n"
                + "| PostgreSQL | " + postgres + " |\n";
    }
}
